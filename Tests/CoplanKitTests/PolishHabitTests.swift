import Foundation
import Testing
@testable import CoplanKit
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanModel
@testable import CoplanEmit
@testable import CoplanPipeline
import CoplanTesting

/// How Polish planners write dates, amounts and frequencies (`01.01.2025`, `250 000,50 zł`,
/// `co miesiąc`): each gets one finding at the place written, with the form to write as its
/// suggestion; and help that suggests code speaks the file's keyword language.
@Suite struct PolishHabitTests {
    /// The findings of one file, parsed and resolved.
    func findings(_ text: String) -> [Diagnostic] {
        let tree = Parser.parse(text, path: "t.plan")
        return tree.diagnostics + Resolver.resolve([tree]).diagnostics
    }

    /// The text a finding is about.
    func written(_ diagnostic: Diagnostic) -> String? {
        diagnostic.span.map { $0.file.text($0.range.start..<$0.range.end) }
    }

    // MARK: dates

    @Test(arguments: [("01.01.2025", "2025-01-01"), ("1.1.2025", "2025-01-01"), ("31.12.2025", "2025-12-31"),
                      ("5/3/2025", "2025-03-05"), ("05-03-2025", "2025-03-05"), ("31.12.2025 r.", "2025-12-31"),
                      ("2025.03.01", "2025-03-01"), ("2025-1-5", "2025-01-05")])
    func dateWrittenOtherwiseSuggestsISO(_ date: String, _ iso: String) {
        let found = findings("plan p { period 2025-01-01 .. 2025-12-31 }\nagreement a { signed \(date) }")
            .filter { $0.span?.range.start ?? 0 > 40 && [.E100, .E101].contains($0.code) }
        #expect(found.count == 1, "\(found.map(\.message.en))")
        #expect(found.first?.code == .E101)
        #expect(found.first?.suggestion == iso)
        #expect(found.first.flatMap(written) == date)
        #expect(found.first?.help?.pl == "wpisz `\(iso)`")
        #expect(found.first?.help?.en == "write `\(iso)`")
    }

    @Test func dayFirstPeriodGivesOneFindingPerDate() {
        let found = findings("plan p {\n  period 01.01.2025 .. 31.12.2025\n}")
        #expect(found.map(\.code) == [.E101, .E101])
        #expect(found.map(\.suggestion) == ["2025-01-01", "2025-12-31"])
        #expect(found[0].message.pl == "datę `01.01.2025` trzeba zapisać od roku, jako RRRR-MM-DD")
        // Without spaces around `..` too.
        #expect(findings("plan p { period 01.01.2025..31.12.2025 }").map(\.suggestion) == ["2025-01-01", "2025-12-31"])
    }

    @Test func impossibleDayFirstDateSaysWhyAndHowDatesAreWritten() {
        let found = findings("plan p { period 2025-01-01 .. 31.02.2025 }")
        #expect(found.map(\.code) == [.E101])
        #expect(found.first?.suggestion == nil)
        #expect(found.first?.message.en == "invalid date `31.02.2025`: month 2 has 28 days")
        #expect(found.first?.message.pl == "nieprawidłowa data `31.02.2025`: miesiąc 2 ma 28 dni")
        #expect(found.first?.help?.pl == "daty zapisuje się od roku, jako RRRR-MM-DD")
    }

    @Test func numbersThatAreNotDatesStayNumbers() {
        let file = SourceFile(path: "t", text: "0.5 1.5..2 12.5 2025 1.1.20251")
        let kinds: [TokenKind] = file.bytes.withUnsafeBufferPointer { buffer in
            var lexer = Lexer(bytes: buffer, file: file)
            var kinds: [TokenKind] = []
            while true { let token = lexer.next(); if token.kind == .end { break }; kinds.append(token.kind) }
            return kinds
        }
        #expect(!kinds.contains(.date))
    }

    /// Text made of the date habit's characters goes through every fuzz invariant of parsing,
    /// formatting and checking (findings inside the file, no crash).
    @Test func dateLikeNoiseKeepsTheFuzzInvariants() {
        var generator = SplitMix(seed: 12)
        let alphabet = Array("0123456789./- r\n.".utf8)
        for _ in 0..<300 {
            let body = (0..<Int.random(in: 1...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let bytes = Array("plan p { period ".utf8) + body + Array(" }\nagreement a { signed ".utf8) + body
            FuzzHarness.parse(bytes)
            FuzzHarness.format(bytes)
            _ = FuzzHarness.check(bytes)
        }
    }

    // MARK: money

    @Test(arguments: [("250 000,50 zł", "250_000.50 PLN"), ("250000,50 zł", "250_000.50 PLN"), ("250 000 zł", "250_000 PLN"),
                      ("1 250 000,5 złotych", "1_250_000.5 PLN"), ("250 000,50", "250_000.50 PLN"), ("12 500 EUR", "12_500 EUR")])
    func polishAmountSuggestsThePlansForm(_ amount: String, _ meant: String) {
        let found = findings("plan p {\n  period 2025-01-01 .. 2025-12-31\n  budget \(amount)\n}")
        #expect(found.map(\.code) == [.E101], "\(found.map(\.message.en))")
        #expect(found.first?.suggestion == meant)
        #expect(found.first.flatMap(written) == amount)
        #expect(found.first?.message.en.contains("must use `.` for decimals") == true)
        #expect(found.first?.help?.pl == "wpisz `\(meant)`")
    }

    /// An amount whose list `fmt` wrapped after the decimal comma is quoted on one line, so
    /// the finding reads the same before and after formatting (found by FuzzFormat; the input
    /// is replayed from fuzz-regressions/format-long-polish-amount.bin).
    @Test func wrappedAmountIsQuotedOnOneLine() {
        let found = findings("plan p {\n  period 2025-01-01 .. 2025-12-31\n  budget 250 000,\n         50 zł\n}")
        #expect(found.map(\.code) == [.E101])
        #expect(found.first?.message.pl.contains("kwota `250 000, 50 zł`") == true, "\(found.map(\.message.pl))")
        #expect(found.first?.suggestion == "250_000.50 PLN")
    }

    @Test(arguments: ["zł", "złotych", "zl", "pln"])
    func currencyNameSuggestsTheCode(_ currency: String) {
        let found = findings("plan p {\n  period 2025-01-01 .. 2025-12-31\n  budget 1_000.00 \(currency)\n}")
        #expect(found.map(\.code) == [.E101])
        #expect(found.first?.suggestion == "PLN")
        #expect(found.first.flatMap(written) == currency)
        #expect(found.first?.help?.en == "write `1_000.00 PLN`")
    }

    @Test func amountWithoutCurrencySuggestsOne() {
        let found = findings("plan p {\n  period 2025-01-01 .. 2025-12-31\n  budget 12_500\n}")
        #expect(found.map(\.code) == [.E100])
        #expect(found.first?.suggestion == "12_500 PLN")
        #expect(found.first?.message.pl == "brak kodu waluty po kwocie w `budget`")
    }

    @Test func amountInThePlansFormIsAccepted() {
        #expect(findings("plan p {\n  period 2025-01-01 .. 2025-12-31\n  budget 250_000.50 PLN\n}").isEmpty)
    }

    // MARK: frequencies

    static let polishTeam = """
    plan p "P" { okres 2025-01-01 .. 2025-12-31 }
    podmiot gops "GOPS" { sektor social_assistance }
    podmiot szkola "S" { sektor education }
    osoba anna "A" { z gops }
    zespół z "Z" { koordynator anna; członkowie gops, szkola; zbiera_się FREQUENCY }
    """

    static let englishTeam = """
    plan p "P" { period 2025-01-01 .. 2025-12-31 }
    partner gops "GOPS" { sector social_assistance }
    partner school "S" { sector education }
    person anna "A" { of gops }
    team t "T" { coordinator anna; members gops, school; meets FREQUENCY }
    """

    @Test(arguments: [("co miesiąc", "miesięcznie"), ("co tydzień", "tygodniowo"), ("co roku", "rocznie"),
                      ("co kwartał", "kwartalnie"), ("raz w miesiącu", "miesięcznie"), ("raz na kwartał", "kwartalnie"),
                      ("raz w tygodniu", "tygodniowo"), ("co dwa tygodnie", "co 2 tygodnie"), ("co pół roku", "co 6 miesięcy"),
                      ("codziennie", "co 1 dzień"), ("co dzień", "co 1 dzień")])
    func spokenFrequencyInAPolishFile(_ said: String, _ meant: String) {
        let found = findings(Self.polishTeam.replacingOccurrences(of: "FREQUENCY", with: said))
        #expect(found.map(\.code) == [.E101], "\(found.map(\.message.en))")
        #expect(found.first?.suggestion == meant)
        #expect(found.first.flatMap(written) == said)
        #expect(found.first?.help?.pl == "wpisz `\(meant)`")
        #expect(found.first?.message.pl == "`\(said)` nie jest zapisem częstotliwości w planie")
        // What it suggests is a frequency the plan takes.
        #expect(findings(Self.polishTeam.replacingOccurrences(of: "FREQUENCY", with: meant)).isEmpty)
    }

    @Test(arguments: [("every month", "monthly"), ("once a week", "weekly"), ("every two weeks", "every 2 weeks"),
                      ("every year", "yearly"), ("daily", "every 1 day"), ("fortnightly", "every 2 weeks")])
    func spokenFrequencyInAnEnglishFile(_ said: String, _ meant: String) {
        let found = findings(Self.englishTeam.replacingOccurrences(of: "FREQUENCY", with: said))
        #expect(found.map(\.code) == [.E101], "\(found.map(\.message.en))")
        #expect(found.first?.suggestion == meant)
        #expect(findings(Self.englishTeam.replacingOccurrences(of: "FREQUENCY", with: meant)).isEmpty)
    }

    @Test func unknownFrequencyListsBothSpellingsFileLanguageFirst() {
        let polish = findings(Self.polishTeam.replacingOccurrences(of: "FREQUENCY", with: "czasami"))
        #expect(polish.map(\.code) == [.E101])
        #expect(polish.first?.message.pl == "`czasami` nie jest częstotliwością (`tygodniowo`/`weekly`, `miesięcznie`/`monthly`, "
            + "`kwartalnie`/`quarterly`, `rocznie`/`yearly` lub `co 2 tygodnie`/`every 2 weeks`)")
        let english = findings(Self.englishTeam.replacingOccurrences(of: "FREQUENCY", with: "sometimes"))
        #expect(english.first?.message.en == "`sometimes` is not a frequency (`weekly`/`tygodniowo`, `monthly`/`miesięcznie`, "
            + "`quarterly`/`kwartalnie`, `yearly`/`rocznie` or `every 2 weeks`/`co 2 tygodnie`)")
    }

    @Test func durationWithoutANumberSuggestsOne() {
        let found = findings(Self.polishTeam.replacingOccurrences(of: "FREQUENCY", with: "miesięcznie")
            + "\nporozumienie a { wypowiedzenie miesięcy }")
            .filter { $0.code == .E100 }
        #expect(found.first?.suggestion == "1 miesiąc")
        #expect(found.first?.message.pl == "po `wypowiedzenie` oczekiwano liczby całkowitej, znaleziono `miesięcy`")
        let every = findings(Self.polishTeam.replacingOccurrences(of: "FREQUENCY", with: "co"))
        #expect(every.first?.message.pl == "brak liczby całkowitej po `co`")
    }

    // MARK: help in the file's own words

    /// The message of the finding about `attribute` in a plan of English (`period`) or Polish
    /// (`okres`) keywords whose last line is `declaration`.
    func message(_ declaration: String, polish: Bool, about words: String) -> Text? {
        let plan = polish ? "plan p { okres 2025-01-01 .. 2025-12-31 }\n" : "plan p { period 2025-01-01 .. 2025-12-31 }\n"
        return findings(plan + declaration).first { $0.message.en.contains(words) }?.message
    }

    @Test func capacityHelpSpeaksTheFilesKeywords() {
        #expect(message("service s { capacity 15 }", polish: false, about: "needs a period")?.en
            == "`capacity` needs a period: `15 per year`, `per month` or `per week`")
        let polish = message("usługa s { pojemność 15 }", polish: true, about: "needs a period")
        #expect(polish?.pl == "`pojemność` wymaga okresu: `15 na rok`, `na miesiąc` lub `na tydzień`")
        #expect(polish?.en == "`pojemność` needs a period: `15 na rok`, `na miesiąc` or `na tydzień`")
    }

    @Test func signingPlaceHelpSpeaksTheFilesKeywords() {
        #expect(message("agreement a { signed 2025-01-02 \"Lublin\" }", polish: false, about: "date of signing")?.en
            == "expected `at \"…\"` after the date of signing")
        #expect(message("porozumienie a { podpisano 2025-01-02 \"Lublin\" }", polish: true, about: "date of signing")?.pl
            == "po dacie podpisania oczekiwano `w \"…\"`")
    }

    @Test func parserHelpSpeaksTheFilesKeywords() {
        let polish = Parser.parse("plan p { okres 2025-01-01 .. 2025-12-31 }\npodmiot a { sektor health }\nimportuj 12\n")
        #expect(polish.diagnostics.first?.help?.en == "write `importuj \"rejestr.plan\"`")
        let english = Parser.parse("plan p { period 2025-01-01 .. 2025-12-31 }\nimport 12\n")
        #expect(english.diagnostics.first?.help?.pl == "wpisz `import \"registry.plan\"`")
        let unknown = Parser.parse("podmiot a { sektor health }\nparnter b {}\n")
        #expect(unknown.diagnostics.first?.message.pl == "oczekiwano deklaracji (`plan`, `podmiot`, `porozumienie`, …), znaleziono `parnter`")
    }

    @Test func choiceListsEachValueWithItsPolishSpelling() {
        let english = findings("plan p { period 2025-01-01 .. 2025-12-31 }\npartner a { sector health; kind local }")
            .first { $0.code == .E101 }
        #expect(english?.message.en == "`local` is not a valid value of `kind` (one of `public`/`publiczny`, `ngo`/`pozarządowy`, "
            + "`private`/`prywatny` or `church`/`kościelny`)")
        let polish = findings("plan p { okres 2025-01-01 .. 2025-12-31 }\npodmiot a { sektor health; rodzaj lokalny }")
            .first { $0.code == .E101 }
        #expect(polish?.message.pl == "`lokalny` nie jest dozwoloną wartością `rodzaj` (dozwolone: `publiczny`/`public`, "
            + "`pozarządowy`/`ngo`, `prywatny`/`private` lub `kościelny`/`church`)")
    }

    @Test func requirementKindsAreListedInBothSpellings() {
        let polish = findings("plan p {\n  okres 2025-01-01 .. 2025-12-31\n  wymagaj 12\n}").first
        #expect(polish?.message.pl == "po `wymagaj` oczekiwano `sektory`/`sectors`, `role`/`roles` lub `pokrycie`/`coverage`, znaleziono liczbę `12`")
        let english = findings("plan p {\n  period 2025-01-01 .. 2025-12-31\n  require 12\n}").first
        #expect(english?.message.en == "expected `sectors`/`sektory`, `roles`/`role` or `coverage`/`pokrycie` after `require`, found the number `12`")
    }

    @Test func suggestionReachesJSON() throws {
        let report = checkReport(["/repo/a.plan": "plan p {\n  period 01.01.2025 .. 2025-12-31\n}\n"], roots: ["/repo/a.plan"],
                                 analyse: false, language: .pl)
        let json = report.json.serialized()
        #expect(json.contains("\"suggestion\":\"2025-01-01\""), "\(json)")
    }
}
