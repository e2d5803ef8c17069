import ArgumentParser
import CoplanKit
import CoplanLSP
import Foundation

/// `coplan lsp`: the language server over stdio. The library does the protocol; this file only
/// wires standard input and output (messages) and standard error (the log) to it.
struct LSPCommand: ParsableCommand {
    /// Computed: the help is in the language chosen before the arguments are parsed.
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "lsp",
        abstract: CLIHelp.lspAbstract.string
    ) }

    @Option(name: .customLong("debounce-ms"), help: CLIHelp.lspDebounce.argument)
    var debounceMilliseconds = 150

    @Option(help: ArgumentHelp(CLIHelp.lspToday.string, visibility: .hidden))
    var today: String?

    @Option(name: .customLong("docs-url"), help: ArgumentHelp(CLIHelp.lspDocsURL.string, valueName: "url"))
    var docsURL: String?

    @OptionGroup var language: LanguageOptions

    func run() throws {
        var options = LanguageServer.Options()
        options.debounce = .milliseconds(max(0, debounceMilliseconds))
        options.codeDocumentation = docsURL ?? Self.languageReference()
        // Each repository's coplan.toml is read by the server itself, per check.
        options.languageChoice = try language.choice(config: nil)
        if let today {
            guard let day = Day(iso: today) else { throw CLIError.usage(.todayNeedsDate(text: today)) }
            options.today = day
        }
        let log: @Sendable (String) -> Void = { line in FileHandle.standardError.write(Data(("coplan lsp: " + line + "\n").utf8)) }
        let transport = Transport(read: Self.readStandardInput, write: Self.writeStandardOutput, log: log)
        let server = LanguageServer(provider: FileSystemProvider(), options: options, send: transport.send, log: log,
                                    exit: { code in Foundation.exit(code) })
        transport.run(server.receive)
        // End of input without `exit`: finish what was queued, then stop.
        server.drain()
        Foundation.exit(0)
    }

    /// `docs/LANGUAGE.md` of the checkout this executable was built in (`.build/…/coplan`), as
    /// a file URL; nil for an installed copy with no reference beside it.
    static func languageReference() -> String? {
        guard var folder = (FileSystemProvider.realpath("/proc/self/exe") ?? FileSystemProvider.realpath(CommandLine.arguments[0])).map(PathMath.directory(of:)) else { return nil }
        while folder != "/" && !folder.isEmpty {
            let candidate = folder + "/docs/LANGUAGE.md"
            if FileManager.default.fileExists(atPath: candidate) { return "file://" + SarifReport.percentEncoded(candidate) + "#5-checks-and-their-codes" }
            folder = PathMath.directory(of: folder)
        }
        return nil
    }

    @Sendable static func readStandardInput() -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count > 0 { return Array(buffer[..<count]) }
            if count < 0, errno == EINTR { continue }
            return nil
        }
    }

    @Sendable static func writeStandardOutput(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Foundation.write(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}
