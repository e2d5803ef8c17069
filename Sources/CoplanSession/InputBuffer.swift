import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
import CoplanFormat
import CoplanEmit
/// Gathers typed lines into entries: a `:command` is one line; plan text continues while a
/// `{` (or a `"""` text block) is open, so a declaration can be typed over several lines.
/// Shared by the REPL (which shows `...> ` while `isContinuing`) and scripts.
package struct InputBuffer: Sendable {
    package enum Entry: Sendable, Equatable {
        /// A command line and its 1-based line number.
        case command(String, line: Int)
        /// Plan text and the line number of its first line.
        case planText(String, firstLine: Int)
    }

    private var lines: [String] = []
    private var firstLine = 0

    package init() {}

    /// Whether earlier lines wait for more (a `{` is still open).
    package var isContinuing: Bool { !lines.isEmpty }

    /// The lines typed so far for the pending entry (completion reads them for context).
    package var pending: [String] { lines }

    /// Adds a line; returns an entry once one is complete. Blank and comment-only lines
    /// outside a declaration (and a `#!` first line) give nothing.
    package mutating func add(_ line: String, number: Int) -> Entry? {
        if lines.isEmpty {
            let text = line.trimmingBlanks
            if text.isEmpty || text.hasPrefix("#") { return nil }
            if text.hasPrefix(":") { return .command(text, line: number) }
            firstLine = number
        }
        lines.append(line)
        let joined = lines.joined(separator: "\n")
        guard Self.isComplete(joined) else { return nil }
        lines = []
        return .planText(joined, firstLine: firstLine)
    }

    /// Ends the pending entry early: what was typed so far, even with a `{` open (end of a
    /// script). nil when nothing is pending.
    package mutating func flush() -> Entry? {
        guard !lines.isEmpty else { return nil }
        defer { lines = [] }
        return .planText(lines.joined(separator: "\n"), firstLine: firstLine)
    }

    /// Drops the pending lines (Ctrl-C).
    package mutating func cancel() {
        lines = []
    }

    /// Whether every `{` is closed and no text block is open. Strings end at the line end
    /// (an unterminated one is the parser's error to report); comments are skipped.
    package static func isComplete(_ text: String) -> Bool {
        var depth = 0
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "#"):
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            case UInt8(ascii: "\""):
                if index + 2 < bytes.count, bytes[index + 1] == 0x22, bytes[index + 2] == 0x22 {
                    index += 3
                    var closed = false
                    while index < bytes.count {
                        if bytes[index] == 0x5C { index += 2; continue }
                        if index + 2 < bytes.count, bytes[index] == 0x22, bytes[index + 1] == 0x22, bytes[index + 2] == 0x22 {
                            index += 3
                            closed = true
                            break
                        }
                        index += 1
                    }
                    if !closed { return false }
                    continue
                }
                index += 1
                while index < bytes.count, bytes[index] != 0x22, bytes[index] != 0x0A {
                    if bytes[index] == 0x5C { index += 1 }
                    index += 1
                }
                index += 1
            case UInt8(ascii: "{"):
                depth += 1
                index += 1
            case UInt8(ascii: "}"):
                depth -= 1
                index += 1
            default:
                index += 1
            }
        }
        return depth <= 0
    }
}
