import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
/// Runs the whole pipeline over files: load (parse + imports) → resolve → validate → analyse,
/// and gathers one deterministic `CheckReport`.
package struct Checker: Sendable {
    package struct Options: Sendable {
        /// Findings shown per file before "N more not shown".
        package var maxDiagnosticsPerFile = 200
        /// Run the coverage evaluator (gaps G5xx and the `coverage` summary).
        package var analyse = true
        /// Cores to parse and check on; results do not depend on it.
        package var cores = Parallel.availableCores
        /// The repository's `allow`, `deny` and `strict`, applied after inline suppressions.
        package var policy = RepositoryPolicy()
        /// Analyse as if these partners withdrew and/or on one day (`gaps --without`, `--at`)
        /// instead of the plan as written; partners a plan does not declare are ignored in it.
        package var whatIf: WhatIf?
        /// How the reader's language is chosen; the report carries the result.
        package var language = LanguageChoice()
        /// Validate and analyse a plan side by side when a core would otherwise idle (fewer
        /// plans than cores). The answer comes sooner, but an analysis of a plan with errors
        /// is thrown away: worth it where someone waits on each change (the language server),
        /// not in a batch check, where it bought 5 % of the wall time for more CPU time.
        package var overlapStages = false

        /// Shorthand for `policy.allow`.
        package var allow: Set<DiagnosticCode> {
            get { policy.allow }
            set { policy.allow = newValue }
        }
        /// Shorthand for `policy.deny`.
        package var deny: Set<DiagnosticCode> {
            get { policy.deny }
            set { policy.deny = newValue }
        }

        package init(policy: RepositoryPolicy = RepositoryPolicy()) {
            self.policy = policy
        }
    }

    /// A what-if of the coverage evaluator: partners taken away, one day looked at.
    package struct WhatIf: Sendable, Equatable {
        package var without: [String]
        package var day: Day?

        package init(without: [String] = [], day: Day? = nil) {
            self.without = without
            self.day = day
        }
    }

    package var options: Options

    package init(options: Options = Options()) {
        self.options = options
    }

    /// Checks the given canonical paths. Files that another given file imports are checked as
    /// part of that plan rather than on their own (a shared registry needs no `plan`).
    ///
    /// Every file is parsed once, on all cores, into a frozen `SourceSet`; then units are
    /// resolved, validated and analysed on all cores; the merge is ordered, so the report is
    /// the same whatever the scheduling.
    package func check(paths: [String], provider: any SourceProvider) -> CheckReport {
        check(paths: paths, sources: SourceSet.load(paths, provider: provider, cores: options.cores))
    }

    /// The same over files already parsed, for a caller that keeps the trees (the language
    /// server answers requests from them without parsing again).
    package func check(paths: [String], sources: SourceSet) -> CheckReport {
        let unique = Array(Set(paths)).sorted()
        var imported = Set<String>()
        for path in unique { imported.formUnion(sources.importTargets(of: path)) }
        let roots = unique.filter { !imported.contains($0) }
        let checker = self
        let overlap = options.overlapStages && roots.count < options.cores
        var results = Parallel.map(roots, cores: options.cores) { root -> (Workspace.Unit, PlanCheck) in
            let unit = sources.unit(root: root)
            return (unit, checker.checkUnit(unit, overlapping: overlap))
        }
        // Files only reachable through an import cycle have no root: check them as roots.
        var reached = Set(results.flatMap { [$0.0.root] + $0.0.paths })
        while let orphan = unique.first(where: { !reached.contains($0) }) {
            let unit = sources.unit(root: orphan)
            results.append((unit, checkUnit(unit)))
            reached.insert(orphan)
            reached.formUnion(unit.paths)
        }
        var plans: [PlanCheck] = []
        var diagnostics: [Diagnostic] = []
        var files: [SyntaxTree] = []
        var seenFiles = Set<String>()
        for (unit, plan) in results {
            plans.append(plan)
            for tree in unit.trees where seenFiles.insert(tree.file.path).inserted {
                files.append(tree)
                // Syntax findings belong to the file, not the plan: report them once.
                diagnostics += tree.diagnostics
            }
            diagnostics += plan.diagnostics
        }
        return report(findings: diagnostics, trees: files, plans: plans)
    }

    /// The one way from raw findings to a report, for every front end: inline suppressions
    /// (W403 for stale ones), then the repository policy, then `finish`. `trees` are all
    /// files of the check, each once.
    package func report(findings: [Diagnostic], trees: [SyntaxTree], plans: [PlanCheck]) -> CheckReport {
        let (kept, silenced) = shown(findings, trees: trees)
        var report = finish(diagnostics: kept, files: Array(Set(trees.map(\.file.path))).sorted(), plans: plans)
        report.silenced = Set(silenced.map(\.site))
        return report
    }

    /// Findings as a check shows them: inline suppressions (W403 for stale ones), then the
    /// repository policy. `silenced` are the findings either dropped. A session's what-if
    /// filters its re-analysis here, as `coplan check` would.
    package func shown(_ findings: [Diagnostic], trees: [SyntaxTree]) -> (kept: [Diagnostic], silenced: [Diagnostic]) {
        let suppressed = Suppression.apply(findings, trees: trees)
        let policy = options.policy
        return (policy.apply(suppressed.kept), suppressed.silenced + suppressed.kept.filter(policy.silences))
    }

    /// 0, or 1 when the report fails under the policy (`RepositoryPolicy.exitCode(of:)`).
    package func exitCode(of report: CheckReport) -> Int32 {
        options.policy.exitCode(of: report)
    }

    /// Checks one unit: resolve, validate and (when asked) analyse; with `overlapping`,
    /// validation and analysis run side by side (`Options.overlapStages`).
    package func checkUnit(_ unit: Workspace.Unit, overlapping: Bool = false) -> PlanCheck {
        let (model, resolveDiagnostics) = Resolver.resolve(unit.trees)
        let withdrawn = Set(options.whatIf?.without.compactMap(model.partner(named:)) ?? [])
        let analyse: @Sendable () -> Analyzer.Result = { [options] in Analyzer.analyse(model, without: withdrawn, at: options.whatIf?.day) }
        var validation: [Diagnostic] = []
        var speculative: Analyzer.Result?
        let earlier = unit.diagnostics + resolveDiagnostics + unit.trees.flatMap(\.diagnostics)
        if overlapping, options.analyse, Self.coverageCanBeEvaluated(given: earlier) {
            (validation, speculative) = Parallel.both({ Validator.validate(model) }, analyse)
        } else {
            validation = Validator.validate(model)
        }
        var diagnostics = unit.diagnostics + resolveDiagnostics + validation
        var coverage: CoverageSummary?
        if options.analyse, Self.coverageCanBeEvaluated(given: earlier + validation) {
            let analysis = speculative ?? analyse()
            diagnostics += analysis.diagnostics
            coverage = analysis.summary
        }
        return PlanCheck(root: unit.root, model: model, diagnostics: diagnostics, coverage: coverage)
    }

    /// Coverage is evaluated only for a plan without errors: gaps computed on a model with a
    /// broken name or a missing period would be guesses, printed before the error that
    /// explains them. Every front end asks here.
    package static func coverageCanBeEvaluated(given findings: [Diagnostic]) -> Bool {
        errors(in: findings) == 0
    }

    /// Errors of the plan itself (before the policy raises any code), which hold coverage back.
    package static func errors(in findings: [Diagnostic]) -> Int {
        findings.count { $0.code.severity == .error }
    }


    /// Deduplicates, orders and limits findings per file.
    package func finish(diagnostics: [Diagnostic], files: [String], plans: [PlanCheck]) -> CheckReport {
        var seen = Set<Diagnostic>()
        let unique = diagnostics.filter { seen.insert($0).inserted }.sorted(by: Diagnostic.ordered)
        var shownPerFile: [String: Int] = [:]
        var hidden: [String: Int] = [:]
        var hiddenCounts: [Severity: Int] = [:]
        var hiddenFailing = 0
        var kept: [Diagnostic] = []
        for diagnostic in unique {
            let file = diagnostic.span?.file.path ?? ""
            if shownPerFile[file, default: 0] < options.maxDiagnosticsPerFile {
                shownPerFile[file, default: 0] += 1
                kept.append(diagnostic)
            } else {
                hidden[file, default: 0] += 1
                hiddenCounts[diagnostic.severity, default: 0] += 1
                if diagnostic.failsCheck { hiddenFailing += 1 }
            }
        }
        var report = CheckReport(files: files, diagnostics: kept, hidden: hidden,
                                 coverage: CoverageSummary.combined(plans.compactMap(\.coverage)), plans: plans)
        report.hiddenCounts = hiddenCounts
        report.hiddenFailing = hiddenFailing
        report.language = options.language.resolve(models: plans.map(\.model))
        return report
    }
}
