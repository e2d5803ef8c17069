import CoplanKit
import CoplanLSP
import Foundation

extension FuzzHarness {
    /// The language server on a fuzzed session: the input up to the first byte 0x01 is the
    /// opened plan; every later byte pair is one step — an edit (a slice of the input inserted
    /// or deleted at a place it chooses, sent as the whole text or, as editors do with the
    /// incremental sync the server asks for, as a range to replace) or a request of every kind
    /// at a place it chooses, positions deliberately allowed past line ends and the document's
    /// end, and ranges reversed. Invariant: every request gets exactly one answer with its id,
    /// and nothing traps.
    package static func lsp(_ bytes: [UInt8]) {
        let split = bytes.firstIndex(of: 0x01) ?? bytes.endIndex
        var text = Array(bytes[..<split])
        let steps = split < bytes.endIndex ? Array(bytes[(split + 1)...]) : []
        var answered: [Int: Int] = [:]
        var options = LanguageServer.Options()
        options.debounce = nil
        options.cores = 1
        options.today = Day(iso: "2020-06-01")!
        let provider = MemorySourceProvider(files: ["/repo/b.plan": "partner x \"X\" { sector culture }\n"])
        let server = LanguageServer(provider: provider, options: options, send: { body in
            guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
                preconditionFailure("the server sent something that is not a JSON object")
            }
            if object["method"] == nil, let id = object["id"] as? Int { answered[id, default: 0] += 1 }
        })
        var nextID = 0
        func send(_ object: [String: Any]) {
            guard let data = try? JSONSerialization.data(withJSONObject: object) else { return }
            server.process(Array(data))
        }
        func request(_ method: String, _ params: [String: Any]) {
            nextID += 1
            send(["jsonrpc": "2.0", "id": nextID, "method": method, "params": params])
            precondition(answered[nextID] == 1, "\(method) got \(answered[nextID] ?? 0) answers")
        }
        let uri = "file:///repo/a.plan"
        request("initialize", ["capabilities": ["general": ["positionEncodings": steps.first.map { $0 & 1 == 0 ? ["utf-16"] : ["utf-8"] } ?? []]],
                               "locale": "pl"])
        func string(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
        send(["jsonrpc": "2.0", "method": "textDocument/didOpen",
              "params": ["textDocument": ["uri": uri, "languageId": "coplan", "version": 1, "text": string(text)]]])
        let methods = ["textDocument/hover", "textDocument/definition", "textDocument/references", "textDocument/prepareRename",
                       "textDocument/rename", "textDocument/completion", "textDocument/codeAction", "textDocument/documentSymbol",
                       "textDocument/formatting", "textDocument/foldingRange", "textDocument/inlayHint",
                       "textDocument/semanticTokens/full", "workspace/symbol"]
        var version = 1
        var index = 0
        while index + 1 < steps.count, index < 64 {
            let op = steps[index], place = Int(steps[index + 1])
            index += 2
            let line = place % 64, character = place / 2
            let position: [String: Any] = ["line": line, "character": character]
            if op >= 48, op < 64 {
                // A ranged edit: a slice of the input replaces what lies between two positions
                // the step picks (the server's text and `text` part ways until a whole-text edit).
                let start = Int(op) * bytes.count / 64
                let inserted = Array(bytes[start..<min(bytes.count, start + Int(op % 8) * 2)])
                let end: [String: Any] = ["line": line + Int(op % 3), "character": place / 3]
                version += 1
                send(["jsonrpc": "2.0", "method": "textDocument/didChange",
                      "params": ["textDocument": ["uri": uri, "version": version],
                                 "contentChanges": [["range": ["start": position, "end": end], "text": string(inserted)]]]])
                continue
            }
            if op < 64 {
                // An edit: insert a slice of the input, or delete a run, at a byte the step picks.
                let at = text.isEmpty ? 0 : place * text.count / 256
                if op & 1 == 0 {
                    let start = Int(op) * bytes.count / 64
                    text.insert(contentsOf: bytes[start..<min(bytes.count, start + 16)], at: min(at, text.count))
                } else {
                    text.removeSubrange(min(at, text.count)..<min(text.count, at + Int(op)))
                }
                version += 1
                send(["jsonrpc": "2.0", "method": "textDocument/didChange",
                      "params": ["textDocument": ["uri": uri, "version": version], "contentChanges": [["text": string(text)]]]])
                continue
            }
            let method = methods[Int(op) % methods.count]
            var params: [String: Any] = ["textDocument": ["uri": uri], "position": position,
                                         "range": ["start": position, "end": ["line": line + Int(op % 5), "character": 0]],
                                         "context": ["diagnostics": [], "includeDeclaration": op & 2 == 0],
                                         "options": ["tabSize": 2, "insertSpaces": true]]
            if method == "textDocument/rename" { params["newName"] = op & 4 == 0 ? "nowa_nazwa" : string(Array(bytes.prefix(8))) }
            if method == "workspace/symbol" { params = ["query": string(Array(bytes.prefix(Int(op % 4))))] }
            request(method, params)
        }
        request("shutdown", [:])
    }
}
