import ArgumentParser
import CoplanKit
import Foundation

/// `coplan fmt [--check] PATH…`: rewrite plans in canonical form, or list those that would change.
struct FmtCommand: ParsableCommand {
    /// Computed: the help is in the language chosen before the arguments are parsed.
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "fmt",
        abstract: CLIHelp.fmtAbstract.string
    ) }

    @Argument(help: CLIHelp.fmtPaths.argument)
    var paths: [String] = []

    @Flag(help: CLIHelp.fmtCheck.argument)
    var check = false

    @OptionGroup var language: LanguageOptions

    func run() throws {
        let provider = FileSystemProvider()
        let files: [String]
        if paths.isEmpty {
            // Like `coplan check`: inside a plan repository, the folders its configuration lists.
            let repository = try RepositoryContext.find(startingAt: provider.workingDirectory)
            _ = try language.choice(config: repository.config)
            guard let root = repository.root else {
                throw CLIError.usage(.needPathsOrRepository)
            }
            let config = repository.config ?? RepositoryConfig()
            files = try provider.collectPlans(config.plans.map { root + "/" + $0 })
        } else {
            _ = try language.choice(config: try RepositoryContext.find(startingAt: provider.folder(of: paths[0])).config)
            files = try provider.collectPlans(paths)
        }
        let formatter = PlanFormatter()
        let renderer = DiagnosticRenderer(colored: Terminal.colorEnabled, language: CLILanguage.current)
        var failed = false
        var changed: [String] = []
        for path in files {
            let shown = provider.displayPath(path)
            let bytes = try provider.read(path)
            let file = SourceFile(path: shown, bytes: bytes)
            let formatted: String
            do {
                formatted = try formatter.format(file)
            } catch {
                failed = true
                Terminal.write(renderer.render(error.diagnostics) + "\n")
                Terminal.error(.notFormattedSyntaxErrors(path: shown))
                continue
            }
            guard Array(formatted.utf8) != bytes else { continue }
            changed.append(shown)
            if check {
                Terminal.write(shown + "\n")
            } else {
                try AtomicFile.write(formatted, to: path)
                Terminal.write(CLIMessage.formatted(path: shown).text[CLILanguage.current] + "\n")
            }
        }
        if check, !changed.isEmpty {
            Terminal.error(.wouldBeReformatted(count: changed.count))
            failed = true
        }
        if failed { throw ExitCode(1) }
    }
}
