import CoplanKit

/// `coplan diff`'s engine: matches the plans of two versions by root path, their declarations
/// by kind and id, their findings by fingerprint; evaluates coverage effects when neither
/// version has errors; and classifies every change. Pure: both versions arrive checked.
package enum PlanComparison {
    package struct Options: Sendable {
        /// Compare the only plan of each side with the other whatever their paths (two files
        /// given on the command line).
        package var matchSinglePlans = false

        package init() {}
    }

    package static func compare(old: DiffSide, new: DiffSide, options: Options = Options()) -> PlanDiff {
        // Paths of the old side as the new side spells them.
        var renames: [String: String] = [:]
        if options.matchSinglePlans, old.plans.count == 1, new.plans.count == 1, old.plans[0].root != new.plans[0].root {
            renames[old.plans[0].root] = new.plans[0].root
        }
        func renamed(_ path: String) -> String { renames[path] ?? path }

        let evaluated = old.errors == 0 && new.errors == 0
        var oldPlans: [String: DiffSide.Plan] = [:], newPlans: [String: DiffSide.Plan] = [:]
        for plan in old.plans where oldPlans[renamed(plan.root)] == nil { oldPlans[renamed(plan.root)] = plan }
        for plan in new.plans where newPlans[plan.root] == nil { newPlans[plan.root] = plan }

        var classifiers: [String: ImpactClassification] = [:]
        var pairs: [PairDelta] = [], gained: [CriticalDelta] = [], lost: [CriticalDelta] = [], indicators: [IndicatorDelta] = []
        var reported = Set<String>()   // a declaration in a shared import is reported once
        for root in Set(oldPlans.keys).union(newPlans.keys).sorted() {
            let o = oldPlans[root], n = newPlans[root]
            var changes: [Change] = []
            for match in ModelMatching.match(old: o?.records ?? [], new: n?.records ?? []) {
                let file = match.new?.file ?? renamed(match.old!.file)
                let key = "\(match.kind)|\(match.id)|\(file)|\(match.change)|\(match.attributes.map { "\($0.name)=\($0.before ?? "")>\($0.after ?? "")" })"
                guard reported.insert(key).inserted else { continue }
                changes.append(Change(plan: root, entity: match.kind, id: match.id, file: file, change: match.change,
                                      attributes: match.attributes, reasons: [], span: match.new?.span, oldSpan: match.old?.span))
            }
            let effects = evaluated ? PlanEffects(plan: root, old: o?.model, new: n?.model) : nil
            if let effects {
                pairs += effects.pairs
                gained += effects.gained
                lost += effects.lost
                indicators += effects.indicators
            }
            let name = n?.model.plan?.header.name ?? o?.model.plan?.header.name ?? root
            var classifier = ImpactClassification(changes: changes, plan: root, planName: name, old: o?.model, new: n?.model, effects: effects)
            classifier.classifyIntrinsic()
            classifier.classifyEffects()
            classifiers[root] = classifier
        }

        // Findings, matched by fingerprint over the whole side. A version with errors has no
        // coverage evaluated and so no gaps: while either has errors, gaps are compared on
        // neither side, or every gap of the other would read as fixed (or as new and breaking).
        func compared(_ diagnostic: Diagnostic) -> Bool { evaluated || diagnostic.code.severity != .gap }
        var before: [String: Diagnostic] = [:]
        for (diagnostic, print) in zip(old.report.diagnostics, old.fingerprints) where compared(diagnostic) {
            var print = print
            print.file = renamed(print.file)
            before[print.description] = diagnostic
        }
        var findings = FindingDelta()
        var matched = Set<String>()
        let planOfFile = Dictionary(new.plans.flatMap { plan in plan.model.files.map { ($0.path, plan.root) } }, uniquingKeysWith: { a, _ in a })
        for (diagnostic, print) in zip(new.report.diagnostics, new.fingerprints) where compared(diagnostic) {
            if let previous = before[print.description] {
                matched.insert(print.description)
                if !sameMeaning(previous.message.en, diagnostic.message.en) || previous.severity != diagnostic.severity {
                    findings.changed.append((previous, diagnostic))
                }
                continue
            }
            findings.new.append(diagnostic)
            let root = diagnostic.span.flatMap { planOfFile[$0.file.path] } ?? new.plans.first?.root
            if let root, classifiers[root] != nil {
                classifiers[root]!.classify(newFinding: diagnostic, declaration: print.declaration)
            }
        }
        for (diagnostic, print) in zip(old.report.diagnostics, old.fingerprints) where compared(diagnostic) {
            var print = print
            print.file = renamed(print.file)
            if !matched.contains(print.description) { findings.fixed.append(diagnostic) }
        }

        let changes = classifiers.keys.sorted().flatMap { classifiers[$0]!.changes }.sorted { a, b in
            if a.impact != b.impact { return a.impact > b.impact }
            return (a.plan, a.entity, a.id) < (b.plan, b.entity, b.id)
        }
        return PlanDiff(
            language: language(old, new), oldErrors: old.errors, newErrors: new.errors, effectsEvaluated: evaluated,
            coverageBefore: evaluated ? old.report.coverage : nil, coverageAfter: evaluated ? new.report.coverage : nil,
            changes: changes, pairs: pairs, findings: findings, criticalGained: gained, criticalLost: lost, indicators: indicators)
    }

    /// Whether two messages say the same thing: names in backticks may come in another order,
    /// since messages list them in declaration order, which is not a change.
    static func sameMeaning(_ a: String, _ b: String) -> Bool {
        guard a != b else { return true }
        func canonical(_ text: String) -> (String, [Substring]) {
            let parts = text.split(separator: "`", omittingEmptySubsequences: false)
            var template = "", names: [Substring] = []
            for (index, part) in parts.enumerated() {
                if index % 2 == 1 { names.append(part); template += "`_`" } else { template += part }
            }
            return (template, names.sorted())
        }
        return canonical(a) == canonical(b)
    }

    /// The plans' own language when every plan that writes one, on both sides, writes the same.
    static func language(_ old: DiffSide, _ new: DiffSide) -> Language {
        let languages = Set([old.language, new.language].compactMap { $0 })
        guard languages.count == 1, let language = languages.first else { return .en }
        let eitherMixed = [old, new].contains { side in side.plans.contains { $0.model.plan != nil } && side.language == nil
            && side.plans.contains { $0.model.plan?.header.attributeSpans[.language] != nil } }
        return eitherMixed ? .en : language
    }
}
