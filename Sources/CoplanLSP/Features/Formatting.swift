import CoplanKit

/// `textDocument/formatting`: exactly what `coplan fmt` writes (the same `PlanFormatter` on the
/// same tree), as one edit over the whole document; no edits when it is already canonical,
/// and `null` when the text has syntax errors (`fmt` leaves such files alone too).
struct DocumentFormattingParams: Decodable { var textDocument: TextDocumentIdentifier }

extension LanguageServer {
    func formatting(_ params: DocumentFormattingParams) throws -> [TextEdit]? {
        guard let (document, analysis) = current(params.textDocument.uri) else { return nil }
        guard let formatted = try? PlanFormatter().format(analysis.tree) else { return nil }
        guard Array(formatted.utf8) != document.bytes else { return [] }
        let file = analysis.file
        let end = encoding.position(of: file.bytes.count, in: file)
        return [TextEdit(range: LSPRange(start: Position(line: 0, character: 0), end: end), newText: formatted)]
    }
}
