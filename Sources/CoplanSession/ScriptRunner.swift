import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
import CoplanFormat
import CoplanEmit
/// Runs a script — a file of REPL lines — without a terminal: `coplan run FILE`,
/// `#!/usr/bin/env -S coplan run`, and `coplan repl < script`. Output and file writes go
/// through a host the front end provides, so the runner itself does no I/O.
package protocol ScriptHost {
    /// Shows a reply's text (with a line end added).
    func show(_ text: String)
    /// Reports a failure located in the script (`file:line: message`).
    func fail(_ text: String)
    /// Writes a file atomically (`:save`).
    func write(_ text: String, to path: String) throws
}

package struct ScriptRunner {
    /// 0: every line ran and every assertion held; 1: an assertion failed or plan text had
    /// errors; 2: a command could not be run (usage, unreadable file).
    package private(set) var exitCode: Int32 = 0
    package var session: Session
    /// Shown in located messages (`plans/what-if.coplan:12: …`).
    package let path: String
    var buffer = InputBuffer()
    var stopped = false
    /// Report how long each entry took (`[12.3 ms] :gaps`) through `ScriptHost.show`.
    package var timing = false

    package init(session: Session, path: String) {
        var session = session
        session.options.confirmsDiscard = false
        self.session = session
        self.path = path
    }

    /// Whether `:quit` or a failed command ended the script.
    package var isFinished: Bool { stopped }

    /// Feeds one line (1-based `number`).
    package mutating func feed(_ line: String, number: Int, host: some ScriptHost) {
        guard !stopped, let entry = buffer.add(line, number: number) else { return }
        run(entry, host: host)
    }

    /// Ends the script: an unfinished declaration is an error.
    package mutating func finish(host: some ScriptHost) {
        guard !stopped, let entry = buffer.flush() else { return }
        run(entry, host: host)
    }

    mutating func run(_ entry: InputBuffer.Entry, host: some ScriptHost) {
        let line: Int
        switch entry {
        case .command(_, let number): line = number
        case .planText(_, let first): line = first
        }
        let start = ContinuousClock.now
        let reply = session.run(entry, script: path)
        if timing {
            let elapsed = ContinuousClock.now - start
            let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            let label: String
            switch entry {
            case .command(let text, _): label = text
            case .planText(let text, _): label = String(text.prefix(40).split(separator: "\n").first ?? "")
            }
            host.show("[\((milliseconds * 10).rounded() / 10) ms] \(label)")
        }
        switch reply.kind {
        case .output:
            if !reply.text.isEmpty, reply.action == nil { host.show(reply.text) }
        case .assertionFailed:
            host.fail("\(path):\(line): \(reply.text)")
            exitCode = max(exitCode, 1)
        case .rejected:
            // Refused text (syntax errors); its findings already carry the script's file and line.
            host.fail(reply.text)
            exitCode = max(exitCode, 1)
            stopped = true
        case .error, .warning:
            host.fail("\(path):\(line): \(reply.labelledText(in: session.language))")
            exitCode = 2
            stopped = true
        }
        switch reply.action {
        case .quit?:
            stopped = true
        case .write(let target, let text)?:
            do {
                try host.write(text, to: target)
                session.didSave(to: target)
                host.show(reply.text)
            } catch {
                host.fail("\(path):\(line): \(CoreMessage.severity(.error).text[session.language]): "
                          + SessionMessage.writeFailed(reason: "\(error)").text[session.language])
                exitCode = 2
                stopped = true
            }
        case nil:
            break
        }
    }

    /// Runs a whole script text. LF, CRLF and a lone CR each end a line, as in plan files: a
    /// lone CR kept inside a line made the plan text's own line numbers (which count it) run
    /// past the script's.
    package mutating func run(text: String, host: some ScriptHost) {
        var number = 0
        for line in text.withLineFeeds.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            feed(String(line), number: number, host: host)
            if stopped { return }
        }
        finish(host: host)
    }
}
