import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// The Markdown form of the coverage matrix, for reports and pull-request comments: full
/// names (no width limit), a table per plan, then gaps and the criticality ranking.
extension CoverageMatrix {
    package func markdown(language: Language) -> String {
        func say(_ message: CoverageMessage) -> String { message.text[language] }
        var out = say(.markdownHeading(plan: planName)) + "\n\n"
        out += say(.markdownPeriod(window: result.window, singleDay: result.isSingleDay, planPeriod: model.plan?.period, summary: result.summary)) + "\n"
        if !result.withdrawn.isEmpty {
            let header = say(.withdrawn(partners: result.withdrawn.map { model[$0].name }))
            out += "\n" + header.prefix(1).uppercased() + header.dropFirst() + ".\n"
        }
        out += "\n"
        if columns.isEmpty {
            let none = say(.noNeeds)
            out += none.prefix(1).uppercased() + none.dropFirst() + ".\n"
        } else {
            out += "| \(say(.markdownGroupColumn)) | " + columns.map { "`\($0.name)`" }.joined(separator: " | ") + " |\n"
            out += "|---|" + String(repeating: "---|", count: columns.count) + "\n"
            for row in rows {
                let label = "`\(row.name)`" + (row.size.map { " (\($0))" } ?? "")
                let cells = row.cells.map { cell -> String in
                    guard let cell else { return "" }
                    let who = cell.providers.map { "`\($0)`" }.joined(separator: ", ")
                    let status = say(.status(cell.status))
                    switch cell.status {
                    case .covered: return "\(status): \(who)"
                    case .partial: return "\(status) \(Self.percentText(cell)): \(who)"
                    case .uncovered: return "**\(status)**"
                    }
                }
                out += "| \(label) | " + cells.joined(separator: " | ") + " |\n"
            }
        }
        let gaps = self.gaps
        out += "\n" + say(.markdownGapsHeading) + "\n\n"
        if gaps.isEmpty {
            out += say(.markdownNone) + "\n"
        } else {
            for gap in gaps { out += "- **\(gap.code.rawValue)** \(Self.escape(gap.message[language]))\n" }
        }
        if silencedGaps > 0 { out += "\n" + say(.gapsSilenced(count: silencedGaps)) + "\n" }
        out += "\n" + say(.markdownRankingHeading) + "\n\n"
        if result.ranking.isEmpty {
            out += say(.markdownNoCriticalPartners) + "\n"
        } else {
            out += say(.markdownRankingColumns) + "\n|---:|---|---:|---:|\n"
            for (i, entry) in result.ranking.enumerated() {
                out += "| \(i + 1) | `\(model[entry.partner].name)` | \(NumberText.count(entry.pairs.count, in: language)) | \(NumberText.count(entry.pairDays, in: language)) |\n"
            }
        }
        if !result.withdrawn.isEmpty {
            out += "\n" + say(.markdownNewlyBrokenHeading) + "\n\n"
            if result.newlyBroken.isEmpty && result.newlyMissingSectors.isEmpty { out += say(.markdownNothing) + "\n" }
            for change in result.newlyBroken {
                out += "- " + Self.escape(say(.newlyBroken(pair: "`\(pairName(change.pair))`", before: change.before, after: change.after,
                                                         lost: change.lost, lostDays: change.lostDays))) + "\n"
            }
            for sector in result.newlyMissingSectors {
                out += "- " + say(.sectorLosesLastPartner(sector: model[sector].name)) + "\n"
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
