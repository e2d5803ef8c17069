import CoplanCore
/// The parse of one file: statements in source order plus comments as trivia.
///
/// The tree is deliberately generic below the declaration level: an attribute is a name and a
/// flat list of atoms. What an attribute *means* is the lowering stage's business, so the parser
/// never needs to change when an attribute is added.
package struct SyntaxTree: Sendable {
    package let file: SourceFile
    package var items: [SyntaxItem] {
        didSet { keywordCounts = Self.keywordCounts(of: items) }
    }
    /// How many leading words are spelled in each language (`keywordLanguage`), counted once
    /// per tree: the resolver asks for every file it enters, and a registry that a thousand
    /// plans import was counted a thousand times.
    package private(set) var keywordCounts: KeywordCounts
    /// Comment ranges in source order (`#` included).
    package var comments: [SourceRange]
    package var diagnostics: [Diagnostic]
    /// How many atoms the parser read: what the resolver sizes its table of references by.
    /// A hint only: removing items later (the REPL's `:drop`) leaves it as it was.
    package private(set) var atomCount = 0

    package init(file: SourceFile, items: [SyntaxItem], comments: [SourceRange], diagnostics: [Diagnostic], atomCount: Int = 0) {
        self.file = file
        self.items = items
        self.comments = comments
        self.diagnostics = diagnostics
        self.atomCount = atomCount
        keywordCounts = Self.keywordCounts(of: items)
    }
}

package enum SyntaxItem: Sendable {
    case importStatement(ImportSyntax)
    case declaration(DeclarationSyntax)

    package var range: SourceRange {
        switch self {
        case .importStatement(let statement): return statement.range
        case .declaration(let declaration): return declaration.range
        }
    }

    /// The kind of a declaration, nil for an import.
    package var declarationKind: DeclarationKind? {
        if case .declaration(let declaration) = self { return declaration.kind }
        return nil
    }
}

/// `import "relative/path.plan"`
package struct ImportSyntax: Sendable {
    package var keyword: Word
    /// nil when the path string is missing (already reported).
    package var path: Atom?
    package var range: SourceRange
}

/// `KIND id "Display name"? { attributes }`
package struct DeclarationSyntax: Sendable {
    package var keyword: Word
    package var kind: DeclarationKind
    package var name: Word
    package var displayName: Atom?
    package var attributes: AttributeList
    /// From the kind keyword to the closing brace (or as far as the parser got).
    package var range: SourceRange
    package var closed: Bool
}

/// An attribute line: a leading word and the atoms after it, commas included. A view of its
/// file's `TreeStorage`, like `Atom`: the name's text is read from the word table or the file
/// when asked. Public so that its accessors inline across modules (see `SourceRange`).
public struct AttributeSyntax: Sendable {
    @usableFromInline let stored: StoredAttribute
    @usableFromInline let storage: TreeStorage

    @inlinable init(_ stored: StoredAttribute, in storage: TreeStorage) {
        self.stored = stored
        self.storage = storage
    }

    /// An attribute made of a word and atoms of one file (the rest of a line read as an
    /// attribute of its own, such as `provides a, b` after the party's name).
    package init(name: Word, atoms: AtomList, range: SourceRange) {
        stored = StoredAttribute(nameRange: name.range, nameID: name.id, atoms: atoms.storageRange, end: range.end)
        storage = atoms.storage
    }

    package var name: Word { Word(text: storage.nameText(stored), range: stored.nameRange, id: stored.nameID) }
    /// The name's `Word.id`, without making the word.
    @inlinable public var nameID: Int32 { stored.nameID }
    @inlinable public var atoms: AtomList { AtomList(storage: storage, start: Int(stored.atomStart), count: Int(stored.atomCount)) }
    /// From the name to the last atom (or as far as the line was read).
    @inlinable public var range: SourceRange { SourceRange(stored.nameRange.start, Int(stored.end)) }

    /// The atoms split at commas: the items of a list.
    package var items: [AtomSlice] {
        atoms.split(omittingEmptySubsequences: false, whereSeparator: { $0.kind == .comma })
    }
}

/// An identifier with its text and place.
package struct Word: Sendable, Hashable {
    package var text: String
    package var range: SourceRange
    /// The word's number in its file's `WordInterner` (below the keyword count: which keyword
    /// spelling, the same in every file), or -1 when it was not numbered (non-ASCII, or made
    /// by later stages): then only its text says what it is.
    package var id: Int32

    package init(text: String, range: SourceRange, id: Int32 = -1) {
        self.text = text
        self.range = range
        self.id = id
    }

    /// Whether this word spells `keyword`, without hashing its text when it was numbered.
    package func spells(_ keyword: Keyword) -> Bool {
        Keyword.word(numbered: id, text: { text }, is: keyword)
    }

    package static func == (lhs: Word, rhs: Word) -> Bool { lhs.text == rhs.text && lhs.range == rhs.range }
    package func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(range)
    }
}

/// One value-level token inside an attribute, as a view of its file's `TreeStorage`: its kind,
/// number and place are stored (16 bytes an atom), its text is read from the file when asked.
/// A `String` per atom was a quarter of a large tree's memory, and most atoms are only ever
/// asked their kind. Public so that its accessors inline across modules (see `SourceRange`).
public struct Atom: Sendable {
    public enum Kind: UInt8, Sendable {
        case identifier, string, textBlock, number, percent, date, dotDot, comma
        case equal, greaterEqual, lessEqual, greater, less
    }

    @usableFromInline let stored: StoredAtom
    @usableFromInline let storage: TreeStorage

    @inlinable init(_ stored: StoredAtom, in storage: TreeStorage) {
        self.stored = stored
        self.storage = storage
    }

    @inlinable public var kind: Kind { stored.kind }
    /// An identifier's `Word.id`; -1 for other atoms.
    @inlinable public var id: Int32 { stored.id }
    @inlinable public var range: SourceRange { stored.range }
    /// Identifier name, decoded string, digits of a number/percent without `_`, or a date's
    /// text: read from the file (a string decoded again) each time it is asked.
    @inlinable public var text: String {
        // A numbered word, the common case, without the call.
        if stored.kind == .identifier, let text = storage.words.text(stored.id) { return text }
        return storage.text(of: stored)
    }

    /// An identifier atom as a word (a name or a keyword), keeping its number.
    package var word: Word { Word(text: text, range: range, id: id) }

    /// Whether this atom's text spells `keyword`, by its word number when it has one (only
    /// identifiers do): no text is made for the unit, verb or keyword after an attribute's name.
    package func spells(_ keyword: Keyword) -> Bool {
        Keyword.word(numbered: id, text: { text }, is: keyword)
    }

    /// A number's value read from its digits in the file (`_` skipped), nil for a number with
    /// a fraction, one too large for `Int`, or another kind of atom: a count is read without
    /// making its text.
    package var wholeNumber: Int? { storage.wholeNumber(of: stored) }

    /// A date's day read from the file, nil for another atom or an impossible date.
    package var day: Day? { kind == .date ? storage.day(of: stored) : nil }

    @inlinable public var isOperator: Bool {
        switch kind {
        case .equal, .greaterEqual, .lessEqual, .greater, .less: return true
        default: return false
        }
    }

    @inlinable public var isText: Bool { kind == .string || kind == .textBlock }
}

/// An atom as its file keeps it: kind, word number and place, no text. Public only
/// so that `Atom`'s accessors inline into the modules that read attributes.
public struct StoredAtom: Sendable {
    public var kind: Atom.Kind
    public var id: Int32
    public var range: SourceRange

    init(kind: Atom.Kind, id: Int32 = -1, range: SourceRange) {
        self.kind = kind
        self.id = id
        self.range = range
    }
}
