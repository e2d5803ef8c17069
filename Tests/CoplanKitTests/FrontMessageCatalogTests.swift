import Testing
@testable import CoplanKit
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanSession

/// The REPL's catalogs (`SessionMessage`, `CommandMessage`): every case in both languages with
/// the same backticked placeholders, no English word in the Polish and no Polish word in the
/// English, and Polish plurals and numbers where counts appear.
@Suite struct FrontMessageCatalogTests {
    /// Words both languages write: Polish `a` ("a nie"), `to` ("`x` to usługa"), `plan`.
    static let shared: Set<String> = ["a", "to", "plan"]

    /// A backticked span as English writes it: Polish keywords (`okres`) and the placeholders
    /// people replace (`PLIK`) are translated on purpose.
    static func normalised(_ span: String) -> String {
        var words = span.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let placeholders = ["PLIK": "FILE", "NAZWA": "NAME", "gdzie": "where", "ATRYBUT": "ATTR", "WARTOŚĆ": "VALUE"]
        words = words.map { word in
            if let english = placeholders[word] { return english }
            return Keyword.allCases.first { $0.spellings.contains(word) }?.english ?? word
        }
        return words.joined(separator: " ")
    }

    /// The text without command syntax, which stays as typed in both languages (`:gaps`,
    /// `--without`, `coverage >= 90%` in `:assert`).
    static func prose(_ text: String) -> String {
        text.replacing(/:[a-z]+!?/, with: "").replacing(/--[a-z-]+/, with: "").replacing(/[EWG][0-9]{3}/, with: "")
    }

    static let declared = [SessionMessage.Declared(kind: .service, name: "u1"), .init(kind: .agreement, name: "p1")]

    static let session: [SessionMessage] = [
        .sessionEmpty, .sessionEmptyLoadFirst, .checkListsThem,
        .unknownPartner(name: "gopz"), .notAPartner(name: "u1", kind: .service), .noCoverageNoPeriod,
        .gapFindingsNotShown(count: 12), .withoutNoLoss(partners: ["gops", "pup"]), .withoutHeading(partners: ["gops"]),
        .pairChange(group: "rodziny", need: "praca", before: .covered, after: .partial, lostDays: 1096),
        .sectorNoLongerMet(sector: "police"),
        .coverageLine(percent: 73.4, day: "2019-06-01", covered: 3, pairs: 14, gaps: 2),
        .noDeclaration(name: "x"), .standardEntity(kind: .sector, name: "health", title: "Ochrona zdrowia"),
        .usedBy(kind: .partner, users: declared), .criticalFor(pairs: 2, pairDays: 1736),
        .noAttribute(kind: .partner, attribute: "colour"), .attributesAre(names: ["x1", "x2"]),
        .noneOfKind(kind: .group, filtered: false), .noneOfKind(kind: .group, filtered: true), .countOfKind(kind: .agreement, count: 5),
        .standardMark(kind: .role), .documentFormatForAgreements(format: "md", name: "gops", kind: .partner),
        .emitPrintsPlanJSON(name: "gops"), .docxNotPrinted(name: "p1"), .emitNeedsNoErrors,
        .plainTextHelp, .example, .unknownCommand(name: "lod"), .unknownCode(code: "E999"),
        // The condition is quoted as typed (`coverage >= 90%`); a neutral one keeps the audit to our words.
        .assertionHeld(assertion: "x == 0", measured: SessionMessage.errorCount(0).text),
        .assertionFailed(assertion: "x >= 90%", measured: SessionMessage.coverageIs(percent: 85.7).text),
        .assertionCannotMeasure(assertion: "x == 0", reason: "x"), .noCoverage, .coverageIs(percent: 85.7),
        .errorCount(22), .warningCount(3), .gapCount(112), .gapCountFor(count: 1, group: "rodziny"), .unknownGroup(name: "rodzny"),
        .nothingAddedFixSyntax, .nothingAdded, .importTyped, .importTypedHelp, .added(kind: .service, name: "u1"),
        .replaced(kind: .person, name: "anna"), .cannotLoadNoSuchFile(path: "x.plan"), .alreadyLoaded(path: "x.plan"),
        .cannotRead(path: "x.plan"), .loaded(path: "x.plan", declarations: 87, imports: 2), .loadedWithSyntaxErrors,
        .declaredInImport(name: "gops", path: "rejestr.plan"), .dropped(kind: .group, name: "g"),
        .stillReferredToBy(kind: .group, users: declared), .loadedChange(path: "x.plan"), .nothingToUndo,
        .undid(what: SessionMessage.added(kind: .need, name: "n").text), .noSaveTarget, .nothingToSave,
        .cannotSaveSyntax(files: "x.plan"), .saveNeedsForce(errors: 3), .saved(path: "x.plan"), .unsavedChanges,
        .nothingToDiscard, .discardChange, .discarded, .writeFailed(reason: "x"), .banner, .cancelled, .recovered(entries: 4), .moreCandidates(count: 7),
    ]

    static let command: [CommandMessage] = [
        .startsWithColon, .empty, .onlySaveQuitForced, .takesNoArguments(command: "check"), .withoutNeedsNames, .atNeedsDate,
        .invalidDate(text: "2019-02-30"), .unexpected(word: "x", command: "gaps"), .unknownKind(word: "x"),
        .expectedWhere(found: "x"), .listWhereUsage, .comparesNumbers(operator: "<", value: "x"),
        .unknownFormat(word: "x", formats: ["md", "html"]), .formatNeedsValue, .unterminatedQuote,
        .optionNeedsValue(option: "--at"), .atNeedsCalendarDate(text: "x"), .unknownOption(option: "--x", command: "assert"),
        .assertUsage, .gapsForNeedsGroup, .unknownMeasure(word: "x"), .expectedComparison(found: "x"),
        .onlyCoverageIsPercentage, .expectedNumber(found: "x"),
    ]

    /// Every sentence; `:assert`'s usage and summary quote its English condition syntax.
    static var texts: [Text] {
        session.map(\.text) + command.filter { $0 != .assertUsage }.map(\.text)
            + SessionCommand.help.filter { $0.name != "assert" }.map(\.summary)
    }

    @Test func bothLanguagesCarryTheSamePlaceholders() {
        for text in Self.texts + SessionCommand.help.map(\.usage) + [CommandMessage.assertUsage.text] {
            #expect(LanguageAudit.codeSpans(text.en).map(Self.normalised).sorted() == LanguageAudit.codeSpans(text.pl).map(Self.normalised).sorted(),
                    "\(text.en) | \(text.pl)")
        }
    }

    @Test func eachLanguageIsItself() {
        for text in Self.texts {
            #expect(text.en != text.pl, "untranslated: \(text.en)")
            let english = LanguageAudit.englishIn(Self.prose(text.pl)).filter { !Self.shared.contains($0) }
            #expect(english.isEmpty, "English \(english) in: \(text.pl)")
            let polish = LanguageAudit.polishIn(Self.prose(text.en)).filter { !Self.shared.contains($0) }
            #expect(polish.isEmpty, "Polish \(polish) in: \(text.en)")
        }
    }

    @Test func polishPluralsAndNumbers() {
        #expect(SessionMessage.errorCount(1).text.pl == "1 błąd")
        #expect(SessionMessage.errorCount(2).text.pl == "2 błędy")
        #expect(SessionMessage.errorCount(5).text.pl == "5 błędów")
        #expect(SessionMessage.errorCount(12_345).text.pl == "12\u{00A0}345 błędów")
        #expect(SessionMessage.countOfKind(kind: .partner, count: 22).text.pl == "22 podmioty")
        #expect(SessionMessage.countOfKind(kind: .agreement, count: 12).text.pl == "12 porozumień")
        #expect(SessionMessage.countOfKind(kind: .person, count: 1).text.pl == "1 osoba")
        #expect(SessionMessage.gapCount(112).text.pl == "112 luk")
        #expect(SessionMessage.coverageIs(percent: 73.4).text.pl == "pokrycie wynosi 73,4%")
        #expect(SessionMessage.criticalFor(pairs: 1, pairDays: 12893).text.pl == "krytyczny dla 1 pary (dni par: 12\u{00A0}893)")
        #expect(SessionMessage.loaded(path: "p.plan", declarations: 2, imports: 5).text.pl
                == "wczytano p.plan: 2 deklaracje i 5 importowanych plików")
        #expect(SessionMessage.standardEntity(kind: .role, name: "lead", title: "Lider").text.pl == "standardowa rola `lead` (Lider)")
        #expect(SessionMessage.added(kind: .service, name: "u1").text.pl == "dodano usługę `u1`")
        #expect(SessionMessage.coverageLine(percent: 73.4, day: nil, covered: 1, pairs: 1, gaps: 5).text.pl
                == "pokrycie 73,4% (w pełni pokryte: 1 z 1 pary), 5 luk")
        #expect(SessionMessage.coverageLine(percent: 100, day: "2019-06-01", covered: 22, pairs: 22, gaps: 0).text.en
                == "coverage 100% on 2019-06-01: 22 of 22 pairs fully covered, 0 gaps")
    }

    /// A session over a plan that says `język pl` answers in Polish; a fixed choice overrides it.
    @Test func sessionFollowsThePlansLanguageAndTheChoice() {
        let text = "plan p {\n  język pl\n  okres 2020-01-01 .. 2020-12-31\n}\n"
        var session = Session(provider: MemorySourceProvider(files: ["/r/p.plan": text]), workingDirectory: "/r")
        #expect(session.load("p.plan").text.hasPrefix("wczytano /r/p.plan: 1 deklaracja\nsprawdzono 1 plik"))
        #expect(session.prompt == "p (0 błędów)> ")
        let missing = session.run(.command(":show x", line: 1))
        #expect(missing.labelledText(in: session.language).hasPrefix("błąd: brak deklaracji o nazwie `x`"))
        #expect(session.run(.command(":lod", line: 2)).text == "nieznane polecenie `:lod`\nwskazówka: czy chodziło o `:load`?")
        session.options.languageChoice = .fixed(.en)
        #expect(session.prompt == "p (0 errors)> ")
        #expect(session.run(.command(":show x", line: 3)).labelledText.hasPrefix("error: no declaration named `x`"))
    }
}
