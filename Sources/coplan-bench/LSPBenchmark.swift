import CoplanKit
import CoplanLSP
import CoplanTesting
import Foundation

/// `coplan-bench lsp`: the language server in process, timed from a `didChange` to its
/// `publishDiagnostics` (decoding the message, the check and the answer; the editor's debounce
/// comes on top) on the seed plans and on a 10,000-partner plan, and completion on the seed
/// plans. Medians of 15 runs. A change is a one-line edit sent as its range, as editors do
/// with the incremental sync the server asks for, and, for comparison, as the whole text.
enum LSPBenchmark {
    static func run(seedFolder: String) {
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: seedFolder)
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".plan") else { continue }
            files["/repo/" + relative] = try? String(contentsOfFile: seedFolder + "/" + relative, encoding: .utf8)
        }
        files["/repo/synthetic-10k.plan"] = PlanGenerator(partners: 10_000).text()
        emit("language server (median of 15; target: change→diagnostics < 50 ms on seeds, < 100 ms at 10k; completion < 20 ms)")
        emit("  " + "".padding(toLength: 48, withPad: " ", startingAt: 0) + "   change→diagnostics: ranged edit, whole text")
        for path in files.keys.sorted() {
            let text = files[path]!
            let (ranged, completion) = measure(path: path, text: text, files: files, ranged: true)
            let (whole, _) = measure(path: path, text: text, files: files, ranged: false)
            let size = String(format: "%8.1f KB", Double(text.utf8.count) / 1024)
            emit("  " + path.dropFirst(6).padding(toLength: 40, withPad: " ", startingAt: 0) + size
                + String(format: "   change→diagnostics %7.1f ms, %7.1f ms   completion %6.2f ms", ranged, whole, completion))
        }
    }

    static func measure(path: String, text: String, files: [String: String], ranged: Bool) -> (Double, Double) {
        let clock = ContinuousClock()
        var options = LanguageServer.Options()
        options.debounce = nil
        var published = 0
        // When the findings left the server: what the editor waits for (the server may tidy up after).
        var publishedAt = clock.now
        let server = LanguageServer(provider: MemorySourceProvider(files: files), options: options, send: { body in
            if body.count > 40, String(decoding: body.prefix(200), as: UTF8.self).contains("publishDiagnostics") {
                published += 1
                publishedAt = clock.now
            }
        })
        func send(_ object: [String: Any]) { server.process(Array(try! JSONSerialization.data(withJSONObject: object))) }
        let uri = "file://" + path
        send(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]])
        send(["jsonrpc": "2.0", "method": "textDocument/didOpen",
              "params": ["textDocument": ["uri": uri, "languageId": "coplan", "version": 1, "text": text]]])
        var changes: [Double] = []
        // The edit: a comment line added before the last line, then taken away again.
        let lastLine = text.utf8.count { $0 == 0x0A }
        let tail = text.hasSuffix("\n") ? "" : "\n"
        for version in 2...16 {
            let adds = version % 2 == 0
            let change: [String: Any]
            if ranged {
                let end = adds ? ["line": lastLine, "character": 0] : ["line": lastLine + 1, "character": 0]
                change = ["range": ["start": ["line": lastLine, "character": 0], "end": end],
                          "text": adds ? "# edit \(version)\n" : ""]
            } else {
                change = ["text": adds ? text + "\(tail)# edit \(version)\n" : text]
            }
            let before = published
            // The message is encoded before the clock starts: an editor sends bytes, and
            // encoding 6 MB with JSONSerialization here took longer than the server's check.
            let message = Array(try! JSONSerialization.data(withJSONObject: [
                "jsonrpc": "2.0", "method": "textDocument/didChange",
                "params": ["textDocument": ["uri": uri, "version": version], "contentChanges": [change]],
            ] as [String: Any]))
            let start = clock.now
            server.process(message)
            precondition(published > before, "no diagnostics published")
            changes.append(milliseconds(publishedAt - start))
        }
        // Completion after `parties ` in the last agreement (or at the end of the file).
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = lines.lastIndex { $0.contains("parties ") } ?? lines.count - 1
        let character = lines[line].utf16.count
        var completions: [Double] = []
        for id in 0..<15 {
            completions.append(milliseconds(clock.measure {
                send(["jsonrpc": "2.0", "id": 100 + id, "method": "textDocument/completion",
                      "params": ["textDocument": ["uri": uri], "position": ["line": line, "character": character]]])
            }))
        }
        return (median(changes), median(completions))
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
}
