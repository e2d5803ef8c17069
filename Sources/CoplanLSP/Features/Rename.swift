import CoplanKit

/// `textDocument/prepareRename` and `textDocument/rename`: a declared name and every reference
/// to it across the plan and its imports. Only real name occurrences change (the resolver's
/// references), never strings or comments; standard names cannot be renamed; the new name
/// must be an identifier that no other declaration already uses.
struct RenameParams: Decodable {
    var textDocument: TextDocumentIdentifier
    var position: Position
    var newName: String
}

struct PrepareRenameResult: Encodable {
    var range: LSPRange
    var placeholder: String
}

extension LanguageServer {
    func prepareRename(_ params: TextDocumentPositionParams) throws -> PrepareRenameResult? {
        guard let (_, analysis) = current(params.textDocument.uri), let model = analysis.model else { return nil }
        let offset = encoding.offset(of: params.position, in: analysis.file)
        guard let name = analysis.name(at: offset) else { return nil }
        if model.header(of: name.symbol).isPredeclared {
            throw ResponseError(.requestFailed, say(.standardNameCannotBeRenamed(name.name)))
        }
        return PrepareRenameResult(range: encoding.range(of: name.span.range, in: name.span.file),
                                   placeholder: name.span.file.text(name.span.range.bytes))
    }

    func rename(_ params: RenameParams) throws -> WorkspaceEdit? {
        guard let (_, analysis) = current(params.textDocument.uri), let model = analysis.model else { return nil }
        let offset = encoding.offset(of: params.position, in: analysis.file)
        guard let name = analysis.name(at: offset) else { return nil }
        let header = model.header(of: name.symbol)
        guard !header.isPredeclared else {
            throw ResponseError(.requestFailed, say(.standardNameCannotBeRenamed(name.name)))
        }
        let newName = params.newName
        guard Self.isIdentifier(newName) else {
            throw ResponseError(.invalidParams, say(.notAValidName(newName)))
        }
        if newName != name.name, model.symbol(newName) != nil || model.plan?.header.name == newName
            || StandardNames.alias(newName, kind: .sector) != nil || StandardNames.alias(newName, kind: .role) != nil {
            throw ResponseError(.requestFailed, say(.alreadyDeclared(newName)))
        }
        var changes: [String: [TextEdit]] = [:]
        for span in model.occurrences(of: name.symbol) {
            changes[uri(ofPath: span.file.path), default: []].append(TextEdit(range: encoding.range(of: span.range, in: span.file), newText: newName))
        }
        return WorkspaceEdit(changes: changes)
    }

    /// A name as the lexer reads one: asked of the parser itself on a one-line declaration, so
    /// the rule cannot drift from the language's.
    static func isIdentifier(_ text: String) -> Bool {
        guard !text.isEmpty, text.unicodeScalars.count <= Limits.maxIdentifierScalars,
              !text.contains(where: { $0.isWhitespace || $0 == "#" || $0 == "{" || $0 == "}" }) else { return false }
        let tree = Parser.parse(SourceFile(path: "<name>", text: "need \(text) {}"))
        guard tree.diagnostics.isEmpty, case .declaration(let declaration)? = tree.items.first else { return false }
        return declaration.name.text == text
    }
}
