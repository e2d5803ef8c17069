/// Runs the whole pipeline over files: load (parse + imports) → resolve → validate → analyse,
/// and gathers one deterministic `CheckReport`.
public struct Checker: Sendable {
    public struct Options: Sendable {
        /// Findings shown per file before "N more not shown".
        public var maxDiagnosticsPerFile = 200
        /// Run the coverage evaluator (gaps G5xx and the `coverage` summary).
        public var analyse = true

        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Checks the given canonical paths. Files that another given file imports are checked as
    /// part of that plan rather than on their own (a shared registry needs no `plan`).
    public func check(paths: [String], provider: any SourceProvider) -> CheckReport {
        let workspace = Workspace(provider: provider)
        let unique = Array(Set(paths)).sorted()
        var imported = Set<String>()
        for path in unique {
            let root = provider.repositoryRoot(containing: path)
            imported.formUnion(workspace.importTargets(of: path, root: root))
        }
        var pending = unique.filter { !imported.contains($0) }
        var plans: [PlanCheck] = []
        var diagnostics: [Diagnostic] = []
        var files = Set<String>()
        var parsed = Set<String>()
        var reached = Set<String>()
        var next = 0
        while true {
            if next == pending.count {
                // Files only reachable through an import cycle have no root: check them as roots.
                guard let orphan = unique.first(where: { !reached.contains($0) }) else { break }
                pending.append(orphan)
            }
            let root = pending[next]
            next += 1
            let unit = workspace.load(root: root)
            let plan = checkUnit(unit)
            plans.append(plan)
            reached.insert(root)
            reached.formUnion(unit.paths)
            for tree in unit.trees {
                files.insert(tree.file.path)
                // Syntax findings belong to the file, not the plan: report them once.
                if parsed.insert(tree.file.path).inserted { diagnostics += tree.diagnostics }
            }
            diagnostics += plan.diagnostics
        }
        return finish(diagnostics: diagnostics, files: files.sorted(), plans: plans)
    }

    /// Checks one unit: resolve, validate and (when asked) analyse.
    public func checkUnit(_ unit: Workspace.Unit) -> PlanCheck {
        let (model, resolveDiagnostics) = Resolver.resolve(unit.trees)
        var diagnostics = unit.diagnostics + resolveDiagnostics + Validator.validate(model)
        var coverage: CoverageSummary?
        if options.analyse {
            let analysis = Analyzer.analyse(model)
            diagnostics += analysis.diagnostics
            coverage = analysis.summary
        }
        return PlanCheck(root: unit.root, model: model, diagnostics: diagnostics, coverage: coverage)
    }

    /// Deduplicates, orders and limits findings per file.
    public func finish(diagnostics: [Diagnostic], files: [String], plans: [PlanCheck]) -> CheckReport {
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
        return report
    }
}
