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

    @Option(help: "Language of the explanation: pl or en (default: COPLAN_LANG, then the locale).")
    var lang: String?

    func run() throws {
        let language: Language
        if let lang {
            guard let chosen = Language(rawValue: lang.lowercased()) else {
                throw CLIError.usage("unknown language `\(lang)`: use `pl` or `en`")
            }
            language = chosen
        } else {
            language = Self.defaultLanguage(ProcessInfo.processInfo.environment)
        }
        guard let explanation = CodeExplanation(code: code) else {
            let names = DiagnosticCode.allCases.map(\.rawValue)
            let suggestion = Suggestion.closest(to: code.uppercased(), preferred: names)
            throw CLIError.usage("unknown code `\(code)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? "")
                           + "\n  codes: E100–E102, E200–E203, E300–E307, W400–W405, G500–G505")
        }
        Terminal.write(explanation.render(language: language))
    }

    /// `COPLAN_LANG`, else the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set: `pl…` is Polish.
    static func defaultLanguage(_ environment: [String: String]) -> Language {
        if let chosen = environment["COPLAN_LANG"].flatMap({ Language(rawValue: $0.lowercased()) }) {
            return chosen
        }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("pl") ? .pl : .en
            }
        }
        return .en
    }
}
