import CoplanKit

/// Re-checking open documents through the pipeline: one check per repository root (each has its
/// own `coplan.toml`), over every open plan of that repository, so that a change to a shared
/// registry re-checks the plans that import it.
extension LanguageServer {
    func checkDirty() {
        let roots = dirtyRoots.sorted()
        dirtyRoots.removeAll()
        for root in roots { check(repository: root) }
    }

    /// The overlay every check reads through: open buffers, then disk.
    var overlay: OverlayProvider {
        OverlayProvider(base: base, buffers: Dictionary(documents.values.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a }))
    }

    func check(repository root: String) {
        let provider = overlay
        let open = documents.values.filter { base.repositoryRoot(containing: $0.path) == root }.sorted { $0.path < $1.path }
        let paths = Array(Set(open.map(\.path))).sorted()
        guard !paths.isEmpty else { return }
        var options = Checker.Options()
        options.cores = self.options.cores
        // Someone waits on every change: use a spare core for it.
        options.overlapStages = true
        let config = repositoryConfig(root: root, provider: provider)
        options.allow = config.allow
        options.deny = config.deny
        options.language = languageChoice
        options.language.configured = config.writtenLanguage
        let checker = Checker(options: options)
        let sources = SourceSet.load(paths, provider: provider, cores: options.cores)
        let report = checker.check(paths: paths, sources: sources)
        let unlocated = report.diagnostics.filter { $0.span == nil }
        var byFile: [String: [Diagnostic]] = [:]
        for diagnostic in report.diagnostics {
            guard let span = diagnostic.span else { continue }
            byFile[span.file.path, default: []].append(diagnostic)
        }
        for document in open {
            guard let tree = sources.tree(document.path) else { continue }
            let plan = report.plans.first { $0.root == document.path }
                ?? report.plans.first { $0.model.files.contains { $0.path == document.path } }
            var diagnostics = byFile[document.path] ?? []
            if plan?.root == document.path { diagnostics += unlocated }
            let unitTrees = (plan?.model.files ?? []).compactMap { sources.tree($0.path) }
            let analysis = FileAnalysis(bytes: document.bytes, tree: tree, plan: plan, diagnostics: diagnostics,
                                        unitTrees: unitTrees.isEmpty ? [tree] : unitTrees, language: report.language)
            publish(uri: document.uri, diagnostics: diagnostics.map { lspDiagnostic($0, in: tree.file, language: report.language) },
                    version: document.version)
            // Stored after publishing: freeing the previous model of a large plan took 3 % of
            // the time from a change to its findings.
            analyses[document.path] = analysis
        }
    }

    /// The repository's `coplan.toml` (an open buffer of it counts); with problems, the
    /// defaults, and the problems logged: a broken configuration must not hide the plans' findings.
    func repositoryConfig(root: String, provider: OverlayProvider) -> RepositoryConfig {
        guard let path = provider.canonicalPath(root + "/" + RepositoryConfig.fileName),
              let bytes = try? provider.read(path) else { return RepositoryConfig() }
        let (config, problems) = RepositoryConfig.parse(String(decoding: bytes, as: UTF8.self), path: path)
        for problem in problems { log("\(path): \(problem.message[language])") }
        return problems.isEmpty ? config : RepositoryConfig()
    }
}
