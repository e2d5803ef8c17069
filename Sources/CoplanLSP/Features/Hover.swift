import CoplanKit

/// `textDocument/hover` in the client's language (pl/en): a partner's full name, sector and
/// agreements with the days each has left; a group's coverage and gaps; an agreement's
/// period, parties and what it covers; a diagnostic code (in a suppression) its meaning.
struct Hover: Encodable {
    var contents: MarkupContent
    var range: LSPRange?
}

extension LanguageServer {
    func hover(_ params: TextDocumentPositionParams) throws -> Hover? {
        guard let (_, analysis) = current(params.textDocument.uri) else { return nil }
        let file = analysis.file
        let offset = encoding.offset(of: params.position, in: file)
        if let (code, range) = diagnosticCode(at: offset, in: analysis) {
            let text = "**\(code.rawValue)** — \(code.summaryText[language])"
            return Hover(contents: MarkupContent(kind: .markdown, value: text), range: encoding.range(of: range, in: file))
        }
        guard let model = analysis.model, let name = analysis.name(at: offset) else { return nil }
        let text: String
        switch name.symbol.kind {
        case .partner: text = describePartner(Ref(name.symbol.index), model)
        case .group: text = describeGroup(Ref(name.symbol.index), model, plan: analysis.plan)
        case .agreement: text = describeAgreement(Ref(name.symbol.index), model)
        default:
            let header = model.header(of: name.symbol)
            text = "**\(header.title)** (`\(header.name)`) — \(kindWord(name.symbol.kind))"
        }
        return Hover(contents: MarkupContent(kind: .markdown, value: text), range: encoding.range(of: name.span.range, in: name.span.file))
    }

    /// A code word inside a comment (`# coplan: allow W400`) at the offset.
    func diagnosticCode(at offset: Int, in analysis: FileAnalysis) -> (DiagnosticCode, SourceRange)? {
        let bytes = analysis.file.bytes
        guard let comment = analysis.tree.comments.first(where: { $0.start <= offset && offset <= $0.end }) else { return nil }
        func isWordByte(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (0x30...0x39).contains(byte) }
        var start = min(offset, comment.end), end = start
        while start > comment.start, isWordByte(bytes[start - 1]) { start -= 1 }
        while end < comment.end, isWordByte(bytes[end]) { end += 1 }
        guard let code = DiagnosticCode(rawValue: String(decoding: bytes[start..<end], as: UTF8.self)) else { return nil }
        return (code, SourceRange(start, end))
    }

    func describePartner(_ ref: Ref<Partner>, _ model: PlanModel) -> String {
        let partner = model[ref]
        var lines = ["**\(partner.header.title)** (`\(partner.header.name)`) — \(kindWord(.partner))"]
        if let sector = partner.sector {
            let header = model[sector].header
            lines.append(say(.sector) + ": `\(header.name)`" + (header.displayName.map { " (\($0))" } ?? ""))
        }
        let agreements = model.agreements.filter { $0.parties.contains { $0.value == ref } }
        if agreements.isEmpty {
            lines.append(say(.inNoAgreement))
        } else {
            lines.append(say(.agreements) + ":")
            for agreement in agreements {
                let status = agreement.period.map { "\($0.first) .. \($0.last), \(periodStatus($0))" } ?? say(.noPeriod)
                lines.append("- `\(agreement.header.name)` — \(status)")
            }
        }
        return lines.joined(separator: "\n\n")
    }

    /// `plan` is the check the model comes from: while it has errors, coverage is not
    /// evaluated (as in `coplan check`), and the hover says so instead of guessing.
    func describeGroup(_ ref: Ref<Group>, _ model: PlanModel, plan: PlanCheck?) -> String {
        let group = model[ref]
        var lines = ["**\(group.header.title)** (`\(group.header.name)`) — \(kindWord(.group))"
            + (group.size.map { say(.groupSize($0)) } ?? "")]
        if let plan, plan.coverage == nil {
            lines.append(ReportMessage.coverageWaits(errors: Checker.errors(in: plan.diagnostics)).text[language])
            return lines.joined(separator: "\n\n")
        }
        let analysis = Analyzer.analyse(model)
        let pairs = analysis.pairs.filter { $0.group == ref }
        guard !pairs.isEmpty else {
            lines.append(say(.noNeedsToCover))
            return lines.joined(separator: "\n\n")
        }
        let days = pairs.reduce(0) { $0 + $1.days }, covered = pairs.reduce(0) { $0 + $1.coveredDays }
        let percent = days == 0 ? 0 : Double(covered) * 100 / Double(days)
        let full = pairs.count { $0.status == .covered }
        lines.append(say(.coverage) + ": " + NumberText.percent(percent, in: language)
            + say(.needsFullyCovered(full: full, of: pairs.count)))
        let gaps = pairs.filter { $0.status != .covered }
        if !gaps.isEmpty {
            lines.append(say(.gaps) + ":")
            for pair in gaps {
                let ranges = pair.uncovered.prefix(3).map { "\($0.first) .. \($0.last)" }.joined(separator: ", ")
                let more = pair.uncovered.count > 3 ? ", …" : ""
                let what = pair.status == .uncovered ? say(.uncovered) : say(.partlyCovered)
                lines.append("- `\(model[pair.need].header.name)`: \(what) \(ranges)\(more)")
            }
        }
        return lines.joined(separator: "\n\n")
    }

    func describeAgreement(_ ref: Ref<Agreement>, _ model: PlanModel) -> String {
        let agreement = model[ref]
        var lines = ["**\(agreement.header.title)** (`\(agreement.header.name)`) — \(kindWord(.agreement))"]
        if let period = agreement.period {
            lines.append(say(.period) + ": \(period.first) .. \(period.last) (\(periodStatus(period)))")
        }
        let parties = agreement.parties.map { "`\(model[$0.value].header.name)`" }
        if !parties.isEmpty { lines.append(say(.parties) + ": " + parties.joined(separator: ", ")) }
        var covers: [String] = []
        for provision in agreement.provisions {
            for located in provision.services {
                let service = model[located.value]
                let needs = service.needs.map { model[$0].header.name }.joined(separator: ", ")
                let groups = service.groups.map { model[$0].header.name }.joined(separator: ", ")
                covers.append("- `\(model[provision.party].header.name)` → `\(service.header.name)`"
                    + (needs.isEmpty ? "" : say(.coveredNeeds(needs)))
                    + (groups.isEmpty ? "" : say(.ofGroups(groups))))
            }
        }
        if covers.isEmpty {
            lines.append(say(.coversNoService))
        } else {
            lines.append(say(.covers) + ":")
            lines += covers
        }
        return lines.joined(separator: "\n\n")
    }

    /// A sentence of the server's catalog in the server's language.
    func say(_ message: LSPMessage) -> String { message.text[language] }
}
