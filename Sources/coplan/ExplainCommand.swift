import ArgumentParser
import CoplanKit
import Foundation

/// `coplan explain CODE [--lang pl|en]`: what a diagnostic code means, why it matters, a wrong
/// and a corrected example, and how to silence it.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a diagnostic code (E100–E307, W400–W405, G500–G505) with examples."
    )

    @Argument(help: "The code, e.g. E200.")
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
