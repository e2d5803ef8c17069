import ArgumentParser
import CoplanKit
import Foundation

@main
struct Coplan: ParsableCommand {
    /// Computed: the help is in the language chosen before the arguments are parsed.
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "coplan",
        abstract: CLIHelp.coplanAbstract.string,
        version: "0.1.0",
        subcommands: [CheckCommand.self, GapsCommand.self, EmitCommand.self, GraphCommand.self,
                      FmtCommand.self, ReplCommand.self, RunCommand.self, DiffCommand.self, LSPCommand.self,
                      TemplateCommand.self, ExplainCommand.self]
    ) }

    /// Exit codes are a contract (0 ok, 1 plan has errors, 2 usage or I/O error), so argument
    /// errors must exit 2 rather than ArgumentParser's default 64.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            try CLILanguage.prepare(arguments: arguments)
        } catch {
            Terminal.error("\(error)")
            Foundation.exit(2)
        }
        if let problem = unknownSubcommand(arguments) {
            Terminal.error(problem)
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let error as CLIError {
            Terminal.error(error.description)
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Terminal.write(localisedHelp(fullMessage(for: error)) + "\n")
                Foundation.exit(0)
            }
            let text = message(for: error)
            Terminal.error(unknownOption(in: arguments, message: text) ?? parserMessage(text)?.text[CLILanguage.current] ?? text)
            Foundation.exit(2)
        }
    }

    /// `coplan chek …`: ArgumentParser would report "2 unexpected arguments"; say instead which
    /// command is unknown and which one was probably meant.
    static func unknownSubcommand(_ arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), first != "help" else { return nil }
        let names = configuration.subcommands.map { $0.configuration.commandName ?? "" }
        guard !names.contains(first) else { return nil }
        return CLIMessage.unknownCommand(word: first, suggestion: Suggestion.closest(to: first, preferred: names), commands: names)
            .text[CLILanguage.current]
    }

    /// The argument parser's own words in `--help` (headings, its built-in options), in the
    /// command's language; our texts are already in it (`CLIHelp`). English is left as printed.
    static func localisedHelp(_ help: String) -> String {
        guard CLILanguage.current == .pl else { return help }
        var text = help
        for (english, polish) in [("OVERVIEW: ", "OPIS: "), ("USAGE: ", "UŻYCIE: "), ("ARGUMENTS:\n", "ARGUMENTY:\n"),
                                  ("OPTIONS:\n", "OPCJE:\n"), ("SUBCOMMANDS:\n", "POLECENIA:\n"),
                                  ("Show the version.", "Pokaż wersję."), ("Show subcommand help information.", "Pokaż pomoc polecenia."),
                                  ("Show help information.", "Pokaż pomoc."),
                                  ("See 'coplan help <subcommand>' for detailed help.", "Szczegóły: 'coplan help <polecenie>'.")] {
            text = text.replacing(english, with: polish)
        }
        return text.replacing(/\(values:/, with: "(wartości:").replacing(/\bdefault:/, with: "domyślnie:")
    }

    /// The argument parser's usual errors as coplan's own sentences (with a "did you mean" for
    /// a value of the wrong kind); nil for any other, which is printed as the parser says it.
    static func parserMessage(_ text: String) -> CLIMessage? {
        if let match = text.wholeMatch(of: /Missing expected argument '(.+)'/) {
            return .missingArgument(name: String(match.1))
        }
        if let match = text.wholeMatch(of: /Missing value for '(\S+)(?: <.+>)?'/) {
            return .missingValue(option: String(match.1))
        }
        if let match = text.wholeMatch(of: /Unexpected argument '(.+)'/) {
            return .unexpectedArgument(text: String(match.1))
        }
        if let match = text.wholeMatch(of: /The value '(.*)' is invalid for '(\S+)(?: <.+>)?'(?:\. Please provide one of (.+)\.)?/) {
            let values = match.3.map { list in list.split(separator: "'", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) } } ?? []
            let value = String(match.1)
            return .invalidValue(value: value, option: String(match.2), values: values,
                                 suggestion: values.isEmpty ? nil : Suggestion.closest(to: value, preferred: values))
        }
        return nil
    }

    /// `coplan check --formt json`: ArgumentParser says "Unknown option '--formt'" in English
    /// with no suggestion; say it in the command's language with the option probably meant
    /// (the options are read from the command's own help, so they are never out of date).
    static func unknownOption(in arguments: [String], message: String) -> String? {
        guard let start = message.range(of: "Unknown option '"),
              let end = message[start.upperBound...].firstIndex(of: "'") else { return nil }
        let option = String(message[start.upperBound..<end])
        guard let name = arguments.first,
              let command = configuration.subcommands.first(where: { $0.configuration.commandName == name }) else { return nil }
        let help = command.helpMessage(columns: 200)
        let known = Set(help.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") })
            .map(String.init).filter { $0.hasPrefix("--") && $0.count > 2 })
        let suggestion = Suggestion.closest(to: option.split(separator: "=").first.map(String.init) ?? option, preferred: known.sorted())
        return CLIMessage.unknownOption(option: option, command: name, suggestion: suggestion).text[CLILanguage.current]
    }
}
