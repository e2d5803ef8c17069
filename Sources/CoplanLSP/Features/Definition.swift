import CoplanKit

/// `textDocument/definition`: from a name to its declaration, in this file or an import.
/// Standard sectors and roles have no declaration: `null`.
extension LanguageServer {
    func definition(_ params: TextDocumentPositionParams) throws -> [Location]? {
        guard let (_, analysis) = current(params.textDocument.uri), let model = analysis.model else { return nil }
        let offset = encoding.offset(of: params.position, in: analysis.file)
        guard let name = analysis.name(at: offset) else { return nil }
        let header = model.header(of: name.symbol)
        guard !header.isPredeclared else { return nil }
        return [location(header.nameSpan)]
    }

    func location(_ span: SourceSpan) -> Location {
        Location(uri: uri(ofPath: span.file.path), range: encoding.range(of: span.range, in: span.file))
    }
}
