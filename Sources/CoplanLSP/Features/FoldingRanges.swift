import CoplanKit

/// `textDocument/foldingRange`: every declaration spanning lines (its closing brace stays
/// visible), runs of consecutive comment lines, and the block of imports.
struct FoldingRangeParams: Decodable { var textDocument: TextDocumentIdentifier }

struct FoldingRange: Encodable, Equatable {
    var startLine: Int
    var endLine: Int
    var kind: String?
}

extension LanguageServer {
    func foldingRanges(_ params: FoldingRangeParams) throws -> [FoldingRange]? {
        guard let (_, analysis) = current(params.textDocument.uri) else { return nil }
        let file = analysis.file
        func line(_ offset: Int) -> Int { file.lineIndex(containing: offset) }
        var ranges: [FoldingRange] = []
        var imports: (first: Int, last: Int)?
        for item in analysis.tree.items {
            switch item {
            case .importStatement(let statement):
                let at = line(statement.range.start)
                imports = imports.map { ($0.first, at) } ?? (at, at)
            case .declaration(let declaration):
                let start = line(declaration.range.start)
                var end = line(max(declaration.range.start, declaration.range.end - 1))
                if declaration.closed, end > start { end -= 1 }
                if end > start { ranges.append(FoldingRange(startLine: start, endLine: end, kind: nil)) }
            }
        }
        if let imports, imports.last > imports.first {
            ranges.append(FoldingRange(startLine: imports.first, endLine: imports.last, kind: "imports"))
        }
        var run: (first: Int, last: Int)?
        func closeRun() {
            if let current = run, current.last > current.first {
                ranges.append(FoldingRange(startLine: current.first, endLine: current.last, kind: "comment"))
            }
            run = nil
        }
        for comment in analysis.tree.comments {
            let at = line(comment.start)
            let ownLine = file.bytes[file.lineStarts[at]..<comment.start].allSatisfy { $0 == 0x20 || $0 == 0x09 }
            guard ownLine else { closeRun(); continue }
            if let current = run, current.last == at - 1 { run = (current.first, at) } else { closeRun(); run = (at, at) }
        }
        closeRun()
        return ranges.sorted { ($0.startLine, $0.endLine) < ($1.startLine, $1.endLine) }
    }
}
