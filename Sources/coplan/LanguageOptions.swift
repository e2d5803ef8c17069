import ArgumentParser
import CoplanKit
import Foundation

/// `--lang pl|en`, the same option on every command (docs/LANGUAGE.md §9). Parsed as text so
/// that a wrong value gets coplan's own usage error with a "did you mean", in the language
/// chosen without it.
struct LanguageOptions: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(
        CLIHelp.lang.string,
        valueName: "pl|en"))
    var lang: String?

    /// The choice for this command, given the repository's configuration (nil outside one).
    /// It also becomes the language of the command's own errors.
    func choice(config: RepositoryConfig?) throws -> LanguageChoice {
        let choice = LanguageChoice(flag: try CLILanguage.parse(lang, source: "--lang"), variables: CLILanguage.environment,
                                    configured: config?.writtenLanguage)
        CLILanguage.current = choice.beforePlans
        return choice
    }
}

/// The language of the command line's own messages, and the environment it is chosen from.
/// The library reads no environment; this is the one place the CLI does.
enum CLILanguage {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// What `CLIError` and other messages of the command itself are printed in: first from
    /// `--lang`, `COPLAN_LANG` and the locale (before arguments are parsed), then from a
    /// command's whole choice once it has read `coplan.toml` or checked plans.
    nonisolated(unsafe) static var current: Language = .en

    /// `pl`/`en` (and the spellings `Language(code:)` knows); nil when not given. Anything else
    /// is a usage error naming where it came from.
    static func parse(_ text: String?, source: String) throws -> Language? {
        guard let text else { return nil }
        if let language = Language(code: text) { return language }
        throw CLIError.usage(.unknownLanguage(text: text, source: "`\(source)`",
                                              suggestion: Suggestion.closest(to: text.lowercased(), preferred: ["pl", "en", "polski", "english"])))
    }

    /// Reads `--lang` from the raw arguments and `COPLAN_LANG` before ArgumentParser runs, so
    /// that even its errors are ours in the right language. Throws for a wrong value of either.
    static func prepare(arguments: [String]) throws {
        current = LanguageChoice(flag: nil, variables: environment, configured: nil).beforePlans
        let flag = try parse(flagValue(in: arguments), source: "--lang")
        _ = try parse(environment["COPLAN_LANG"].flatMap { $0.isEmpty ? nil : $0 }, source: "COPLAN_LANG")
        current = LanguageChoice(flag: flag, variables: environment, configured: nil).beforePlans
    }

    /// `--lang X` or `--lang=X`, the last one given (as ArgumentParser takes it).
    static func flagValue(in arguments: [String]) -> String? {
        var value: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.count {
                value = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
            }
            index += 1
        }
        return value
    }

    /// A command's report decided the language (plans' own `language`): later messages follow it.
    static func follow(_ report: CheckReport) {
        current = report.language
    }
}
