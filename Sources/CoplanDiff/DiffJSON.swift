import CoplanKit

/// `coplan diff --format json`: version 1 of the diff object. Findings are the same objects
/// as in `check --format json`; messages are in the chosen language; numbers are plain.
package enum DiffJSON {
    package static func render(_ diff: PlanDiff, language: Language) -> JSONValue {
        .object([
            ("version", .int(1)),
            ("summary", .object([
                ("breaking", .int(diff.count(.breaking))), ("risky", .int(diff.count(.risky))), ("info", .int(diff.count(.info))),
                ("effectsEvaluated", .bool(diff.effectsEvaluated)),
                ("errors", .object([("before", .int(diff.oldErrors)), ("after", .int(diff.newErrors))])),
                ("text", .string(DiffSummary.line(diff, language: language))),
            ])),
            ("coverage", .object([("before", coverage(diff.coverageBefore)), ("after", coverage(diff.coverageAfter))])),
            ("changes", .array(diff.changes.map { change(language, $0) })),
            ("pairs", .array(diff.pairs.map { pair in
                .object([("plan", .string(pair.plan)), ("group", .string(pair.group)), ("need", .string(pair.need)),
                         ("before", pair.before.map(JSONValue.int) ?? .null), ("after", pair.after.map(JSONValue.int) ?? .null),
                         ("lost", .int(pair.lost))])
            })),
            ("findings", .object([
                ("new", .array(diff.findings.new.map { $0.json(language) })),
                ("fixed", .array(diff.findings.fixed.map { $0.json(language) })),
                ("changed", .array(diff.findings.changed.map { .object([("before", $0.before.json(language)), ("after", $0.after.json(language))]) })),
            ])),
            ("critical", .object([("gained", .array(diff.criticalGained.map(critical))), ("lost", .array(diff.criticalLost.map(critical)))])),
            ("indicators", .array(diff.indicators.map { indicator in
                .object([("plan", .string(indicator.plan)), ("metric", .string(indicator.metric.rawValue)),
                         ("before", .double(indicator.before)), ("after", .double(indicator.after))])
            })),
        ])
    }

    static func coverage(_ summary: CoverageSummary?) -> JSONValue {
        guard let summary else { return .null }
        return .object([("percent", .double((summary.percent * 100).rounded() / 100)), ("pairs", .int(summary.pairs)),
                        ("covered", .int(summary.covered)), ("pairDays", .int(summary.pairDays)),
                        ("coveredPairDays", .int(summary.coveredPairDays))])
    }

    static func change(_ language: Language, _ change: Change) -> JSONValue {
        .object([
            ("entity", .string(change.entity.rawValue)), ("id", .string(change.id)), ("plan", .string(change.plan)),
            ("file", .string(change.file)),
            ("line", change.span.map { .int($0.start.line) } ?? .null),
            ("oldFile", change.oldSpan.map { .string($0.file.path) } ?? .null),
            ("oldLine", change.oldSpan.map { .int($0.start.line) } ?? .null),
            ("change", .string(change.change.rawValue)), ("impact", .string(change.impact.rawValue)),
            ("attributes", .array(change.attributes.map { attribute in
                .object([("name", .string(attribute.name)), ("before", attribute.before.map(JSONValue.string) ?? .null),
                         ("after", attribute.after.map(JSONValue.string) ?? .null)])
            })),
            ("message", .string(change.message(language))),
        ])
    }

    static func critical(_ delta: CriticalDelta) -> JSONValue {
        .object([("plan", .string(delta.plan)), ("partner", .string(delta.partner)),
                 ("pairs", .array(delta.pairs.map { .object([("group", .string($0.group)), ("need", .string($0.need))]) }))])
    }
}

/// The one-line summary every format starts with: counts, then the coverage change or why
/// it was not evaluated.
package enum DiffSummary {
    package static func line(_ diff: PlanDiff, language: Language) -> String {
        if diff.isEmpty { return DiffPhrase.noChanges.text(language) }
        let counts = DiffPhrase.counts(breaking: diff.count(.breaking), risky: diff.count(.risky), info: diff.count(.info)).text(language)
        guard diff.effectsEvaluated else {
            return counts + " · " + DiffPhrase.effectsNotEvaluated(oldErrors: diff.oldErrors, newErrors: diff.newErrors).text(language)
        }
        return counts + " · " + DiffPhrase.coverage(before: diff.coverageBefore?.percent, after: diff.coverageAfter?.percent).text(language)
    }
}
