import CoplanKit

/// What changed between two versions of a set of plans, and what the change does: the
/// declarations added, removed and changed (each with an impact and why), and the effects on
/// coverage, pairs, findings, critical partners and indicators. Renderers read only this.
package struct PlanDiff: Sendable {
    /// The plans' own `language` when both versions agree on one, else English.
    package var language: Language
    package var oldErrors: Int
    package var newErrors: Int
    /// False when either version has errors: then only declarations and findings are compared.
    package var effectsEvaluated: Bool
    package var coverageBefore: CoverageSummary?
    package var coverageAfter: CoverageSummary?
    /// Most severe first, then by plan, kind and id.
    package var changes: [Change]
    /// Pairs whose covered pair-days differ (or that exist on one side only).
    package var pairs: [PairDelta]
    package var findings: FindingDelta
    package var criticalGained: [CriticalDelta]
    package var criticalLost: [CriticalDelta]
    package var indicators: [IndicatorDelta]

    package var isEmpty: Bool {
        changes.isEmpty && pairs.isEmpty && findings.isEmpty && criticalGained.isEmpty && criticalLost.isEmpty && indicators.isEmpty
    }

    package func count(_ impact: Impact) -> Int { changes.count { $0.impact == impact } }

    /// The most severe impact of any change, nil when nothing changed.
    package var highestImpact: Impact? { changes.map(\.impact).max() }

    /// Whether `--fail-on level` fails: some change is at or above `level`.
    package func fails(on level: Impact) -> Bool { changes.contains { $0.impact >= level } }
}

/// One declaration added, removed or changed. An `effectsOnly` change stands for effects in a
/// plan that no declaration change explains (say, a suppression comment removed).
package struct Change: Sendable {
    /// Root file of the plan it belongs to (the new side's path).
    package var plan: String
    package var entity: EntityKind
    package var id: String
    /// The declaring file (new side when it exists).
    package var file: String
    package var change: ChangeKind
    package var attributes: [AttributeChange]
    package var reasons: [ImpactReason]
    /// The declaration in the new version; nil when removed.
    package var span: SourceSpan?
    /// The declaration in the old version; nil when added. Where a removal is shown.
    package var oldSpan: SourceSpan?
    package var effectsOnly = false

    package var impact: Impact { reasons.map(\.impact).max() ?? .info }

    /// Headline and the reasons behind the impact, in one line.
    package func message(_ language: Language) -> String {
        let head = effectsOnly ? DiffPhrase.effectsOnly(plan: id).text(language)
            : DiffPhrase.headline(change: change, kind: entity, id: id).text(language)
        let ordered = reasons.sorted { $0.impact > $1.impact }
        var parts = ordered.prefix(3).map { DiffPhrase.reason($0).text(language) }
        if ordered.count > 3 { parts.append(DiffPhrase.andMore(count: ordered.count - 3).text(language)) }
        return parts.isEmpty ? head : head + ": " + parts.joined(separator: "; ")
    }
}

package struct PairDelta: Sendable, Equatable {
    package var plan: String
    package var group: String
    package var need: String
    /// Covered pair-days; nil when the pair does not exist on that side.
    package var before: Int?
    package var after: Int?
    /// Days covered before and uncovered now, inside the new plan period.
    package var lost: Int
    package var capacityBefore: Int?
    package var capacityAfter: Int?
}

package struct FindingDelta: Sendable {
    /// Findings of the new version the old one did not have (new side spans).
    package var new: [Diagnostic] = []
    /// Findings of the old version gone from the new one (old side spans).
    package var fixed: [Diagnostic] = []
    /// Same fingerprint, another message or severity.
    package var changed: [(before: Diagnostic, after: Diagnostic)] = []

    package var isEmpty: Bool { new.isEmpty && fixed.isEmpty && changed.isEmpty }
}

/// A partner that became (or stopped being) critical for some pairs.
package struct CriticalDelta: Sendable, Equatable {
    package var plan: String
    package var partner: String
    /// `(group, need)` pairs, sorted.
    package var pairs: [PairName]
}

package struct PairName: Sendable, Hashable, Comparable {
    package var group: String
    package var need: String

    package static func < (lhs: PairName, rhs: PairName) -> Bool { (lhs.group, lhs.need) < (rhs.group, rhs.need) }
}

package struct IndicatorDelta: Sendable, Equatable {
    package var plan: String
    package var metric: Metric
    package var before: Double
    package var after: Double
}
