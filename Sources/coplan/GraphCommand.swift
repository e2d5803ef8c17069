import ArgumentParser
import CoplanKit
import Foundation

/// `coplan graph PLAN`: the partner–agreement graph as Graphviz DOT or Mermaid, on stdout.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print the partner–agreement graph as Graphviz DOT or Mermaid."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dot, mermaid
    }

    @Argument(help: "The plan file.")
    var plan: String

    @Option(help: "Output format: dot or mermaid.")
    var format: Format = .dot

    @OptionGroup var language: LanguageOptions

    func run() throws {
        let loaded = try PlanLoading.load(plan, language: language)
        let graph = PartnerGraph(model: loaded.model)
        Terminal.write(format == .dot ? graph.dot() : graph.mermaid())
    }
}
