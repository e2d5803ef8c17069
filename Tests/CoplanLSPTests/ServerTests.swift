import CoplanKit
@testable import CoplanLSP
import Foundation
import Testing

/// The server's handlers driven in process: lifecycle, robustness and document sync.
@Suite struct ServerLifecycleTests {
    @Test func positionEncodingDefaultsToUTF16AndPrefersUTF8() {
        let plain = LSPTestClient(files: [:])
        let first = plain.response(1)!["result"] as! [String: Any]
        #expect((first["capabilities"] as! [String: Any])["positionEncoding"] as? String == "utf-16")
        let utf8 = LSPTestClient(files: [:], encodings: ["utf-16", "utf-8"])
        let second = utf8.response(1)!["result"] as! [String: Any]
        #expect((second["capabilities"] as! [String: Any])["positionEncoding"] as? String == "utf-8")
    }

    @Test func everyRequestGetsAnAnswer() {
        let client = LSPTestClient(files: Fixture.files)
        let unknown = client.request("textDocument/unknownThing", [:])
        #expect((unknown["error"] as? [String: Any])?["code"] as? Int == ErrorCode.methodNotFound.rawValue)
        // A document never opened: null, not an error.
        for method in ["textDocument/hover", "textDocument/definition", "textDocument/references", "textDocument/prepareRename"] {
            let answer = client.request(method, client.positionParams("/repo/never.plan", 0, 0))
            #expect(answer["result"] is NSNull, "\(method)")
            #expect(answer["error"] == nil)
        }
        let badParams = client.request("textDocument/hover", ["textDocument": 3])
        #expect((badParams["error"] as? [String: Any])?["code"] as? Int == ErrorCode.invalidParams.rawValue)
    }

    @Test func requestsBeforeInitializeAreRefused() {
        let client = LSPTestClient(files: [:], initialize: false)
        let answer = client.request("textDocument/hover", client.positionParams("/repo/a.plan", 0, 0))
        #expect((answer["error"] as? [String: Any])?["code"] as? Int == ErrorCode.serverNotInitialized.rawValue)
    }

    @Test func garbageGetsParseErrorsAndTheServerKeepsAnswering() {
        let client = LSPTestClient(files: Fixture.files)
        client.open("/repo/plan.plan", Fixture.plan)
        for junk in ["{", "[]", "null", "\"x\"", "{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":5}", "\u{0}\u{1}"] {
            client.server.process(Array(junk.utf8))
        }
        #expect(client.sent.contains { (($0["error"] as? [String: Any])?["code"] as? Int) == ErrorCode.parseError.rawValue })
        let (line, column) = position(of: "gops provides", in: Fixture.plan)
        #expect(client.result("textDocument/hover", client.positionParams("/repo/plan.plan", line, column)) != nil)
    }

    @Test func cancelledRequestsAnswerRequestCancelled() {
        let client = LSPTestClient(files: Fixture.files)
        client.server.receive(Array(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":99}}"#.utf8))
        client.raw(["jsonrpc": "2.0", "id": 99, "method": "textDocument/hover", "params": client.positionParams("/repo/plan.plan", 0, 0)])
        #expect((client.response(99)?["error"] as? [String: Any])?["code"] as? Int == ErrorCode.requestCancelled.rawValue)
    }

    @Test func shutdownThenExitIsClean() {
        let client = LSPTestClient(files: [:])
        #expect(client.request("shutdown", nil)["result"] is NSNull)
        let after = client.request("textDocument/hover", client.positionParams("/repo/a.plan", 0, 0))
        #expect((after["error"] as? [String: Any])?["code"] as? Int == ErrorCode.invalidRequest.rawValue)
        client.notify("exit", [:])
        #expect(client.exitCode == 0)
        let abrupt = LSPTestClient(files: [:])
        abrupt.notify("exit", [:])
        #expect(abrupt.exitCode == 1)
    }

    @Test func changesAreDebounced() throws {
        let client = LSPTestClient(files: Fixture.files, debounce: .milliseconds(50))
        client.open("/repo/plan.plan", Fixture.plan)
        let before = client.sent.count
        let broken = Fixture.plan.replacingOccurrences(of: "of gops", with: "of gopz")
        for version in 2...4 {
            client.server.receive(Array(try JSONSerialization.data(withJSONObject: [
                "jsonrpc": "2.0", "method": "textDocument/didChange",
                "params": ["textDocument": ["uri": LSPTestClient.uri("/repo/plan.plan"), "version": version],
                           "contentChanges": [["text": broken]]]])))
        }
        client.server.drain()
        #expect(client.sent.count == before, "no check before the delay")
        Thread.sleep(forTimeInterval: 0.4)
        client.server.drain()
        let published = client.sent[before...].filter { ($0["method"] as? String) == "textDocument/publishDiagnostics" }
        #expect(published.count == 1, "three quick edits, one check")
        #expect(client.codes("/repo/plan.plan").contains("E200"))
    }
}

@Suite struct DiagnosticsTests {
    @Test func findingsCarryCodeSeverityLinkAndNotes() throws {
        let text = Fixture.plan + "partner gops \"Duplicate\" { sector culture }\n"
        let client = LSPTestClient(files: Fixture.files)
        client.open("/repo/plan.plan", text)
        let diagnostics = try #require(client.diagnostics("/repo/plan.plan"))
        let duplicate = try #require(diagnostics.first { $0["code"] as? String == "E201" })
        #expect(duplicate["severity"] as? Int == 1)
        #expect(duplicate["source"] as? String == "coplan")
        #expect((duplicate["codeDescription"] as? [String: Any])?["href"] is String)
        let related = try #require(duplicate["relatedInformation"] as? [[String: Any]])
        let location = related[0]["location"] as! [String: Any]
        #expect((location["range"] as! [String: Any])["start"] as! [String: Int] == ["line": 6, "character": 8])
        let signer = try #require(diagnostics.first { ($0["message"] as! String).contains("may not sign") })
        #expect((signer["message"] as! String).contains("help: add `signs`"))
    }

    @Test func staleSuppressionIsTaggedUnnecessary() throws {
        let text = Fixture.plan.replacingOccurrences(of: "need activation {", with: "need activation { # coplan: allow W400\n")
        let client = LSPTestClient(files: Fixture.files)
        client.open("/repo/plan.plan", text)
        let stale = try #require(client.diagnostics("/repo/plan.plan")?.first { $0["code"] as? String == "W403" })
        #expect(stale["tags"] as? [Int] == [1])
    }

    @Test func columnsCountUTF16UnitsAfterPolishLetters() throws {
        let text = Fixture.plan.replacingOccurrences(of: "parties gops, szkoła", with: "parties szkoła, gopż")
        // `  parties szkoła, ` is 18 scalars (19 bytes: `ł` is 2); `gopż` 4 scalars, 5 bytes.
        for (encodings, start, length) in [(nil as [String]?, 18, 4), (["utf-8"], 19, 5), (["utf-32"], 18, 4)] {
            let client = LSPTestClient(files: Fixture.files, encodings: encodings)
            client.open("/repo/plan.plan", text)
            let unknown = try #require(client.diagnostics("/repo/plan.plan")?.first { $0["code"] as? String == "E200" })
            let range = unknown["range"] as! [String: [String: Int]]
            #expect(range["start"]!["character"] == start, "\(encodings ?? [])")
            #expect(range["end"]!["character"]! - range["start"]!["character"]! == length)
        }
    }

    /// The server asks for incremental changes and applies each range in the text the edits
    /// before it left, counting columns in the negotiated encoding (`ł` is one UTF-16 unit and
    /// two UTF-8 bytes); a whole-text change still replaces everything.
    @Test func rangedChangesAreAppliedInOrder() throws {
        let first = LSPTestClient(files: [:])
        let capabilities = first.response(1)!["result"] as! [String: Any]
        let sync = (capabilities["capabilities"] as! [String: Any])["textDocumentSync"] as! [String: Any]
        #expect(sync["change"] as? Int == 2)
        let text = "partner szkoła \"Szkoła\" {\n  level gmina\n}\n"
        for (encodings, afterName) in [(nil as [String]?, 14), (["utf-8"], 15)] {
            let client = LSPTestClient(files: [:], encodings: encodings)
            client.open("/repo/plan.plan", text)
            client.edit("/repo/plan.plan", [
                (0, afterName, 0, afterName, "_nr1"),          // after `szkoła`
                (1, 8, 1, 13, "powiat"),                        // `gmina` → `powiat`
                (1, 14, 2, 0, "\n  kind public\n"),           // across the line end
                (3, 1, 3, 1, "\n# koniec"),                    // at the end of the text
            ], version: 2)
            #expect(client.text("/repo/plan.plan") == "partner szkoła_nr1 \"Szkoła\" {\n  level powiat\n  kind public\n}\n# koniec\n",
                    "\(encodings ?? [])")
            // Edits past a line's end or the text's end are clamped, not a crash.
            client.edit("/repo/plan.plan", [(0, 500, 0, 900, "!"), (99, 0, 120, 4, "?")], version: 3)
            #expect(client.text("/repo/plan.plan")?.hasSuffix("# koniec\n?") == true)
            #expect(client.text("/repo/plan.plan")?.hasPrefix("partner szkoła_nr1 \"Szkoła\" {!\n") == true)
            client.change("/repo/plan.plan", "partner a \"A\" {}\n", version: 4)
            #expect(client.text("/repo/plan.plan") == "partner a \"A\" {}\n")
        }
    }

    @Test func aChangedRegistryRechecksThePlanImportingIt() {
        let client = LSPTestClient(files: Fixture.files)
        client.open("/repo/plan.plan", Fixture.plan)
        client.open("/repo/registry.plan", Fixture.registry)
        #expect(!client.codes("/repo/plan.plan").contains("E200"))
        client.change("/repo/registry.plan", Fixture.registry.replacingOccurrences(of: "szkoła", with: "liceum"), version: 2)
        #expect(client.codes("/repo/plan.plan").contains("E200"))
        // Findings inside the registry are published on the registry's own URI.
        #expect(client.codes("/repo/registry.plan").isEmpty == false || client.diagnostics("/repo/registry.plan") != nil)
    }

    @Test func importsReadOpenBuffersBeforeDisk() {
        let client = LSPTestClient(files: Fixture.files)
        client.open("/repo/registry.plan", Fixture.registry.replacingOccurrences(of: "partner szkoła", with: "partner szkoła2"))
        client.open("/repo/plan.plan", Fixture.plan)
        #expect(client.codes("/repo/plan.plan").contains("E200"))
    }

    @Test func repositoryConfigurationIsHonoured() {
        var files = Fixture.files
        // Without the fixture's deliberate error (a signatory without `signs`), so coverage is evaluated.
        files["/repo/plan.plan"] = Fixture.plan.replacingOccurrences(of: "title \"kierownik\"\n", with: "title \"kierownik\"\n  signs\n")
            + "partner idle \"Idle\" { sector culture }\n"
        let plain = LSPTestClient(files: files)
        plain.open("/repo/plan.plan", files["/repo/plan.plan"]!)
        #expect(plain.codes("/repo/plan.plan").contains("W400"))
        files["/repo/coplan.toml"] = "allow = [\"W400\"]\ndeny = [\"G504\"]\n"
        let configured = LSPTestClient(files: files)
        configured.open("/repo/plan.plan", files["/repo/plan.plan"]!)
        #expect(!configured.codes("/repo/plan.plan").contains("W400"))
        let raised = configured.diagnostics("/repo/plan.plan")!.filter { $0["code"] as? String == "G504" }
        #expect(!raised.isEmpty && raised.allSatisfy { $0["severity"] as? Int == 1 })
    }

    @Test func closingClearsFindings() {
        let client = LSPTestClient(files: Fixture.files)
        client.open("/repo/plan.plan", Fixture.plan)
        #expect(!(client.diagnostics("/repo/plan.plan") ?? []).isEmpty)
        client.notify("textDocument/didClose", ["textDocument": ["uri": LSPTestClient.uri("/repo/plan.plan")]])
        #expect(client.diagnostics("/repo/plan.plan")?.isEmpty == true)
    }
}
