import CoplanKit
@testable import CoplanLSP
import Testing

/// The language of what the server says (docs/LANGUAGE.md §9): the client's `locale` stands
/// where the system locale would, after `--lang`/`COPLAN_LANG`, `coplan.toml` and the plan's own
/// `language`. Findings are told apart by their help label (`help:` / `wskazówka:`).
@Suite struct LanguageTests {
    static let path = "/repo/plan.plan"
    static let unknown = Fixture.plan.replacingOccurrences(of: "parties gops, szkoła", with: "parties szkoła, gopż")

    func unknownMessage(_ client: LSPTestClient, _ text: String = Self.unknown) throws -> String {
        client.open(Self.path, text)
        let diagnostics = try #require(client.diagnostics(Self.path))
        let unknown = try #require(diagnostics.first { $0["code"] as? String == "E200" })
        return try #require(unknown["message"] as? String)
    }

    @Test func clientLocaleChoosesPolish() throws {
        #expect(try unknownMessage(LSPTestClient(files: Fixture.files, locale: "pl")).contains("\nwskazówka: czy chodziło o `gops`?"))
        #expect(try unknownMessage(LSPTestClient(files: Fixture.files, locale: "en")).contains("\nhelp: did you mean `gops`?"))
    }

    @Test func flagBeatsTheClientLocale() throws {
        let client = LSPTestClient(files: Fixture.files, locale: "pl", languageChoice: .fixed(.en))
        #expect(try unknownMessage(client).contains("\nhelp: did you mean `gops`?"))
        #expect(client.server.language == .en)
    }

    @Test func coplanTomlBeatsThePlanAndTheLocale() throws {
        var files = Fixture.files
        files["/repo/coplan.toml"] = "language = \"pl\"\n"
        let said = Self.unknown.replacingOccurrences(of: "plan p \"Plan\" {\n", with: "plan p \"Plan\" {\n  language en\n")
        #expect(try unknownMessage(LSPTestClient(files: files, locale: "en"), said).contains("\nwskazówka: czy chodziło o `gops`?"))
    }

    @Test func plansOwnLanguageBeatsTheClientLocale() throws {
        let said = Self.unknown.replacingOccurrences(of: "plan p \"Plan\" {\n", with: "plan p \"Plan\" {\n  język pl\n")
        #expect(try unknownMessage(LSPTestClient(files: Fixture.files, locale: "en"), said).contains("\nwskazówka: czy chodziło o `gops`?"))
    }

    /// Every sentence of the server's own catalog in both languages, with the same placeholders.
    @Test func catalogIsBilingual() {
        let messages: [LSPMessage] = [
            .sector, .inNoAgreement, .agreements, .noPeriod, .groupSize(12), .noNeedsToCover, .coverage,
            .needsFullyCovered(full: 1, of: 3), .gaps, .uncovered, .partlyCovered, .period, .parties, .coveredNeeds("n"),
            .ofGroups("g"), .coversNoService, .covers, .startsIn(days: 2), .expiredAgo(days: 5), .endsToday, .daysLeft(days: 1),
            .replaceWith("x"), .addParty("x"), .addSigns(person: "x"), .removeStaleSuppression, .silenceOnLine(code: "W400"),
            .standardNameCannotBeRenamed("health"), .notAValidName("1x"), .alreadyDeclared("x"),
        ]
        for message in messages {
            let text = message.text
            #expect(text.en != text.pl, "untranslated: \(text.en)")
            let spans = { (s: String) in s.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.count }
            #expect(spans(text.en) == spans(text.pl), "\(text.en) | \(text.pl)")
        }
        #expect(LSPMessage.daysLeft(days: 22).text.pl == "zostało 22 dni")
        #expect(LSPMessage.expiredAgo(days: 1).text.pl == "wygasło 1 dzień temu")
        #expect(LSPMessage.groupSize(12893).text.pl == ", liczebność 12\u{00A0}893")
    }
}
