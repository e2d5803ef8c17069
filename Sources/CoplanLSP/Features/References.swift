import CoplanKit

/// `textDocument/references`: every place the name under the cursor is written across the
/// plan and its imports, from the resolver's record of references.
struct ReferenceParams: Decodable {
    var textDocument: TextDocumentIdentifier
    var position: Position
    var context: Context?
    struct Context: Decodable { var includeDeclaration: Bool }
}

extension LanguageServer {
    func references(_ params: ReferenceParams) throws -> [Location]? {
        guard let (_, analysis) = current(params.textDocument.uri), let model = analysis.model else { return nil }
        let offset = encoding.offset(of: params.position, in: analysis.file)
        guard let name = analysis.name(at: offset) else { return nil }
        var spans = model.occurrences(of: name.symbol)
        if params.context?.includeDeclaration == false {
            let declaration = model.header(of: name.symbol).nameSpan
            spans.removeAll { $0 == declaration }
        }
        return spans.map(location)
    }
}
