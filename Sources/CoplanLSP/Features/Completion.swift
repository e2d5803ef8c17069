import CoplanKit

/// `textDocument/completion` from the session's `Completer` (the REPL's TAB): declaration kinds
/// at the top level, a kind's attributes inside its block, names of the right kind and
/// enumerated values after an attribute. Keywords are offered in the file's language only.
/// It reads the live buffer and the last checked model, so typing never waits for a check.
struct CompletionParams: Decodable {
    var textDocument: TextDocumentIdentifier
    var position: Position
}

struct CompletionItem: Encodable {
    var label: String
    var kind: Int
    var detail: String?
    var textEdit: TextEdit
}

struct CompletionList: Encodable {
    var isIncomplete = false
    var items: [CompletionItem]
}

/// LSP CompletionItemKind numbers used here.
enum CompletionItemKind: Int {
    case value = 12, keyword = 14, reference = 18, enumMember = 20, `class` = 7, `struct` = 22
}

extension LanguageServer {
    func completion(_ params: CompletionParams) throws -> CompletionList? {
        guard let document = documents[params.textDocument.uri] else { return nil }
        if analyses[document.path] == nil { checkDirty() }
        let analysis = analyses[document.path]
        let model = analysis?.model ?? PlanModel()
        let file = SourceFile(path: document.path, bytes: document.bytes)
        let cursor = encoding.offset(of: params.position, in: file)
        // Context: from the start of the top-level item the cursor is in (or follows), so the
        // completer's scan stays short on big plans.
        let start = analysis.flatMap { Self.contextStart(cursor, in: $0, current: document.bytes) } ?? 0
        let before = String(decoding: document.bytes[start..<cursor], as: UTF8.self)
        var lines = before.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let line = lines.removeLast()
        let completion = Completer(model: model).complete(line, pending: lines)
        let fileLanguage = analysis.map { $0.tree.keywordLanguage } ?? .english
        let wordStart = encoding.position(of: cursor - completion.word.utf8.count, in: file)
        let range = LSPRange(start: wordStart, end: params.position)
        let items = completion.candidates.compactMap { candidate -> CompletionItem? in
            let (kind, detail) = describe(candidate, model: model)
            if kind == .keyword, !Self.isInLanguage(candidate, fileLanguage) { return nil }
            return CompletionItem(label: candidate, kind: kind.rawValue, detail: detail, textEdit: TextEdit(range: range, newText: candidate))
        }
        return CompletionList(items: items)
    }

    /// Where the completer should start reading: the start of the last top-level item that
    /// begins before the cursor, when the checked text up to there is unchanged.
    static func contextStart(_ cursor: Int, in analysis: FileAnalysis, current: [UInt8]) -> Int? {
        let items = analysis.tree.items
        var low = 0, high = items.count
        while low < high {
            let mid = (low + high) / 2
            if items[mid].range.start < cursor { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return 0 }
        let start = items[low - 1].range.start
        let checked = analysis.bytes
        guard start <= checked.count, start <= current.count, checked[..<start].elementsEqual(current[..<start]) else { return nil }
        return start
    }

    /// A keyword spelled in the file's language (or the same in both).
    static func isInLanguage(_ word: String, _ language: KeywordLanguage) -> Bool {
        Keyword.matching(word).contains { keyword in
            let spelled = KeywordLanguage.of(word, as: keyword)
            return spelled == nil || spelled == language
        }
    }

    func describe(_ candidate: String, model: PlanModel) -> (CompletionItemKind, String?) {
        if let symbol = model.symbol(candidate) {
            let header = model.header(of: symbol)
            let kind: CompletionItemKind = symbol.kind == .partner ? .class : symbol.kind == .group ? .struct : .reference
            return (kind, kindWord(symbol.kind) + (header.displayName.map { " — \($0)" } ?? ""))
        }
        if !Keyword.matching(candidate).isEmpty { return (.keyword, nil) }
        return (.value, nil)
    }
}
