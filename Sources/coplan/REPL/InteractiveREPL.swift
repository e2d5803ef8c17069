import CoplanKit
import Foundation

/// The interactive REPL on a terminal: reads entries with libedit, runs each on a copy of the
/// session in a worker thread so that Ctrl-C can abandon it at once (the session stays as it
/// was), prints replies, and carries out their effects (writing files, quitting).
struct InteractiveREPL {
    var session: Session
    let editor = LineEditor(historyPath: LineEditor.defaultHistoryPath)
    var buffer = InputBuffer()
    let timing = ProcessInfo.processInfo.environment["COPLAN_TIMING"] != nil
    let journal = JournalFile.defaultFolder.map(JournalFile.init(folder:))
    /// The key the journal was last written under (it follows `:save FILE`).
    var journalKey: String

    init(session: Session) {
        self.session = session
        journalKey = session.journalKey
    }

    mutating func run() -> Int32 {
        LineEditor.installInterruptHandler()
        Terminal.write(SessionMessage.banner.text[session.language] + "\n")
        recover()
        var lineNumber = 0
        while true {
            // What the front end says itself (completion lists) follows the session's language.
            CLILanguage.current = session.language
            editor.prompt = buffer.isContinuing ? "...> " : session.prompt
            let snapshot = session, pending = buffer.pending
            editor.completer = { line in snapshot.complete(line, pending: pending, paths: PathLister.candidates) }
            switch editor.read() {
            case .interrupted:
                // A cancelled entry is not remembered: Up recalls what was run.
                Terminal.write("^C\n")
                buffer.cancel()
            case .endOfFile:
                Terminal.write("\n")
                if buffer.isContinuing {
                    buffer.cancel()
                    continue
                }
                if handle(session.quit()) {
                    journal?.remove(key: journalKey)
                    return 0
                }
            case .line(let typed):
                // A recalled entry holding a text block comes back with its line ends.
                for line in typed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
                    lineNumber += 1
                    guard let entry = buffer.add(line, number: lineNumber) else { continue }
                    // The whole entry is one history item, so Up recalls a declaration whole.
                    editor.remember(entry.historyLine)
                    let before = session.revision
                    guard let (next, reply) = runCancellable(entry) else {
                        Terminal.write("\n" + SessionMessage.cancelled.text[session.language] + "\n")
                        continue
                    }
                    session = next
                    if session.revision != before { journalChange(entry) }
                    if handle(reply) {
                        journal?.remove(key: journalKey)
                        return 0
                    }
                }
            }
        }
    }

    /// Replays what an interrupted session of the same plan left unsaved.
    mutating func recover() {
        guard let journal else { return }
        let entries = journal.recover(key: journalKey)
        guard !entries.isEmpty else { return }
        for entry in entries { _ = session.run(entry) }
        Terminal.write(SessionMessage.recovered(entries: entries.count).text[session.language] + "\n")
    }

    /// Keeps the journal in step after an entry that changed the plan: appended while changes
    /// are unsaved, removed once none are.
    mutating func journalChange(_ entry: InputBuffer.Entry) {
        guard let journal else { return }
        if session.isDirty {
            journal.append(entry, key: journalKey)
        } else {
            journal.remove(key: journalKey)
        }
    }

    /// Runs an entry on a worker thread; nil when Ctrl-C came first.
    func runCancellable(_ entry: InputBuffer.Entry) -> (Session, SessionReply)? {
        final class Outcome: @unchecked Sendable {
            var value: (Session, SessionReply)?
        }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let start = ContinuousClock.now
        _ = LineEditor.takeInterrupt()
        Thread.detachNewThread { [session] in
            var copy = session
            let reply = copy.run(entry)
            outcome.value = (copy, reply)
            done.signal()
        }
        while done.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
            if LineEditor.takeInterrupt() { return nil }
        }
        if timing { FileHandle.standardError.write(Data("[\(ContinuousClock.now - start)]\n".utf8)) }
        return outcome.value
    }

    /// Prints a reply and carries out its action; true when the REPL should end.
    mutating func handle(_ reply: SessionReply) -> Bool {
        switch reply.action {
        case .quit?:
            return true
        case .write(let path, let text)?:
            do {
                try AtomicFile.write(text, to: path)
                session.didSave(to: path)
                journal?.remove(key: journalKey)
                journalKey = session.journalKey
                Terminal.write(reply.text + "\n")
            } catch {
                Terminal.write("\(CoreMessage.severity(.error).text[session.language]): "
                               + SessionMessage.writeFailed(reason: "\(error)").text[session.language] + "\n")
            }
        case nil:
            if !reply.text.isEmpty { Terminal.write(styled(reply) + "\n") }
        }
        return false
    }

    /// A reply's text after its label in the label's colour (`error:` red, `warning:` yellow).
    func styled(_ reply: SessionReply) -> String {
        guard let label = reply.label else { return reply.text }
        let renderer = DiagnosticRenderer(colored: session.options.colored)
        return renderer.paint(CoreMessage.severity(label).text[session.language] + ":", label.color) + " " + reply.text
    }
}
