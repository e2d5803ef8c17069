import ArgumentParser
import CoplanKit
import Foundation

@main
struct Coplan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coplan",
        abstract: "Check, analyse and document local cooperation plans (.plan files).",
        version: "0.1.0",
        subcommands: [CheckCommand.self, GapsCommand.self, EmitCommand.self, GraphCommand.self,
                      FmtCommand.self, ReplCommand.self, RunCommand.self, DiffCommand.self, LSPCommand.self,
                      TemplateCommand.self, ExplainCommand.self]
    )

    /// Exit codes are a contract (0 ok, 1 plan has errors, 2 usage or I/O error), so argument
    /// errors must exit 2 rather than ArgumentParser's default 64.
    static func main() {
        if let problem = unknownSubcommand(Array(CommandLine.arguments.dropFirst())) {
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
                Terminal.write(fullMessage(for: error) + "\n")
                Foundation.exit(0)
            }
            Terminal.error(message(for: error))
            Foundation.exit(2)
        }
    }

    /// `coplan chek …`: ArgumentParser would report "2 unexpected arguments"; say instead which
    /// command is unknown and which one was probably meant.
    static func unknownSubcommand(_ arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), first != "help" else { return nil }
        let names = configuration.subcommands.map { $0.configuration.commandName ?? "" }
        guard !names.contains(first) else { return nil }
        let list = names.map { "`\($0)`" }.joined(separator: ", ")
        return "unknown command `\(first)`" + (Suggestion.closest(to: first, preferred: names).map { "; did you mean `\($0)`?" } ?? "")
            + "\n  commands: " + list
    }
}
