import CoplanKit
import Foundation

/// Output helpers for the CLI: colour only on a terminal without `NO_COLOR`, and writes to
/// standard error.
enum Terminal {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    static var colorEnabled: Bool {
        stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static var stderrColorEnabled: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("coplan: " + message + "\n").utf8))
    }

    /// A message of the command's own catalog, in the command's language.
    static func error(_ message: CLIMessage) {
        error(message.text[CLILanguage.current])
    }

    /// A located problem (template, agreement name) rendered in the command's language.
    static func problem(_ problem: LocatedProblem) {
        let rendered = DiagnosticRenderer(colored: false, language: CLILanguage.current).render(problem)
        error(String(rendered.dropLast()))
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Ends the process with `code` while `values` are still alive, so that their memory goes
    /// back to the system at once instead of node by node: freeing a large plan's syntax trees
    /// and report was a tenth of a whole `check`. Output is written unbuffered (`write`).
    static func exit(_ code: Int32, keeping values: Any...) -> Never {
        withExtendedLifetime(values) { Foundation.exit(code) }
    }
}
