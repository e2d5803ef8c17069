import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// The Markdown form of the coverage matrix, for reports and pull-request comments: full
/// names (no width limit), a table per plan, then gaps and the criticality ranking.
extension CoverageMatrix {
    package func markdown() -> String {
        var out = "## Coverage of `\(planName)`\n\n"
        out += "Period: \(windowText)"
        if let summary = result.summary {
            out += " — **\(NumberText.percent(summary.percent))** of pair-days covered, "
                + "\(summary.covered) of \(summary.pairs) pair\(summary.pairs == 1 ? "" : "s") fully covered"
        }
        out += ".\n"
        if !result.withdrawn.isEmpty {
            out += "\nAs if \(result.withdrawn.map { "`\(model[$0].name)`" }.joined(separator: ", ")) withdrew.\n"
        }
        out += "\n"
        if columns.isEmpty {
            out += "No group lists a need: nothing to cover.\n"
        } else {
            out += "| group | " + columns.map { "`\($0.name)`" }.joined(separator: " | ") + " |\n"
            out += "|---|" + String(repeating: "---|", count: columns.count) + "\n"
            for row in rows {
                let label = "`\(row.name)`" + (row.size.map { " (\($0))" } ?? "")
                let cells = row.cells.map { cell -> String in
                    guard let cell else { return "" }
                    let who = cell.providers.map { "`\($0)`" }.joined(separator: ", ")
                    switch cell.status {
                    case .covered: return "covered: \(who)"
                    case .partial: return "partial \(Self.percentText(cell)): \(who)"
                    case .uncovered: return "**uncovered**"
                    }
                }
                out += "| \(label) | " + cells.joined(separator: " | ") + " |\n"
            }
        }
        let gaps = self.gaps
        out += "\n### Gaps\n\n"
        if gaps.isEmpty {
            out += "None.\n"
        } else {
            for gap in gaps { out += "- **\(gap.code.rawValue)** \(Self.escape(gap.message.en))\n" }
        }
        out += "\n### Critical partners\n\n"
        if result.ranking.isEmpty {
            out += "None: no single partner's withdrawal uncovers a pair.\n"
        } else {
            out += "| # | partner | pairs | pair-days |\n|---:|---|---:|---:|\n"
            for (i, entry) in result.ranking.enumerated() {
                out += "| \(i + 1) | `\(model[entry.partner].name)` | \(entry.pairs.count) | \(entry.pairDays) |\n"
            }
        }
        if !result.withdrawn.isEmpty {
            out += "\n### Newly broken\n\n"
            if result.newlyBroken.isEmpty && result.newlyMissingSectors.isEmpty { out += "Nothing.\n" }
            for change in result.newlyBroken {
                out += "- `\(pairName(change.pair))`: \(change.before.rawValue) → \(change.after.rawValue), loses "
                    + change.lost.map(\.description).joined(separator: ", ") + " (\(change.lostDays) days)\n"
            }
            for sector in result.newlyMissingSectors {
                out += "- required sector `\(model[sector].name)` loses its last partner\n"
            }
        }
        return out
    }

    /// Escapes characters Markdown would read as table or emphasis syntax, outside code spans
    /// (messages put names in backticks, and backslashes would show inside them).
    static func escape(_ text: String) -> String {
        var out = ""
        var inCode = false
        for character in text {
            if character == "`" { inCode.toggle() }
            if character == "|" || (!inCode && "*_<>[]".contains(character)) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
