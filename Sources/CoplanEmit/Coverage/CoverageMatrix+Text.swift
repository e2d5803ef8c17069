import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// The terminal form of the coverage matrix: fits `width` columns (80 by default) by
/// numbering need columns with a key, splitting wide matrices into blocks and truncating long
/// names with `…`. Colour (ANSI) only when asked.
extension CoverageMatrix {
    package func text(width: Int = 80, colored: Bool = false) -> String {
        let width = max(40, width)
        var out = ""
        out += "coverage of `\(planName)` \(windowText)\n"
        if !result.withdrawn.isEmpty {
            out += "as if \(result.withdrawn.map { "`\(model[$0].name)`" }.joined(separator: ", ")) withdrew\n"
        }
        if let summary = result.summary {
            out += "\(NumberText.percent(summary.percent)) of pair-days covered; "
                + "\(summary.covered) of \(summary.pairs) pair\(summary.pairs == 1 ? "" : "s") fully covered\n"
        }
        out += "\n"
        out += grid(width: width, colored: colored)
        out += pairList(width: width, colored: colored)
        out += gapList(width: width)
        out += rankingList(width: width)
        if !result.withdrawn.isEmpty { out += newlyBrokenList(width: width) }
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

    func grid(width: Int, colored: Bool) -> String {
        guard !columns.isEmpty else { return "no group lists a need: nothing to cover\n\n" }
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
        out += "ok covered every day · 37% on part of the days · -- on no day · . not a need\n\n"
        return out
    }

    func pairList(width: Int, colored: Bool) -> String {
        guard !result.pairs.isEmpty else { return "" }
        var out = "pairs\n"
        let names = result.pairs.indices.map(pairName)
        let nameWidth = min(36, names.map(\.count).max() ?? 0)
        for (p, pair) in result.pairs.enumerated() {
            let cell = Cell(pair: p, status: pair.status, percent: pair.percent, providers: [])
            let status = Self.percentText(cell)
            var line = "  " + Self.fit(names[p], nameWidth) + " " + String(repeating: " ", count: 3 - min(3, status.count)) + paint(status, pair.status, colored)
            let used = 2 + nameWidth + 1 + max(3, status.count)
            var detail = pair.providers.isEmpty ? "" : "  " + pair.providers.map { model[$0].name }.joined(separator: ", ")
            if let shortfall = pair.shortfall { detail += "  (\(shortfall) short)" }
            line += Self.fit(detail, max(0, width - used))
            out += TextWrap.trimmed(line) + "\n"
        }
        return out + "\n"
    }

    func gapList(width: Int) -> String {
        let gaps = self.gaps
        guard !gaps.isEmpty else { return "no gaps\n\n" }
        var out = "gaps (\(gaps.count))\n"
        for gap in gaps {
            out += TextWrap.wrap("\(gap.code.rawValue) \(gap.message)", width: width, indent: 2, hanging: 7)
        }
        return out + "\n"
    }

    func rankingList(width: Int) -> String {
        guard !result.ranking.isEmpty else { return "no critical partners\n" }
        var out = "critical partners (each alone would uncover pairs)\n"
        let nameWidth = min(30, result.ranking.map { model[$0.partner].name.count }.max() ?? 0)
        for (i, entry) in result.ranking.enumerated() {
            let rank = String(i + 1)
            out += String(repeating: " ", count: max(0, 4 - rank.count)) + rank + ". " + Self.fit(model[entry.partner].name, nameWidth)
                + "  \(entry.pairs.count) pair\(entry.pairs.count == 1 ? "" : "s"), \(entry.pairDays) pair-days\n"
        }
        return out
    }

    func newlyBrokenList(width: Int) -> String {
        var out = "\nnewly broken (\(result.newlyBroken.count + result.newlyMissingSectors.count))\n"
        if result.newlyBroken.isEmpty && result.newlyMissingSectors.isEmpty { return out + "  nothing: every pair keeps its covered days\n" }
        for change in result.newlyBroken {
            let what = "\(pairName(change.pair)): \(change.before.rawValue) → \(change.after.rawValue), loses "
                + (change.lost.count == 1 ? change.lost[0].spelled : "\(change.lostDays) days in \(change.lost.count) ranges")
            out += TextWrap.wrap(what, width: width, indent: 2, hanging: 4)
        }
        for sector in result.newlyMissingSectors {
            out += "  required sector `\(model[sector].name)` loses its last partner\n"
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
