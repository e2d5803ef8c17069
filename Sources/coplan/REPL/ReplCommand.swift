import ArgumentParser
import CoplanKit
import Foundation

/// `coplan repl [PLAN…]`: an interactive session on a terminal; with stdin not a terminal,
/// plain lines are read and run like a script, with no prompts (`coplan repl < script`).
struct ReplCommand: ParsableCommand {
    /// Computed: the help is in the language chosen before the arguments are parsed.
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "repl",
        abstract: CLIHelp.replAbstract.string
    ) }

    @Argument(help: CLIHelp.replPlans.argument)
    var plans: [String] = []

    @OptionGroup var language: LanguageOptions

    func run() throws {
        let provider = FileSystemProvider()
        var options = Session.Options()
        let interactive = isatty(STDIN_FILENO) == 1
        options.colored = interactive && Terminal.colorEnabled
        let config = try RepositoryContext.find(startingAt: plans.first.map(provider.folder(of:)) ?? provider.workingDirectory).config
        options.policy = RepositoryPolicy(config: config ?? RepositoryConfig())
        options.languageChoice = try language.choice(config: config)
        var session = Session(provider: provider, workingDirectory: provider.workingDirectory, options: options, templates: provider)
        for plan in plans {
            let reply = session.load(plan)
            if reply.status == .error { throw CLIError.rendered(reply.text) }
            Terminal.write(reply.text + "\n")
        }
        session.markBaseline()
        guard interactive else {
            var runner = ScriptRunner(session: session, path: "<stdin>")
            let host = StandardScriptHost()
            var number = 0
            while let line = readLine(strippingNewline: true) {
                number += 1
                runner.feed(line, number: number, host: host)
                if runner.isFinished { break }
            }
            runner.finish(host: host)
            throw ExitCode(runner.exitCode)
        }
        var repl = InteractiveREPL(session: session)
        throw ExitCode(repl.run())
    }
}

/// `coplan run SCRIPT`: runs a file of REPL lines; `:assert` failures exit 1 with `file:line`.
/// Relative paths in the script (`:load`, `:save`) start from the script's folder.
struct RunCommand: ParsableCommand {
    /// Computed: the help is in the language chosen before the arguments are parsed.
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "run",
        abstract: CLIHelp.runAbstract.string
    ) }

    @Argument(help: CLIHelp.runScript.argument)
    var script: String

    @OptionGroup var language: LanguageOptions

    func run() throws {
        let provider = FileSystemProvider()
        guard let canonical = provider.canonicalPath(script) else { throw CLIError.io(.noSuchFile(path: script)) }
        let text = String(decoding: try provider.read(canonical), as: UTF8.self)
        let folder = PathMath.directory(of: canonical)
        var options = Session.Options()
        let config = try RepositoryContext.find(startingAt: folder).config
        options.policy = RepositoryPolicy(config: config ?? RepositoryConfig())
        options.languageChoice = try language.choice(config: config)
        let session = Session(provider: provider, workingDirectory: folder, options: options, templates: provider)
        var runner = ScriptRunner(session: session, path: provider.displayPath(canonical))
        runner.timing = ProcessInfo.processInfo.environment["COPLAN_TIMING"] != nil
        runner.run(text: text, host: StandardScriptHost())
        throw ExitCode(runner.exitCode)
    }
}

/// Script output on stdout, located failures on stderr, writes through `AtomicFile`.
struct StandardScriptHost: ScriptHost {
    func show(_ text: String) { Terminal.write(text + "\n") }
    func fail(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }
    func write(_ text: String, to path: String) throws { try AtomicFile.write(text, to: path) }
}
