import ArgumentParser
import CoplanKit
import Foundation

/// `coplan check [PATH…]`: parse, resolve, validate and analyse plans; report findings.
/// With no path it checks the plan folders of the repository it stands in (`coplan.toml`).
struct CheckCommand: ParsableCommand {
    /// Computed: the help is in the language chosen before the arguments are parsed.
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "check",
        abstract: CLIHelp.checkAbstract.string,
        discussion: CLIHelp.checkDiscussion.string
    ) }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case human, json, sarif, junit, github
    }

    @Argument(help: CLIHelp.checkPaths.argument)
    var paths: [String] = []

    @Option(help: CLIHelp.checkFormat.argument)
    var format: Format = .human

    @Flag(inversion: .prefixedNo, help: CLIHelp.checkStrict.argument)
    var strict: Bool?

    @Flag(help: CLIHelp.redact.argument)
    var redact = false

    @Option(name: [.customShort("j"), .long], help: CLIHelp.checkJobs.argument)
    var jobs: Int?

    @OptionGroup var language: LanguageOptions

    func run() throws {
        let cwd = FileSystemProvider()
        let repository = try RepositoryContext.find(startingAt: paths.first.map { cwd.folder(of: $0) } ?? cwd.workingDirectory)
        if paths.isEmpty && repository.root == nil {
            throw CLIError.usage(.needPathsOrRepository)
        }
        let config = repository.config ?? RepositoryConfig()
        let languageChoice = try language.choice(config: repository.config)
        // Machine formats are read by CI services, which place files relative to the repository root.
        let provider = format.isMachineReadable && repository.root != nil
            ? FileSystemProvider(workingDirectory: repository.root!) : cwd
        let files: [String]
        if paths.isEmpty {
            let root = repository.root!
            for folder in config.plans where !FileManager.default.fileExists(atPath: root + "/" + folder) {
                throw CLIError.io(.planFolderMissing(folder: folder, root: cwd.displayPath(root)))
            }
            files = try provider.collectPlans(config.plans.map { root + "/" + $0 })
        } else {
            files = try cwd.collectPlans(paths)
        }
        var options = Checker.Options(policy: RepositoryPolicy(config: config, strict: strict))
        options.language = languageChoice
        if let jobs {
            guard jobs >= 1 else { throw CLIError.usage(.jobsAtLeastOne) }
            options.cores = jobs
        }
        let checker = Checker(options: options)
        let sources = SourceSet.load(files, provider: provider, cores: options.cores)
        let checked = checker.check(paths: files, sources: sources)
        let report = redact ? checked.redacted() : checked
        CLILanguage.follow(report)
        switch format {
        case .human: Terminal.write(HumanReport.render(report, colored: Terminal.colorEnabled))
        case .json: Terminal.write(report.json.serialized(pretty: true) + "\n")
        case .sarif:
            let root = repository.root.map { "file://" + SarifReport.percentEncoded($0) + "/" }
            Terminal.write(SarifReport.render(report, options: .init(toolVersion: Coplan.configuration.version, rootURI: root)).serialized(pretty: true) + "\n")
        case .junit: Terminal.write(JUnitReport.render(report, strict: options.policy.strict))
        case .github: Terminal.write(GitHubAnnotations.render(report))
        }
        Terminal.exit(checker.exitCode(of: report), keeping: sources, checked, report)
    }
}

extension CheckCommand.Format {
    var isMachineReadable: Bool { self == .sarif || self == .junit || self == .github }
}

/// The plan repository a command runs in: its root (nearest folder up holding `coplan.toml`
/// or `.git`) and its configuration, read and checked.
struct RepositoryContext {
    var root: String?
    var config: RepositoryConfig?

    static func find(startingAt folder: String) throws -> RepositoryContext {
        guard let start = FileSystemProvider.realpath(folder),
              let root = FileSystemProvider.enclosingRepository(of: start) else { return RepositoryContext() }
        let configPath = root + "/" + RepositoryConfig.fileName
        guard FileManager.default.fileExists(atPath: configPath) else { return RepositoryContext(root: root) }
        return RepositoryContext(root: root, config: try load(configPath))
    }

    /// Reads `coplan.toml`; any problem is printed located and ends the command (exit 2).
    static func load(_ path: String) throws -> RepositoryConfig {
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError.io(.cannotRead(path: path)) }
        let display = FileSystemProvider().displayPath(path)
        let (config, problems) = RepositoryConfig.parse(String(decoding: data, as: UTF8.self), path: display)
        guard problems.isEmpty else {
            // The file could not say its language: the choice without it.
            let renderer = DiagnosticRenderer(colored: Terminal.stderrColorEnabled, language: CLILanguage.current)
            FileHandle.standardError.write(Data(problems.map(renderer.render).joined(separator: "\n").utf8))
            throw ExitCode(2)
        }
        return config
    }
}
