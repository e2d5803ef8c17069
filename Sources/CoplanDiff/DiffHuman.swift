import CoplanKit

/// `coplan diff` for people in a terminal, in the manner of `terraform plan`: `+` added,
/// `-` removed, `~` changed, attributes as `before → after`, then the effects.
package enum DiffHuman {
    package static func render(_ diff: PlanDiff, language: Language) -> String {
        let say = { (phrase: DiffPhrase) in phrase.text(language) }
        var out = "coplan diff: " + DiffSummary.line(diff, language: language) + "\n"
        if !diff.changes.isEmpty {
            out += "\n" + say(.heading(.changes)) + "\n"
            for change in diff.changes {
                out += "  \(change.impact.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(symbol(change.change)) "
                    + change.message(language) + "  (\(location(change, language)))\n"
                for attribute in change.attributes {
                    out += "      \(attribute.name): \(attribute.before ?? say(.none)) → \(attribute.after ?? say(.none))\n"
                }
            }
        }
        if diff.effectsEvaluated, diff.coverageBefore != diff.coverageAfter {
            out += "\n" + say(.heading(.coverage)) + "\n  " + say(.coverage(before: diff.coverageBefore?.percent, after: diff.coverageAfter?.percent)) + "\n"
        }
        if !diff.pairs.isEmpty {
            out += "\n" + say(.heading(.pairs)) + "\n"
            for pair in diff.pairs { out += "  " + say(.pair(group: pair.group, need: pair.need, before: pair.before, after: pair.after, capacityBefore: pair.capacityBefore, capacityAfter: pair.capacityAfter)) + "\n" }
        }
        out += findings(diff.findings.new, heading: .findingsNew, language)
        out += findings(diff.findings.fixed, heading: .findingsFixed, language)
        if !diff.findings.changed.isEmpty {
            out += "\n" + say(.heading(.findingsChanged)) + "\n"
            for (before, after) in diff.findings.changed {
                out += "  \(place(after)): " + say(.findingChanged(code: after.code.rawValue, before: before.message, after: after.message)) + "\n"
            }
        }
        for (heading, list) in [(DiffPhrase.Heading.criticalGained, diff.criticalGained), (.criticalLost, diff.criticalLost)] where !list.isEmpty {
            out += "\n" + say(.heading(heading)) + "\n"
            for delta in list { out += "  " + say(.critical(partner: delta.partner, pairs: delta.pairs.count)) + "\n" }
        }
        if !diff.indicators.isEmpty {
            out += "\n" + say(.heading(.indicators)) + "\n"
            for indicator in diff.indicators { out += "  " + DiffIndicators.phrase(indicator, language) + "\n" }
        }
        return out
    }

    static func symbol(_ change: ChangeKind) -> String {
        switch change {
        case .added: return "+"
        case .removed: return "-"
        case .changed: return "~"
        }
    }

    /// `file:line` of the declaration, or of the old one for a removal (then `old` is true).
    static func place(_ change: Change) -> (text: String, old: Bool) {
        if let span = change.span { return ("\(change.file):\(span.start.line)", false) }
        if let old = change.oldSpan { return ("\(old.file.path):\(old.start.line)", true) }
        return (change.file, false)
    }

    static func location(_ change: Change, _ language: Language) -> String {
        let (text, old) = place(change)
        return old ? text + " " + DiffPhrase.inOldVersion.text(language) : text
    }

    static func place(_ diagnostic: Diagnostic) -> String {
        guard let span = diagnostic.span else { return "-" }
        return "\(span.file.path):\(span.start.line):\(span.start.column)"
    }

    static func findings(_ list: [Diagnostic], heading: DiffPhrase.Heading, _ language: Language) -> String {
        guard !list.isEmpty else { return "" }
        var out = "\n" + DiffPhrase.heading(heading).text(language) + "\n"
        for diagnostic in list {
            out += "  \(place(diagnostic)): " + DiffPhrase.finding(code: diagnostic.code.rawValue, message: diagnostic.message).text(language) + "\n"
        }
        return out
    }
}

/// Indicator values as each language writes them (coverage as a percentage).
enum DiffIndicators {
    static func phrase(_ indicator: IndicatorDelta, _ language: Language) -> String {
        func value(_ v: Double) -> String {
            indicator.metric == .coverage ? DiffNumber.percent(v, language) : DiffNumber.integer(Int(v), language)
        }
        return DiffPhrase.indicator(metric: indicator.metric.rawValue, before: value(indicator.before), after: value(indicator.after)).text(language)
    }
}
