import CoplanKit

/// `coplan diff --format markdown`, for a pull-request comment or `$GITHUB_STEP_SUMMARY`: the
/// first line is the counts and the coverage change; then the changes, most severe first;
/// attributes and effects folded in `<details>`. The whole stays under GitHub's comment limit
/// (65,536 characters) by dropping what does not fit, with a note saying so.
package enum DiffMarkdown {
    package static let limit = 65_000

    package static func render(_ diff: PlanDiff, language: Language, limit: Int = DiffMarkdown.limit) -> String {
        let say = { (phrase: DiffPhrase) in phrase.text(language) }
        var blocks: [String] = []
        for change in diff.changes {
            blocks.append("- **\(change.impact.rawValue)** · \(escape(change.message(language))) — \(location(change, language))\n")
        }
        var details: [String] = []
        let changed = diff.changes.filter { !$0.attributes.isEmpty }
        if !changed.isEmpty {
            var table = section(say(.heading(.changes)), count: changed.count)
            for change in changed {
                table += "\n**\(escape(say(.headline(change: change.change, kind: change.entity, id: change.id))))**\n\n"
                table += "| \(say(.heading(.attribute))) | \(say(.heading(.beforeAfter))) |\n|---|---|\n"
                for attribute in change.attributes {
                    table += "| `\(escapeCode(attribute.name))` | \(cell(attribute.before, language)) → \(cell(attribute.after, language)) |\n"
                }
            }
            details.append(table + "\n</details>\n")
        }
        if diff.effectsEvaluated, diff.coverageBefore != nil || diff.coverageAfter != nil, !diff.pairs.isEmpty {
            var text = section(say(.heading(.pairs)), count: diff.pairs.count) + "\n"
            for pair in diff.pairs { text += "- " + escape(say(.pair(group: pair.group, need: pair.need, before: pair.before, after: pair.after, capacityBefore: pair.capacityBefore, capacityAfter: pair.capacityAfter))) + "\n" }
            details.append(text + "\n</details>\n")
        }
        for (heading, list) in [(DiffPhrase.Heading.findingsNew, diff.findings.new), (.findingsFixed, diff.findings.fixed)] where !list.isEmpty {
            var text = section(say(.heading(heading)), count: list.count) + "\n"
            for diagnostic in list {
                text += "- `\(escapeCode(DiffHuman.place(diagnostic)))` " + escape(say(.finding(code: diagnostic.code.rawValue, message: diagnostic.message))) + "\n"
            }
            details.append(text + "\n</details>\n")
        }
        if !diff.findings.changed.isEmpty {
            var text = section(say(.heading(.findingsChanged)), count: diff.findings.changed.count) + "\n"
            for (before, after) in diff.findings.changed {
                text += "- `\(escapeCode(DiffHuman.place(after)))` " + escape(say(.findingChanged(code: after.code.rawValue, before: before.message, after: after.message))) + "\n"
            }
            details.append(text + "\n</details>\n")
        }
        for (heading, list) in [(DiffPhrase.Heading.criticalGained, diff.criticalGained), (.criticalLost, diff.criticalLost)] where !list.isEmpty {
            var text = section(say(.heading(heading)), count: list.count) + "\n"
            for delta in list {
                text += "- " + escape(say(.critical(partner: delta.partner, pairs: delta.pairs.count))) + ": "
                    + delta.pairs.prefix(10).map { "`\(escapeCode($0.need))`/`\(escapeCode($0.group))`" }.joined(separator: ", ")
                    + (delta.pairs.count > 10 ? " " + say(.andMore(count: delta.pairs.count - 10)) : "") + "\n"
            }
            details.append(text + "\n</details>\n")
        }
        if !diff.indicators.isEmpty {
            var text = section(say(.heading(.indicators)), count: diff.indicators.count) + "\n"
            for indicator in diff.indicators { text += "- " + escape(DiffIndicators.phrase(indicator, language)) + "\n" }
            details.append(text + "\n</details>\n")
        }

        // Fit: the summary always; then change lines and detail sections while they fit,
        // keeping room for the note.
        var out = "**" + escape(DiffSummary.line(diff, language: language)) + "**\n"
        let note = "\n> " + say(.trimmed(limit: limit)) + "\n"
        // UTF-8 bytes bound the characters from above, whichever way GitHub counts them;
        // 200 more leave room for the "and N more" line.
        let budget = limit - note.utf8.count - 200
        var trimmed = false
        if !blocks.isEmpty { out += "\n" }
        for (index, block) in blocks.enumerated() {
            if out.utf8.count + block.utf8.count > budget {
                out += "- " + say(.andMore(count: blocks.count - index)) + "\n"
                trimmed = true
                break
            }
            out += block
        }
        for section in details {
            if trimmed || out.utf8.count + section.utf8.count + 1 > budget { trimmed = true; continue }
            out += "\n" + section
        }
        if trimmed { out += note }
        return out
    }

    /// `` `file:line` ``, followed by "in the old version" for a removal.
    static func location(_ change: Change, _ language: Language) -> String {
        let (text, old) = DiffHuman.place(change)
        return "`\(escapeCode(text))`" + (old ? " " + DiffPhrase.inOldVersion.text(language) : "")
    }

    static func section(_ title: String, count: Int) -> String {
        "<details><summary>\(escape(title)) (\(count))</summary>\n"
    }

    static func cell(_ value: String?, _ language: Language) -> String {
        guard let value else { return DiffPhrase.none.text(language) }
        return "`" + escapeCode(value) + "`"
    }

    /// Text outside code: HTML and table syntax made inert (plan strings are user text).
    static func escape(_ text: String) -> String {
        text.replacingASCII { byte in
            switch byte {
            case UInt8(ascii: "<"): return "&lt;"
            case UInt8(ascii: ">"): return "&gt;"
            case UInt8(ascii: "&"): return "&amp;"
            case UInt8(ascii: "|"): return "\\|"
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return " "
            default: return nil
            }
        }
    }

    /// Text inside a code span: no backticks, pipes or line breaks can end it early.
    static func escapeCode(_ text: String) -> String {
        text.replacingASCII { byte in
            switch byte {
            case UInt8(ascii: "`"): return "'"
            case UInt8(ascii: "|"): return "\\|"
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return " "
            default: return nil
            }
        }
    }
}
