import ArgumentParser
import CoplanKit
import Foundation

/// Loading one plan for commands that need a clean model (emit, graph): check it under the
/// repository's policy, and refuse with the errors shown (exit 1) when it has any.
enum PlanLoading {
    struct Loaded {
        var model: PlanModel
        var path: String
        var report: CheckReport
        var provider: FileSystemProvider
        /// The repository's `coplan.toml`, when it has one.
        var config: RepositoryConfig?
    }

    static func load(_ argument: String, analyse: Bool = false, language: LanguageOptions) throws -> Loaded {
        let provider = FileSystemProvider()
        let files = try provider.collectPlans([argument])
        guard files.count == 1, let path = files.first else {
            throw CLIError.usage(.onePlanFile(path: argument, count: files.count))
        }
        let config = try RepositoryContext.find(startingAt: PathMath.directory(of: path)).config
        var options = Checker.Options(policy: RepositoryPolicy(config: config ?? RepositoryConfig()))
        options.analyse = analyse
        options.language = try language.choice(config: config)
        let report = Checker(options: options).check(paths: [path], provider: provider)
        CLILanguage.follow(report)
        if report.errors > 0 {
            let renderer = DiagnosticRenderer(colored: Terminal.colorEnabled, language: report.language)
            let errors = report.diagnostics.filter { $0.severity == .error }
            FileHandle.standardError.write(Data((errors.map(renderer.render).joined(separator: "\n")
                + "\ncoplan: \(CLIMessage.planHasErrorsFixFirst(errors: report.errors).text[report.language])\n").utf8))
            throw ExitCode(1)
        }
        guard let model = report.plans.first?.model, model.plan != nil else {
            throw CLIError.usage(.holdsNoPlan(path: argument))
        }
        return Loaded(model: model, path: path, report: report, provider: provider, config: config)
    }
}
