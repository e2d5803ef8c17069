import CoplanKit

/// `textDocument/inlayHint`: after each agreement's period, when it ends and how many days are
/// left from today, or that it has expired — what a planner otherwise counts on a calendar.
struct InlayHintParams: Decodable {
    var textDocument: TextDocumentIdentifier
    var range: LSPRange
}

struct InlayHint: Encodable {
    var position: Position
    var label: String
    var paddingLeft = true
}

extension LanguageServer {
    func inlayHints(_ params: InlayHintParams) throws -> [InlayHint]? {
        guard let (_, analysis) = current(params.textDocument.uri), let model = analysis.model else { return nil }
        let file = analysis.file
        var hints: [InlayHint] = []
        for agreement in model.agreements where agreement.header.span.file.path == file.path {
            guard let period = agreement.period, let span = agreement.header.attributeSpans[.period] else { continue }
            let position = encoding.position(of: span.range.end, in: file)
            guard position.line >= params.range.start.line, position.line <= params.range.end.line else { continue }
            hints.append(InlayHint(position: position, label: periodStatus(period)))
        }
        return hints
    }

    /// "ends in 12 days", "ends today", "expired 3 days ago", or "starts in 5 days".
    func periodStatus(_ period: DayRange) -> String {
        let today = options.today
        if today < period.first {
            let days = period.first.ordinal - today.ordinal
            return say(.startsIn(days: days))
        }
        if today > period.last {
            let days = today.ordinal - period.last.ordinal
            return say(.expiredAgo(days: days))
        }
        let left = period.last.ordinal - today.ordinal
        if left == 0 { return say(.endsToday) }
        return say(.daysLeft(days: left))
    }
}
