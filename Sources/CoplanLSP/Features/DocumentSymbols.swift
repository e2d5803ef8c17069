import CoplanKit

/// `textDocument/documentSymbol`: the outline, one entry per import and declaration, each
/// with an LSP symbol kind standing for its declaration kind and the kind's word as detail.
struct DocumentSymbol: Encodable {
    var name: String
    var detail: String?
    var kind: SymbolKind
    var range: LSPRange
    var selectionRange: LSPRange
}

struct DocumentSymbolParams: Decodable { var textDocument: TextDocumentIdentifier }

extension DeclarationKind {
    /// The LSP symbol kind an editor draws for a declaration kind.
    var symbolKind: SymbolKind {
        switch self {
        case .plan: return .module
        case .sector: return .enum
        case .role: return .enumMember
        case .partner: return .class
        case .person: return .property
        case .need: return .interface
        case .group: return .struct
        case .service: return .function
        case .agreement: return .object
        case .team: return .namespace
        default: return .event
        }
    }
}

extension LanguageServer {
    func documentSymbols(_ params: DocumentSymbolParams) throws -> [DocumentSymbol]? {
        guard let (_, analysis) = current(params.textDocument.uri) else { return nil }
        let file = analysis.file
        return analysis.tree.items.map { item in
            switch item {
            case .importStatement(let statement):
                let range = encoding.range(of: statement.range, in: file)
                return DocumentSymbol(name: statement.path?.text ?? "import", detail: statement.keyword.text, kind: .file,
                                      range: range, selectionRange: encoding.range(of: statement.path?.range ?? statement.keyword.range, in: file))
            case .declaration(let declaration):
                let name = declaration.name.text.isEmpty ? declaration.keyword.text : declaration.name.text
                let detail = [kindWord(declaration.kind), declaration.displayName?.text].compactMap { $0 }.joined(separator: " — ")
                let selection = declaration.name.text.isEmpty ? declaration.keyword.range : declaration.name.range
                return DocumentSymbol(name: name, detail: detail, kind: declaration.kind.symbolKind,
                                      range: encoding.range(of: declaration.range.union(selection), in: file),
                                      selectionRange: encoding.range(of: selection, in: file))
            }
        }
    }

    /// A declaration kind's word in the server's language.
    func kindWord(_ kind: DeclarationKind) -> String {
        language == .pl ? kind.polish : kind.english
    }
}
