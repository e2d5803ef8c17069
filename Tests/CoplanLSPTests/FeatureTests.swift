import CoplanKit
@testable import CoplanLSP
import Foundation
import Testing

/// Requests about an open document, answered from the last check.
@Suite struct FeatureTests {
    static let path = "/repo/plan.plan"

    func client(_ text: String = Fixture.plan, locale: String? = nil) -> LSPTestClient {
        let client = LSPTestClient(files: Fixture.files, locale: locale)
        client.open(Self.path, text)
        return client
    }

    func hover(_ client: LSPTestClient, _ needle: String, in text: String = Fixture.plan, occurrence: Int = 0) -> String? {
        let (line, column) = position(of: needle, in: text, occurrence: occurrence)
        let result = client.result("textDocument/hover", client.positionParams(Self.path, line, column + 1)) as? [String: Any]
        return (result?["contents"] as? [String: Any])?["value"] as? String
    }

    @Test func hoverOnAPartnerShowsNameSectorAndDaysLeft() throws {
        let english = try #require(hover(client(), "szkoła commits"))
        #expect(english.contains("Zespół Szkół w Żółkiewce"))
        #expect(english.contains("education"))
        #expect(english.contains("`a1` — 2019-06-01 .. 2020-06-30, 181 days left"))
        let polish = try #require(hover(client(locale: "pl-PL"), "szkoła commits"))
        #expect(polish.contains("sektor"))
        #expect(polish.contains("zostało 181 dni"))
    }

    @Test func hoverOnAGroupShowsCoverageAndGaps() throws {
        // The fixture's E305s (`kierownik` may not sign) fixed: coverage is evaluated.
        let valid = Fixture.plan.replacingOccurrences(of: "  title \"kierownik\"\n", with: "  title \"kierownik\"\n  signs\n")
        #expect(valid != Fixture.plan)
        let text = try #require(hover(client(valid), "families", in: valid, occurrence: 1))
        #expect(text.contains("Rodziny"))
        // The only agreement ends 2020-06-30; the plan runs to 2020-12-31.
        #expect(text.contains("coverage: 49.7% (0 of 1 needs fully covered)"))
        #expect(text.contains("`activation`: partly covered 2020-07-01 .. 2020-12-31"))
    }

    /// As in `coplan check`: a plan with errors (the fixture's two E305) has no coverage, and
    /// the hover does not guess one.
    @Test func hoverOnAGroupWaitsForTheErrors() throws {
        let hovered = try #require(hover(client(), "families", occurrence: 1))
        #expect(hovered.contains("Rodziny") && !hovered.contains("coverage:"), "\(hovered)")
        #expect(hovered.contains("coverage is evaluated once the plan's 2 errors are fixed"), "\(hovered)")
        let polish = try #require(hover(client(locale: "pl-PL"), "families", occurrence: 1))
        #expect(polish.contains("pokrycie zostanie ocenione po poprawieniu 2 błędów planu"), "\(polish)")
    }

    @Test func hoverOnAnAgreementAndOnACode() throws {
        let text = Fixture.plan.replacingOccurrences(of: "need activation {", with: "need activation { # coplan: allow W401\n")
        let client = client(text)
        let agreement = try #require(hover(client, "a1", in: text))
        #expect(agreement.contains("2019-06-01 .. 2020-06-30"))
        #expect(agreement.contains("`gops`, `szkoła`"))
        #expect(agreement.contains("`gops` → `work`: needs activation of families"))
        let code = try #require(hover(client, "W401", in: text))
        #expect(code.contains("service that no agreement provides"))
    }

    @Test func definitionJumpsIntoTheImport() throws {
        let client = client()
        let (line, column) = position(of: "szkoła commits", in: Fixture.plan)
        let result = try #require(client.result("textDocument/definition", client.positionParams(Self.path, line, column)) as? [[String: Any]])
        #expect(result.first?["uri"] as? String == "file:///repo/registry.plan")
        #expect((result.first?["range"] as? [String: Any])?["start"] as? [String: Int] == ["line": 0, "character": 8])
        // A standard sector has no declaration.
        let (sectorLine, sectorColumn) = position(of: "social_assistance", in: Fixture.plan)
        #expect(client.result("textDocument/definition", client.positionParams(Self.path, sectorLine, sectorColumn)) == nil)
    }

    @Test func referencesAreRealNamesOnly() throws {
        let client = client()
        let (line, column) = position(of: "gops", in: Fixture.plan, occurrence: 1)
        var params = client.positionParams(Self.path, line, column)
        params["context"] = ["includeDeclaration": true]
        let result = try #require(client.result("textDocument/references", params) as? [[String: Any]])
        // Declaration, `of`, `by`, `parties`, `gops provides` — not the comment, the string or the display name.
        #expect(result.count == 5)
    }

    @Test func renameTouchesNamesAcrossImportsAndRechecksClean() throws {
        let client = client()
        let before = client.codes(Self.path)
        let (line, column) = position(of: "szkoła", in: Fixture.plan)
        let prepare = try #require(client.result("textDocument/prepareRename", client.positionParams(Self.path, line, column + 2)) as? [String: Any])
        #expect(prepare["placeholder"] as? String == "szkoła")
        var params = client.positionParams(Self.path, line, column)
        params["newName"] = "liceum"
        let edit = try #require(client.result("textDocument/rename", params) as? [String: Any])
        let changes = edit["changes"] as! [String: [[String: Any]]]
        #expect(changes["file:///repo/plan.plan"]?.count == 2)
        #expect(changes["file:///repo/registry.plan"]?.count == 2)
        let plan = apply(changes["file:///repo/plan.plan"]!, to: Fixture.plan)
        let registry = apply(changes["file:///repo/registry.plan"]!, to: Fixture.registry)
        #expect(plan.contains("parties gops, liceum") && plan.contains("liceum commits"))
        #expect(registry.contains("partner liceum \"Zespół Szkół w Żółkiewce\"") && registry.contains("of liceum"))
        client.open("/repo/registry.plan", registry)
        client.change(Self.path, plan, version: 2)
        #expect(client.codes(Self.path) == before)
    }

    @Test func renameRefusesStandardNamesAndTakenNames() {
        let client = client()
        let (line, column) = position(of: "social_assistance", in: Fixture.plan)
        #expect(client.request("textDocument/prepareRename", client.positionParams(Self.path, line, column))["error"] != nil)
        let (gopsLine, gopsColumn) = position(of: "gops", in: Fixture.plan, occurrence: 1)
        var params = client.positionParams(Self.path, gopsLine, gopsColumn)
        params["newName"] = "families"
        #expect(client.request("textDocument/rename", params)["error"] != nil)
        params["newName"] = "two words"
        #expect(client.request("textDocument/rename", params)["error"] != nil)
    }

    @Test func formattingIsWhatFmtWrites() throws {
        let messy = Fixture.plan.replacingOccurrences(of: "  sector social_assistance\n", with: "      sector   social_assistance\n")
        let client = client(messy)
        let edits = try #require(client.result("textDocument/formatting", ["textDocument": ["uri": LSPTestClient.uri(Self.path)],
                                                                           "options": ["tabSize": 2, "insertSpaces": true]]) as? [[String: Any]])
        let expected = try PlanFormatter().format(text: messy)
        #expect(apply(edits, to: messy) == expected)
    }

    @Test func outlineFoldingAndInlayHints() throws {
        let client = client()
        let document: [String: Any] = ["textDocument": ["uri": LSPTestClient.uri(Self.path)]]
        let symbols = try #require(client.result("textDocument/documentSymbol", document) as? [[String: Any]])
        #expect(symbols.map { $0["name"] as! String } == ["registry.plan", "p", "gops", "kierownik", "activation", "families", "work", "a1"])
        #expect(symbols.first { $0["name"] as? String == "gops" }?["kind"] as? Int == SymbolKind.class.rawValue)
        let folds = try #require(client.result("textDocument/foldingRange", document) as? [[String: Any]])
        #expect(folds.contains { $0["startLine"] as? Int == 2 && $0["endLine"] as? Int == 3 })
        var range = document
        range["range"] = ["start": ["line": 0, "character": 0], "end": ["line": 100, "character": 0]]
        let hints = try #require(client.result("textDocument/inlayHint", range) as? [[String: Any]])
        #expect(hints.map { $0["label"] as! String } == ["181 days left"])
        let expired = LSPTestClient(files: Fixture.files, locale: "pl", today: "2021-01-01")
        expired.open(Self.path, Fixture.plan)
        let later = try #require(expired.result("textDocument/inlayHint", range) as? [[String: Any]])
        #expect(later.map { $0["label"] as! String } == ["wygasło 185 dni temu"])
        let workspace = try #require(client.result("workspace/symbol", ["query": "zolkiew"]) as? [[String: Any]])
        #expect(workspace.map { $0["name"] as! String } == ["szkoła"])
    }

    @Test func completionOffersNamesOfTheRightKindAndKeywordsInTheFilesLanguage() throws {
        let text = Fixture.plan + "team t {\n  members \n}\n"
        let client = client(text)
        let (line, column) = position(of: "members ", in: text)
        let result = try #require(client.result("textDocument/completion", client.positionParams(Self.path, line, column + 8)) as? [String: Any])
        let labels = (result["items"] as! [[String: Any]]).map { $0["label"] as! String }
        #expect(labels == ["gops", "szkoła"])
        let top = Fixture.plan + "pa"
        client.change(Self.path, top, version: 2)
        let lines = top.split(separator: "\n", omittingEmptySubsequences: false)
        let keywords = try #require(client.result("textDocument/completion", client.positionParams(Self.path, lines.count - 1, 2)) as? [String: Any])
        let words = (keywords["items"] as! [[String: Any]]).map { $0["label"] as! String }
        #expect(words.contains("partner"))
        #expect(!words.contains("partnerzy") && !words.contains("podmiot"))
    }

    @Test func quickFixes() throws {
        let text = Fixture.plan
            .replacingOccurrences(of: "parties gops, szkoła", with: "parties gops, szkla")
            .replacingOccurrences(of: "  gops provides work\n", with: "  gops provides work\n  rops commits \"x\"\n")
            .replacingOccurrences(of: "need activation {", with: "need activation { # coplan: allow W400\n")
            + "partner rops \"ROPS\" { sector social_assistance }\n"
        let client = client(text)
        func actions(at needle: String) throws -> [[String: Any]] {
            let (line, column) = position(of: needle, in: text)
            let range = ["start": ["line": line, "character": column], "end": ["line": line, "character": column]]
            return try #require(client.result("textDocument/codeAction", ["textDocument": ["uri": LSPTestClient.uri(Self.path)], "range": range,
                                                                          "context": ["diagnostics": []]]) as? [[String: Any]])
        }
        func fixed(_ action: [String: Any]) -> String {
            apply(((action["edit"] as! [String: Any])["changes"] as! [String: [[String: Any]]])["file:///repo/plan.plan"]!, to: text)
        }
        let typo = try actions(at: "szkla").first { ($0["title"] as! String).contains("szkoła") }
        #expect(fixed(try #require(typo)).contains("parties gops, szkoła"))
        let party = try actions(at: "rops commits").first { ($0["title"] as! String).contains("parties") }
        #expect(fixed(try #require(party)).contains("parties gops, szkla, rops"))
        let signs = try actions(at: "kierownik, dyrektor").first { ($0["title"] as! String).contains("signs") }
        #expect(fixed(try #require(signs)).contains("  title \"kierownik\"\n  signs\n}"))
        let stale = try actions(at: "W400").first { ($0["title"] as! String).contains("stale") }
        #expect(!fixed(try #require(stale)).contains("coplan: allow"))
        let silence = try actions(at: "rops \"ROPS\"").first { ($0["title"] as! String).contains("Silence W400") }
        let silenced = fixed(try #require(silence))
        #expect(silenced.contains("partner rops \"ROPS\" { sector social_assistance }  # coplan: allow W400"))
        client.change(Self.path, silenced, version: 2)
        #expect(!client.codes(Self.path).contains("W400"))
    }

    @Test func semanticTokensColourNamesByKind() throws {
        let client = client()
        let result = try #require(client.result("textDocument/semanticTokens/full", ["textDocument": ["uri": LSPTestClient.uri(Self.path)]]) as? [String: Any])
        let data = result["data"] as! [Int]
        #expect(data.count % 5 == 0 && !data.isEmpty)
        // The first token is the `import` keyword at 0:0, six units long.
        #expect(Array(data.prefix(5)) == [0, 0, 6, SemanticTokenType.allCases.firstIndex(of: .keyword)!, 0])
    }
}

/// Applies LSP edits (UTF-16 positions) to a text, last first.
func apply(_ edits: [[String: Any]], to text: String) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array(String($0).utf16) }
    func offset(_ position: [String: Int]) -> Int {
        var total = 0
        for index in 0..<position["line"]! { total += lines[index].count + 1 }
        return total + position["character"]!
    }
    var units = Array(text.utf16)
    let sorted = edits.sorted {
        let a = ($0["range"] as! [String: [String: Int]])["start"]!, b = ($1["range"] as! [String: [String: Int]])["start"]!
        return (a["line"]!, a["character"]!) > (b["line"]!, b["character"]!)
    }
    for edit in sorted {
        let range = edit["range"] as! [String: [String: Int]]
        units.replaceSubrange(offset(range["start"]!)..<offset(range["end"]!), with: Array((edit["newText"] as! String).utf16))
    }
    return String(decoding: units, as: UTF16.self)
}
