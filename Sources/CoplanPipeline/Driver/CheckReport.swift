import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
/// The outcome of checking one or more plan files: what every front end (human, JSON,
/// SARIF, JUnit, GitHub) renders, and what decides the exit code.
package struct CheckReport: Sendable {
    /// Display paths of every file read, sorted.
    package var files: [String]
    /// All findings, deduplicated and in `Diagnostic.ordered` order, after per-file limits.
    package var diagnostics: [Diagnostic]
    /// How many findings per file were dropped by the per-file limit.
    package var hidden: [String: Int] = [:]
    /// Where findings were silenced, by a suppression comment or the repository's `allow`:
    /// the views that re-analyse a plan (`coplan gaps`, the plan report) hide the same ones.
    package var silenced: Set<Diagnostic.Site> = []

    /// Coverage over all checked plans, when the evaluator ran.
    package var coverage: CoverageSummary?
    /// Checked plans with their models, root file first per unit.
    package var plans: [PlanCheck] = []
    /// The reader's language, chosen by `Checker.Options.language`: every rendering of this
    /// report (human, JSON, SARIF, JUnit, GitHub, gaps) is in it.
    package var language: Language = .en

    package var errors: Int { count(.error) }
    package var warnings: Int { count(.warning) }
    package var gaps: Int { count(.gap) }

    func count(_ severity: Severity) -> Int {
        diagnostics.count { $0.severity == severity } + hiddenCounts[severity, default: 0]
    }

    var hiddenCounts: [Severity: Int] = [:]

    package init(files: [String], diagnostics: [Diagnostic], hidden: [String: Int] = [:], coverage: CoverageSummary? = nil, plans: [PlanCheck] = [], hiddenCounts: [Severity: Int] = [:]) {
        self.files = files
        self.diagnostics = diagnostics
        self.hidden = hidden
        self.coverage = coverage
        self.plans = plans
        self.hiddenCounts = hiddenCounts
    }
    /// Hidden findings with `failsCheck`, so the per-file limit cannot turn a failure into a pass.
    var hiddenFailing = 0

    /// Findings that fail the check whatever `--strict` says (`Diagnostic.failsCheck`).
    package var failing: Int { diagnostics.count(where: \.failsCheck) + hiddenFailing }

    /// 0 when clean; 1 when there are errors, or warnings and gaps under `strict`, or when a
    /// plan's own `require` lines are not met (findings with `failsCheck`: G501, and G505 for
    /// `require coverage`).
    package func exitCode(strict: Bool) -> Int32 {
        if errors > 0 || failing > 0 { return 1 }
        if strict && (warnings > 0 || gaps > 0) { return 1 }
        return 0
    }
}

/// One checked plan (a root file and its imports).
package struct PlanCheck: Sendable {
    package var root: String
    package var model: PlanModel
    package var diagnostics: [Diagnostic]
    package var coverage: CoverageSummary?

    package init(root: String, model: PlanModel, diagnostics: [Diagnostic], coverage: CoverageSummary? = nil) {
        self.root = root
        self.model = model
        self.diagnostics = diagnostics
        self.coverage = coverage
    }
}
