import ArgumentParser
import CoplanKit
import Foundation

/// `coplan check PATH…`: parse, resolve, validate and analyse plans; report findings.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check plan files or folders and report errors, warnings and gaps."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case human, json
    }

    @Argument(help: "Plan files or folders (searched recursively for *.plan).")
    var paths: [String] = []

    @Option(help: "Output format: human or json.")
    var format: Format = .human

    @Flag(help: "Treat warnings and gaps as failures (exit 1).")
    var strict = false

    func run() throws {
        let provider = FileSystemProvider()
        guard !paths.isEmpty else { throw CLIError.usage("give one or more plan files or folders") }
        let files = try provider.collectPlans(paths)
        let report = Checker().check(paths: files, provider: provider)
        switch format {
        case .human: Terminal.write(HumanReport.render(report, colored: Terminal.colorEnabled))
        case .json: Terminal.write(report.json.serialized(pretty: true) + "\n")
        }
        throw ExitCode(report.exitCode(strict: strict))
    }
}
