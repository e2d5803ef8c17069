/// The parse of one file: statements in source order plus comments as trivia.
///
/// The tree is deliberately generic below the declaration level: an attribute is a name and a
/// flat list of atoms. What an attribute *means* is the lowering stage's business, so the parser
/// never needs to change when an attribute is added.
public struct SyntaxTree: Sendable {
    public let file: SourceFile
    public var items: [SyntaxItem]
    /// Comment ranges in source order (`#` included).
    public var comments: [SourceRange]
    public var diagnostics: [Diagnostic]
}

public enum SyntaxItem: Sendable {
    case importStatement(ImportSyntax)
    case declaration(DeclarationSyntax)

    public var range: SourceRange {
        switch self {
        case .importStatement(let statement): return statement.range
        case .declaration(let declaration): return declaration.range
        }
    }
}

/// `import "relative/path.plan"`
public struct ImportSyntax: Sendable {
    public var keyword: Word
    /// nil when the path string is missing (already reported).
    public var path: Atom?
    public var range: SourceRange
}

/// `KIND id "Display name"? { attributes }`
public struct DeclarationSyntax: Sendable {
    public var keyword: Word
    public var kind: Keyword
    public var name: Word
    public var displayName: Atom?
    public var attributes: [AttributeSyntax]
    /// From the kind keyword to the closing brace (or as far as the parser got).
    public var range: SourceRange
    public var closed: Bool
}

/// An attribute line: a leading word and the atoms after it, commas included.
public struct AttributeSyntax: Sendable {
    public var name: Word
    public var atoms: [Atom]
    public var range: SourceRange

    /// The atoms split at commas: the items of a list.
    public var items: [ArraySlice<Atom>] {
        atoms.split(omittingEmptySubsequences: false, whereSeparator: { $0.kind == .comma })
    }
}

/// An identifier with its text and place.
public struct Word: Sendable, Hashable {
    public var text: String
    public var range: SourceRange

    public init(text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// One value-level token inside an attribute, already decoded.
public struct Atom: Sendable {
    public enum Kind: UInt8, Sendable {
        case identifier, string, textBlock, number, percent, date, dotDot, comma
        case equal, greaterEqual, lessEqual, greater, less
    }

    public var kind: Kind
    public var range: SourceRange
    /// Identifier name, decoded string, digits of a number/percent without `_`, or a date's text.
    public var text: String

    public var isOperator: Bool {
        switch kind {
        case .equal, .greaterEqual, .lessEqual, .greater, .less: return true
        default: return false
        }
    }

    public var isText: Bool { kind == .string || kind == .textBlock }

    /// How the atom is named in "expected …, found …" messages.
    public var describe: String {
        switch kind {
        case .identifier: return "`\(text)`"
        case .string, .textBlock: return "a string"
        case .number: return "the number \(text)"
        case .percent: return "\(text)%"
        case .date: return "the date \(text)"
        case .dotDot: return "`..`"
        case .comma: return "`,`"
        default: return "an operator"
        }
    }
}
