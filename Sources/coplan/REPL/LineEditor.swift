import CEditLine
import CoplanKit
import Foundation

/// libedit behind a small Swift API: a prompt, TAB completion through a closure, persistent
/// bounded history, and a read that tells a typed line from Ctrl-C and Ctrl-D.
///
/// The C callbacks cannot capture, so the editor passes itself through `EL_CLIENTDATA`.
final class LineEditor {
    enum Input {
        case line(String)
        /// Ctrl-C: drop what was typed.
        case interrupted
        /// Ctrl-D on an empty line, or the end of input.
        case endOfFile
    }

    private var editLine: OpaquePointer?
    private var history: OpaquePointer?
    private let historyPath: String?
    private var promptBuffer: UnsafeMutablePointer<CChar>
    /// Completes the text before the cursor.
    var completer: ((String) -> Completion)?

    /// Entries kept in the history file.
    static let historySize: Int32 = 1000

    var prompt: String = "> " {
        didSet {
            free(promptBuffer)
            promptBuffer = strdup(prompt)
        }
    }

    init(historyPath: String?) {
        self.historyPath = historyPath
        promptBuffer = strdup("> ")
        history = coplan_history_create(Self.historySize)
        if let history, let historyPath { _ = coplan_history_load(history, historyPath) }
        let context = Unmanaged.passUnretained(self).toOpaque()
        editLine = coplan_el_create("coplan", context, { editLine in
            guard let editLine, let context = coplan_el_context(editLine) else { return nil }
            return Unmanaged<LineEditor>.fromOpaque(context).takeUnretainedValue().promptBuffer
        }, { editLine, _ in
            guard let editLine, let context = coplan_el_context(editLine) else { return UInt8(CC_ERROR) }
            return Unmanaged<LineEditor>.fromOpaque(context).takeUnretainedValue().complete(editLine)
        }, history)
    }

    deinit {
        if let editLine { el_end(editLine) }
        if let history { history_end(history) }
        free(promptBuffer)
    }

    /// The history file: `$COPLAN_HISTORY`, else `~/.coplan_history`.
    static var defaultHistoryPath: String? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["COPLAN_HISTORY"], !path.isEmpty { return path }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.coplan_history"
    }

    /// Ctrl-C sets a flag (in the C shim) instead of ending the process.
    static func installInterruptHandler() {
        coplan_install_sigint()
    }

    /// Whether Ctrl-C was pressed since the last call (clears it).
    static func takeInterrupt() -> Bool {
        coplan_take_interrupt() != 0
    }

    func read() -> Input {
        _ = coplan_take_interrupt()
        var count: Int32 = 0
        guard let editLine, let text = el_gets(editLine, &count) else {
            if coplan_take_interrupt() != 0 { return .interrupted }
            return .endOfFile
        }
        var line = String(cString: text)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// Adds a line to the history and saves the file at once, so a crash loses nothing.
    func remember(_ line: String) {
        guard let history, !line.trimmingBlanks.isEmpty else { return }
        _ = coplan_history_enter(history, line)
        if let historyPath { _ = coplan_history_save(history, historyPath) }
    }

    private func complete(_ editLine: OpaquePointer) -> UInt8 {
        guard let completer, let info = el_line(editLine) else { return UInt8(CC_REFRESH_BEEP) }
        let start = UnsafeRawPointer(info.pointee.buffer!)
        let length = UnsafeRawPointer(info.pointee.cursor!) - start
        let line = String(decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
        let completion = completer(line)
        guard !completion.candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        let insertion = completion.insertion
        if !insertion.isEmpty {
            el_insertstr(editLine, insertion)
            return UInt8(CC_REFRESH)
        }
        // Several candidates and nothing in common to add: list them under the line.
        Terminal.write("\n" + Self.columns(completion.candidates) + "\n")
        return UInt8(CC_REDISPLAY)
    }

    /// Candidates in columns across an 80-column screen (at most 60 shown).
    static func columns(_ words: [String]) -> String {
        let shown = Array(words.prefix(60))
        let width = (shown.map(\.count).max() ?? 0) + 2
        let perLine = max(1, 80 / width)
        var lines: [String] = []
        for start in stride(from: 0, to: shown.count, by: perLine) {
            lines.append(shown[start..<min(shown.count, start + perLine)]
                .map { $0 + String(repeating: " ", count: width - $0.count) }.joined().trimmingBlanks)
        }
        if words.count > shown.count { lines.append(SessionMessage.moreCandidates(count: words.count - shown.count).text[CLILanguage.current]) }
        return lines.joined(separator: "\n")
    }
}
