#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CoplanCore
/// Recursive-descent parser (with no recursion: the language nests one level) that turns
/// tokens into a `SyntaxTree`, reporting every syntax error it meets and recovering at
/// attribute and declaration boundaries.
package enum Parser {
    package static func parse(_ file: SourceFile) -> SyntaxTree {
        guard file.bytes.count <= Limits.maxFileBytes else {
            let message = SyntaxMessage.fileTooLarge(bytes: file.bytes.count, limit: Limits.megabytes(Limits.maxFileBytes))
            return SyntaxTree(file: file, items: [], comments: [], diagnostics: [
                Diagnostic(.E100, message.text, at: SourceSpan(file: file, range: SourceRange(0, 0)),
                           help: SyntaxMessage.splitLargeFile.text),
            ])
        }
        return file.bytes.withUnsafeBufferPointer { buffer in
            var state = ParserState(bytes: buffer, file: file)
            return state.parseFile()
        }
    }

    /// Parses text that is not a file on disk (REPL input, tests).
    package static func parse(_ text: String, path: String = "<input>") -> SyntaxTree {
        parse(SourceFile(path: path, text: text))
    }
}

struct ParserState {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: SourceFile
    var lexer: Lexer
    var token: Token
    var diagnostics: [Diagnostic] = []
    /// A declaration header found where an attribute was expected (a missing `}` before it).
    var pendingHeader: Header?
    /// Findings whose text spells keywords: `diagnostics[index]` is written again from `spell`
    /// once the whole file is read and its keyword language known.
    var spelledLater: [(index: Int, spell: (KeywordLanguage) -> (message: SyntaxMessage, help: SyntaxMessage?))] = []
    /// Syntax errors that get a "did you mean" search.
    static let suggestionBudget = 256
    /// The file's atoms and attributes (each attribute's atoms a range of them, each
    /// declaration's attributes a range of those).
    let atoms: TreeStorage

    struct Header {
        var keyword: Word
        var kind: DeclarationKind
        var name: Word
        var displayName: Atom?
        var openBrace: Token
    }

    init(bytes: UnsafeBufferPointer<UInt8>, file: SourceFile) {
        self.bytes = bytes
        self.file = file
        atoms = TreeStorage(file: file)
        lexer = Lexer(bytes: bytes, file: file)
        token = lexer.next()
    }

    mutating func advance() {
        token = lexer.next()
    }

    mutating func parseFile() -> SyntaxTree {
        // Statements are handed over in an exactly sized array, like a node's children: a
        // doubling array kept up to twice the room for the tree's largest part. The buffer is
        // sized for one statement per 128 bytes (plans have one per 150–200), so that a large
        // file's statements are not moved ten times as it fills.
        let items = NodeBuffer<SyntaxItem>(capacity: max(64, bytes.count / 128))
        while true {
            if let header = pendingHeader {
                pendingHeader = nil
                items.append(.declaration(parseBody(header)))
                continue
            }
            switch token.kind {
            case .end:
                return finish(items.take())
            case .newline, .semicolon:
                advance()
            case .identifier:
                let word = makeWord(token)
                if word.spells(.import) {
                    items.append(.importStatement(parseImport(word)))
                } else if let kind = declarationKind(word) {
                    if let declaration = parseDeclaration(word, kind) { items.append(.declaration(declaration)) }
                } else {
                    // Past the first few hundred findings (hidden anyway) a suggestion is not worth its cost.
                    let suggestion = diagnostics.count < Self.suggestionBudget
                        ? Suggestion.closest(to: word.text, preferred: DeclarationKind.allCases.flatMap(\.spellings) + Keyword.import.spellings)
                        : nil
                    error(token.range, suggestion: suggestion) { (.expectedDeclaration(found: word.text, keywords: $0), nil) }
                    recoverToLineEnd()
                }
            case .invalid:
                advance() // the lexer has reported it
            case .rightBrace:
                error(.unmatchedClosingBrace, token.range)
                advance()
            case .leftBrace:
                error(.braceOutsideDeclaration, token.range)
                skipBlock()
            default:
                error(.expectedDeclarationFound(described(token)), token.range)
                recoverToLineEnd()
            }
        }
    }

    func declarationKind(_ word: Word) -> DeclarationKind? {
        DeclarationKind(word: word)
    }

    // MARK: statements

    mutating func parseImport(_ keyword: Word) -> ImportSyntax {
        advance()
        var path: Atom?
        var end = keyword.range.end
        if token.kind == .string {
            let atom = makeAtom(token)
            path = atom
            end = atom.range.end
            advance()
        } else {
            let found = described(token)
            error(token.range) { (.expectedImportPath(keyword: keyword.text, found: found), .importExample(keywords: $0)) }
        }
        expectStatementEnd()
        return ImportSyntax(keyword: keyword, path: path, range: SourceRange(keyword.range.start, end))
    }

    mutating func parseDeclaration(_ keyword: Word, _ kind: DeclarationKind) -> DeclarationSyntax? {
        advance()
        guard token.kind == .identifier else {
            let found = described(token)
            error(token.range) { (.expectedName(keyword: keyword.text, found: found), .declarationForm(keyword: keyword.text, keywords: $0)) }
            recoverToLineEnd()
            return nil
        }
        let name = makeWord(token)
        advance()
        var displayName: Atom?
        if token.kind == .string || token.kind == .textBlock {
            displayName = makeAtom(token)
            advance()
        }
        while token.kind == .newline { advance() }
        guard token.kind == .leftBrace else {
            error(.expectedOpeningBrace(name: name.text, found: described(token)), token.range)
            recoverToLineEnd()
            return DeclarationSyntax(keyword: keyword, kind: kind, name: name, displayName: displayName,
                                     attributes: AttributeList(storage: atoms, bounds: atoms.attributeCount..<atoms.attributeCount),
                                     range: SourceRange(keyword.range.start, name.range.end), closed: false)
        }
        return parseBody(Header(keyword: keyword, kind: kind, name: name, displayName: displayName, openBrace: token))
    }

    /// Parses attributes after the `{` of a header up to the matching `}`.
    mutating func parseBody(_ header: Header) -> DeclarationSyntax {
        advance()
        let firstAttribute = atoms.attributeCount
        var end = header.openBrace.end
        var closed = false
        body: while true {
            switch token.kind {
            case .rightBrace:
                end = token.end
                closed = true
                advance()
                break body
            case .end:
                error(.neverClosed(name: header.name.text), header.openBrace.range, help: .addClosingBrace)
                break body
            case .newline, .semicolon, .invalid:
                advance()
            case .identifier:
                if let attributeEnd = parseAttribute() { end = attributeEnd }
                if pendingHeader != nil {
                    break body
                }
            case .leftBrace:
                error(.braceInsideDeclaration(name: header.name.text), token.range)
                skipBlock()
            default:
                error(.expectedAttribute(found: described(token)), token.range)
                recoverToLineEnd()
            }
        }
        if pendingHeader != nil {
            let open = file.location(of: header.openBrace.start)
            error(.missingClosingBrace(name: header.name.text, openedAtLine: open.line), header.openBrace.range,
                  help: .addClosingBraceBeforeNext)
        }
        return DeclarationSyntax(keyword: header.keyword, kind: header.kind, name: header.name,
                                 displayName: header.displayName,
                                 attributes: AttributeList(storage: atoms, bounds: firstAttribute..<atoms.attributeCount),
                                 range: SourceRange(header.keyword.range.start, end), closed: closed)
    }

    /// `word atom* ("," newline* atom*)*` up to a newline, `;` or `}`, added to the
    /// declaration's attributes (not returned: copying it out was a tenth of reading a line).
    /// Returns where it ends, or nil when the line was the next declaration's header.
    mutating func parseAttribute() -> Int? {
        let name = makeWord(token)
        advance()
        let first = atoms.count
        while true {
            switch token.kind {
            case .newline, .semicolon, .rightBrace, .end:
                return finishAttribute(name, from: first)
            case .comma:
                atoms.append(storedAtom(token))
                advance()
                // A list continues over line ends after a comma.
                while token.kind == .newline { advance() }
            case .leftBrace:
                if let kind = declarationKind(name),
                   let header = headerInAttribute(name, kind, AtomList(storage: atoms, start: first, count: atoms.count - first)) {
                    atoms.truncate(to: first)
                    pendingHeader = header
                    return nil
                }
                error(.braceInAttribute(attribute: name.text), token.range)
                skipBlock()
                return finishAttribute(name, from: first)
            case .invalid:
                advance()
            default:
                atoms.append(storedAtom(token))
                advance()
            }
        }
    }

    func finishAttribute(_ name: Word, from first: Int) -> Int {
        let end = atoms.count > first ? atoms[atoms.count - 1].range.end : name.range.end
        atoms.append(StoredAttribute(nameRange: name.range, nameID: name.id, atoms: first..<atoms.count, end: end))
        return end
    }

    /// `partner b "…" {` seen as an attribute: a declaration whose predecessor lacks its `}`.
    func headerInAttribute(_ keyword: Word, _ kind: DeclarationKind, _ atoms: AtomList) -> Header? {
        guard let first = atoms.first, first.kind == .identifier, atoms.count <= 2 else { return nil }
        if atoms.count == 2, !atoms[1].isText { return nil }
        return Header(keyword: keyword, kind: kind, name: first.word,
                      displayName: atoms.count == 2 ? atoms[1] : nil, openBrace: token)
    }

    // MARK: recovery

    mutating func expectStatementEnd() {
        switch token.kind {
        case .newline, .semicolon, .end: return
        default:
            error(.expectedLineEnd(found: described(token)), token.range)
            recoverToLineEnd()
        }
    }

    /// Skips to the end of the line; a `{` met on the way skips its whole block.
    mutating func recoverToLineEnd() {
        while true {
            switch token.kind {
            case .newline, .semicolon, .end: return
            case .leftBrace: skipBlock(); return
            default: advance()
            }
        }
    }

    /// Skips a balanced `{ … }` block with a counter, so deep nesting costs no stack.
    mutating func skipBlock() {
        var depth = 0
        repeat {
            switch token.kind {
            case .leftBrace: depth += 1
            case .rightBrace: depth -= 1
            case .end: return
            default: break
            }
            advance()
        } while depth > 0
    }

    // MARK: building nodes

    /// A token's bytes.
    func slice(_ token: Token) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
    }

    mutating func makeWord(_ token: Token) -> Word {
        let slice = slice(token)
        // The file's words are numbered in its atom storage, which later reads atoms' texts by number.
        if token.kind == .identifier, let hash = token.wordHash {
            let id = atoms.words.number(slice, hash: hash)
            return Word(text: atoms.words.texts[Int(id)], range: token.range, id: id)
        }
        return Word(text: String(decoding: slice, as: UTF8.self), range: token.range)
    }

    /// The atom of a token, as its file stores it. Its text is not kept: a string is decoded
    /// here only when it has escapes to report (and again whenever its text is asked).
    mutating func storedAtom(_ token: Token) -> StoredAtom {
        let kind: Atom.Kind
        switch token.kind {
        case .identifier:
            let id = token.wordHash.map { atoms.words.number(slice(token), hash: $0) } ?? -1
            return StoredAtom(kind: .identifier, id: id, range: token.range)
        case .string, .textBlock:
            kind = token.kind == .string ? .string : .textBlock
            if memchr(bytes.baseAddress! + token.start, 0x5C, token.end - token.start) != nil {
                _ = StringLiteral.decode(bytes, token, file: file, diagnostics: &diagnostics)
            }
        case .number: kind = .number
        case .percent: kind = .percent
        case .date: kind = .date
        case .dotDot: kind = .dotDot
        case .comma: kind = .comma
        case .equal: kind = .equal
        case .greaterEqual: kind = .greaterEqual
        case .lessEqual: kind = .lessEqual
        case .greater: kind = .greater
        case .less: kind = .less
        case .newline, .semicolon, .leftBrace, .rightBrace, .invalid, .end:
            // Never a value (the callers stop before these); an empty name if it were.
            return StoredAtom(kind: .identifier, range: SourceRange(token.start, token.start))
        }
        return StoredAtom(kind: kind, range: token.range)
    }

    /// An atom that is not in an attribute's list (a display name, an import's path).
    mutating func makeAtom(_ token: Token) -> Atom {
        Atom(storedAtom(token), in: atoms)
    }

    /// How the current token is named in "found …".
    func described(_ token: Token) -> TokenDescription {
        token.kind.described(file.text(token.start..<token.end))
    }

    mutating func error(_ message: SyntaxMessage, _ range: SourceRange, suggestion: String? = nil, help: SyntaxMessage? = nil) {
        diagnostics.append(Diagnostic(.E100, message.text, at: SourceSpan(file: file, range: range), suggestion: suggestion, help: help?.text))
    }

    /// A finding whose message or help spells keywords in the file's language, known at the end.
    mutating func error(_ range: SourceRange, suggestion: String? = nil,
                        spell: @escaping (KeywordLanguage) -> (message: SyntaxMessage, help: SyntaxMessage?)) {
        spelledLater.append((diagnostics.count, spell))
        let (message, help) = spell(.english)
        error(message, range, suggestion: suggestion, help: help)
    }

    /// The tree, with the findings that spell keywords written in its keyword language.
    mutating func finish(_ items: [SyntaxItem]) -> SyntaxTree {
        atoms.finish()
        var tree = SyntaxTree(file: file, items: items, comments: lexer.comments, diagnostics: [], atomCount: atoms.count)
        if !spelledLater.isEmpty {
            let keywords = tree.keywordLanguage
            for (index, spell) in spelledLater {
                let (message, help) = spell(keywords)
                diagnostics[index].message = message.text
                diagnostics[index].help = help?.text
            }
        }
        tree.diagnostics = lexer.diagnostics + diagnostics
        return tree
    }
}
