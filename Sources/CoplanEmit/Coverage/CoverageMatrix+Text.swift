import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// The terminal form of the coverage matrix: fits `width` columns (80 by default) by
/// numbering need columns with a key, splitting wide matrices into blocks and truncating long
/// names with `…`. Colour (ANSI) only when asked. Every sentence in `language`.
extension CoverageMatrix {
    package func text(width: Int = 80, colored: Bool = false, language: Language) -> String {
        let width = max(40, width)
        func say(_ message: CoverageMessage) -> String { message.text[language] }
        var out = ""
        out += say(.heading(plan: planName, window: result.window, singleDay: result.isSingleDay, planPeriod: model.plan?.period)) + "\n"
        if !result.withdrawn.isEmpty {
            out += TextWrap.wrap(say(.withdrawn(partners: result.withdrawn.map { model[$0].name })), width: width, indent: 0, hanging: 2)
        }
        if let summary = result.summary {
            out += say(.summary(percent: summary.percent, covered: summary.covered, pairs: summary.pairs)) + "\n"
        }
        out += "\n"
        out += grid(width: width, colored: colored, language: language)
        out += pairList(width: width, colored: colored, language: language)
        out += gapList(width: width, language: language)
        out += rankingList(width: width, language: language)
        if !result.withdrawn.isEmpty { out += newlyBrokenList(width: width, language: language) }
        return out
    }

    func paint(_ text: String, _ status: CoverageStatus?, _ colored: Bool) -> String {
        guard colored else { return text }
        let code: String
        switch status {
        case .covered: code = "32"
        case .partial: code = "33"
        case .uncovered: code = "31"
        case nil: code = "2"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    func grid(width: Int, colored: Bool, language: Language) -> String {
        guard !columns.isEmpty else { return CoverageMessage.noNeeds.text[language] + "\n\n" }
        let cellWidth = 5
        let labels = rows.map { row in row.size.map { "\(row.name) (\($0))" } ?? row.name }
        let labelWidth = min(24, max(5, labels.map(\.count).max() ?? 0))
        let perBlock = max(1, (width - labelWidth) / cellWidth)
        var out = ""
        var start = 0
        while start < columns.count {
            let end = min(columns.count, start + perBlock)
            var header = Self.fit("", labelWidth)
            for c in start..<end { header += Self.left("N\(c + 1)", cellWidth, alignRight: true) }
            out += TextWrap.trimmed(header) + "\n"
            for (r, row) in rows.enumerated() {
                var line = Self.fit(labels[r], labelWidth)
                for c in start..<end {
                    let text: String, status: CoverageStatus?
                    if let cell = row.cells[c] {
                        text = Self.percentText(cell)
                        status = cell.status
                    } else {
                        text = "."
                        status = nil
                    }
                    line += String(repeating: " ", count: max(0, cellWidth - text.count)) + paint(text, status, colored)
                }
                out += line + "\n"
            }
            out += "\n"
            start = end
        }
        // Key: N1 name, laid out in as many columns as fit.
        let entries = columns.enumerated().map { "N\($0.offset + 1) \($0.element.name)" }
        let keyWidth = min(width, max(16, (entries.map(\.count).max() ?? 0) + 2))
        let perLine = max(1, width / keyWidth)
        var line = ""
        for (i, entry) in entries.enumerated() {
            line += (i % perLine == perLine - 1 || i == entries.count - 1) ? Self.fit(entry, keyWidth - 2) : Self.fit(entry, keyWidth - 2) + "  "
            if i % perLine == perLine - 1 || i == entries.count - 1 {
                out += TextWrap.trimmed(line) + "\n"
                line = ""
            }
        }
        out += TextWrap.wrap(CoverageMessage.legend.text[language], width: width, indent: 0, hanging: 0) + "\n"
        return out
    }

    func pairList(width: Int, colored: Bool, language: Language) -> String {
        guard !result.pairs.isEmpty else { return "" }
        var out = CoverageMessage.pairsHeading.text[language] + "\n"
        let names = result.pairs.indices.map(pairName)
        let nameWidth = min(36, names.map(\.count).max() ?? 0)
        for (p, pair) in result.pairs.enumerated() {
            let cell = Cell(pair: p, status: pair.status, percent: pair.percent, providers: [])
            let status = Self.percentText(cell)
            var line = "  " + Self.fit(names[p], nameWidth) + " " + String(repeating: " ", count: 3 - min(3, status.count)) + paint(status, pair.status, colored)
            let used = 2 + nameWidth + 1 + max(3, status.count)
            var detail = pair.providers.isEmpty ? "" : "  " + pair.providers.map { model[$0].name }.joined(separator: ", ")
            if let shortfall = pair.shortfall { detail += "  " + CoverageMessage.short(places: shortfall).text[language] }
            line += Self.fit(detail, max(0, width - used))
            out += TextWrap.trimmed(line) + "\n"
        }
        return out + "\n"
    }

    func gapList(width: Int, language: Language) -> String {
        let gaps = self.gaps, silenced = silencedGaps
        let silencedLine = silenced > 0 ? TextWrap.wrap(CoverageMessage.gapsSilenced(count: silenced).text[language], width: width, indent: 2, hanging: 4) : ""
        guard !gaps.isEmpty else { return CoverageMessage.noGaps.text[language] + "\n" + silencedLine + "\n" }
        var out = CoverageMessage.gapsHeading(count: gaps.count).text[language] + "\n"
        for gap in gaps {
            out += TextWrap.wrap("\(gap.code.rawValue) \(gap.message[language])", width: width, indent: 2, hanging: 7)
        }
        return out + silencedLine + "\n"
    }

    func rankingList(width: Int, language: Language) -> String {
        guard !result.ranking.isEmpty else { return CoverageMessage.noCriticalPartners.text[language] + "\n" }
        var out = CoverageMessage.rankingHeading.text[language] + "\n"
        let nameWidth = min(30, result.ranking.map { model[$0.partner].name.count }.max() ?? 0)
        for (i, entry) in result.ranking.enumerated() {
            let rank = String(i + 1)
            out += String(repeating: " ", count: max(0, 4 - rank.count)) + rank + ". " + Self.fit(model[entry.partner].name, nameWidth)
                + "  " + CoverageMessage.rankingEntry(pairs: entry.pairs.count, pairDays: entry.pairDays).text[language] + "\n"
        }
        return out
    }

    func newlyBrokenList(width: Int, language: Language) -> String {
        var out = "\n" + CoverageMessage.newlyBrokenHeading(count: result.newlyBroken.count + result.newlyMissingSectors.count).text[language] + "\n"
        if result.newlyBroken.isEmpty && result.newlyMissingSectors.isEmpty {
            return out + "  " + CoverageMessage.nothingNewlyBroken.text[language] + "\n"
        }
        for change in result.newlyBroken {
            let what = CoverageMessage.newlyBroken(pair: pairName(change.pair), before: change.before, after: change.after,
                                                   lost: change.lost, lostDays: change.lostDays).text[language]
            out += TextWrap.wrap(what, width: width, indent: 2, hanging: 4)
        }
        for sector in result.newlyMissingSectors {
            out += TextWrap.wrap(CoverageMessage.sectorLosesLastPartner(sector: model[sector].name).text[language], width: width, indent: 2, hanging: 4)
        }
        return out
    }

    // MARK: layout helpers

    /// Pads or truncates (with `…`) to exactly `width` characters.
    static func fit(_ text: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        if text.count <= width { return text + String(repeating: " ", count: width - text.count) }
        return String(text.prefix(width - 1)) + "…"
    }

    static func left(_ text: String, _ width: Int, alignRight: Bool) -> String {
        let pad = String(repeating: " ", count: max(0, width - text.count))
        return alignRight ? pad + text : text + pad
    }

}
