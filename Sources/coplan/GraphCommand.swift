import ArgumentParser
import CoplanKit
import Foundation

/// `coplan graph PLAN`: the partner–agreement graph as Graphviz DOT or Mermaid, on stdout.
struct GraphCommand: ParsableCommand {
    /// Computed: the help is in the language chosen before the arguments are parsed.
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "graph",
        abstract: CLIHelp.graphAbstract.string
    ) }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dot, mermaid
    }

    @Argument(help: CLIHelp.planFile.argument)
    var plan: String

    @Option(help: CLIHelp.graphFormat.argument)
    var format: Format = .dot

    @OptionGroup var language: LanguageOptions

    func run() throws {
        let loaded = try PlanLoading.load(plan, language: language)
        let graph = PartnerGraph(model: loaded.model)
        Terminal.write(format == .dot ? graph.dot() : graph.mermaid())
    }
}
