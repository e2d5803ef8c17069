import CoplanKit

/// One version of the plans being compared: the checker's report (findings after
/// suppressions and repository policy, models), their fingerprints and, per plan, the
/// declarations as records. Built from a `SourceProvider`, so the caller decides whether the
/// version comes from the work tree, a git revision or memory.
package struct DiffSide: Sendable {
    package var report: CheckReport
    package var fingerprints: [DiagnosticFingerprint]
    package var plans: [Plan]

    /// One checked plan: its root file's display path, model and records.
    package struct Plan: Sendable {
        package var root: String
        package var model: PlanModel
        var records: [EntityRecord]
    }

    /// Checks `paths` (canonical, as the provider knows them) with `options`; coverage is
    /// analysed later, only when neither side has errors.
    package static func check(paths: [String], provider: any SourceProvider, options: Checker.Options = Checker.Options()) -> DiffSide {
        DiffSide(report: Checker(options: options).check(paths: paths, provider: provider))
    }

    package init(report: CheckReport) {
        self.report = report
        fingerprints = report.fingerprints
        plans = report.plans.map { check in
            Plan(root: check.model.rootFile?.path ?? check.root, model: check.model, records: EntityRecords.of(check.model))
        }
    }

    package var errors: Int { report.errors }

    /// The plans' explicit `language`, when they all write the same one.
    package var language: Language? {
        let written = Set(plans.compactMap { plan -> Language? in
            guard let info = plan.model.plan, info.header.attributeSpans[.language] != nil else { return nil }
            return info.language
        })
        return written.count == 1 ? written.first : nil
    }
}
