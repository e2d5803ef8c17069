import ArgumentParser
import CoplanKit
import Foundation

/// `coplan explain CODE [--lang pl|en]`: what a diagnostic code means, why it matters, a wrong
/// and a corrected example, and how to silence it.
struct ExplainCommand: ParsableCommand {
    /// Computed: the help is in the language chosen before the arguments are parsed.
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "explain",
        abstract: CLIHelp.explainAbstract.string
    ) }

    @Argument(help: CLIHelp.explainCode.argument)
    var code: String

    @OptionGroup var language: LanguageOptions

    func run() throws {
        // No plan is read: `--lang`, COPLAN_LANG, the repository's coplan.toml, the locale.
        let cwd = FileSystemProvider()
        let config = try RepositoryContext.find(startingAt: cwd.workingDirectory).config
        let chosen = try language.choice(config: config).beforePlans
        guard let explanation = CodeExplanation(code: code) else {
            let names = DiagnosticCode.allCases.map(\.rawValue)
            throw CLIError.usage(.unknownCode(code: code, suggestion: Suggestion.closest(to: code.uppercased(), preferred: names)))
        }
        Terminal.write(explanation.render(language: chosen))
    }
}
