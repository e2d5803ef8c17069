import ArgumentParser
import CoplanKit
import Foundation

/// `coplan gaps PLAN…`: the coverage matrix, the gap list and the criticality ranking; with
/// `--without` as if partners withdrew, showing what newly breaks; with `--at` on one day.
/// Rendering lives in CoplanKit (`CoverageMatrix`); this command only reads files and prints.
struct GapsCommand: ParsableCommand {
    /// Computed: the help is in the language chosen before the arguments are parsed.
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "gaps",
        abstract: CLIHelp.gapsAbstract.string,
        discussion: CLIHelp.gapsDiscussion.string
    ) }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case human, json, markdown
    }

    @Argument(help: CLIHelp.gapsPaths.argument)
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp(CLIHelp.gapsWithout.string, valueName: "partner"))
    var without: [String] = []

    /// `--without a,b --without c` → a, b, c.
    var withdrawnNames: [String] {
        without.flatMap { $0.split(separator: ",").map { String($0.trimmingCharacters(in: .whitespaces)) } }.filter { !$0.isEmpty }
    }

    @Option(help: CLIHelp.gapsAt.argument)
    var at: String?

    @Option(help: CLIHelp.gapsFormat.argument)
    var format: Format = .human

    @Flag(help: CLIHelp.redact.argument)
    var redact = false

    @Flag(inversion: .prefixedNo, help: CLIHelp.gapsStrict.argument)
    var strict: Bool?

    @OptionGroup var language: LanguageOptions

    func run() throws {
        guard !paths.isEmpty else { throw CLIError.usage(.needPaths) }
        var day: Day?
        if let at {
            guard let parsed = Day(iso: at) else { throw CLIError.usage(.atNeedsCalendarDate(text: at)) }
            day = parsed
        }
        let provider = FileSystemProvider()
        let repository = try RepositoryContext.find(startingAt: provider.folder(of: paths[0]))
        let files = try provider.collectPlans(paths)
        // The report of the plans as shown (as written, or under the what-if) decides the exit code.
        var options = Checker.Options(policy: RepositoryPolicy(config: repository.config ?? RepositoryConfig(), strict: strict))
        if !withdrawnNames.isEmpty || day != nil { options.whatIf = .init(without: withdrawnNames, day: day) }
        options.language = try language.choice(config: repository.config)
        let checker = Checker(options: options)
        let report = checker.check(paths: files, provider: provider)
        CLILanguage.follow(report)

        // A withdrawn partner must exist in at least one plan; plans without it are analysed as written.
        for name in withdrawnNames where !report.plans.contains(where: { $0.model.partner(named: name) != nil }) {
            let known = Set(report.plans.flatMap { $0.model.partners.map(\.name) })
            let suggestion = Suggestion.closest(to: name, preferred: known.sorted())
            throw CLIError.usage(.noPartnerInPlans(name: name, plans: report.plans.count, suggestion: suggestion))
        }
        var matrices: [CoverageMatrix] = []
        for plan in report.plans {
            // As in `coplan check`: a plan with errors gets no coverage, only the note why.
            guard Checker.coverageCanBeEvaluated(given: plan.diagnostics) else {
                Terminal.error(.coverageWaitsRunCheck(file: plan.root, waits: ReportMessage.coverageWaits(errors: Checker.errors(in: plan.diagnostics)).text))
                continue
            }
            let model = redact ? plan.model.redacted() : plan.model
            let withdrawn = Set(withdrawnNames.compactMap(model.partner(named:)))
            matrices.append(CoverageMatrix(model: model, result: Analyzer.analyse(model, without: withdrawn, at: day), silenced: report.silenced))
        }

        switch format {
        case .human:
            let colored = Terminal.colorEnabled
            Terminal.write(matrices.map { $0.text(width: 80, colored: colored, language: report.language) }.joined(separator: "\n"))
        case .markdown:
            Terminal.write(matrices.map { $0.markdown(language: report.language) }.joined(separator: "\n"))
        case .json:
            let json = JSONValue.object([("version", .int(1)), ("plans", .array(matrices.map { $0.json(language: report.language) }))])
            Terminal.write(json.serialized(pretty: true) + "\n")
        }

        let errors = report.errors
        if errors > 0 {
            Terminal.error(.errorsInPlans(errors: errors, plans: report.plans.count))
            throw ExitCode(1)
        }
        throw ExitCode(checker.exitCode(of: report))
    }
}
