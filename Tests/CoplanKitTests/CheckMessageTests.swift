import Testing
@testable import CoplanKit
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanModel
@testable import CoplanPipeline
@testable import CoplanSession

/// The catalogs of names and checks (`NameMessage`, `CheckMessage`, `IdentifierMessage`,
/// `MissingAttributeHelp`): every entry in both languages with the same placeholders and
/// without words of the other language, Polish plurals, and help in the file's own keywords.
@Suite struct CheckMessageTests {
    static let day = Day(year: 2025, month: 6, day: 1)!, later = Day(year: 2026, month: 5, day: 31)!
    static let act = LegalAct.employmentPromotion.titles[0], successor = LegalAct.labourMarket.titles[0]

    /// One sample of every `CheckMessage` case, in both keyword languages where it takes one.
    static func checkSamples(_ words: KeywordLanguage, _ name: String, _ count: Int) -> [CheckMessage] {
        let samples: [CheckMessage] = [
            .noPlan(words: words), .registryHelp, .missingAttribute(kind: .agreement, name: name, attribute: words.word(.period)),
            .addAttribute(example: "x", purpose: nil), .addAttribute(example: "x", purpose: .anotherSector),
            .addAttribute(example: "x", purpose: .employer), .addAttribute(example: "x", purpose: .runner),
            .partyListedTwice(party: name, agreement: name), .tooFewParties(agreement: name, count: count % 2),
            .tooFewParties(agreement: name, count: 0), .addOtherParty(words: words),
            .providesButNotParty(party: name, agreement: name), .commitsButNotParty(party: name, agreement: name),
            .addToParties(words: words), .idleParty(party: name, agreement: name), .addClause(party: name, words: words),
            .foreignService(party: name, service: name, runner: name), .letRunnerProvide(runner: name, words: words),
            .signsForNonParty(person: name, agreement: name, employer: name), .mayNotSign(person: name, employer: name),
            .addSigns(person: name, employer: name, words: words), .noSignatory(party: name, agreement: name),
            .declareSignatory(party: name, words: words), .addSignatories(candidates: [name, name], words: words),
            .addSignatories(candidates: [name], words: words),
            .planPeriodReversed(first: later, last: day), .agreementPeriodReversed(agreement: name, first: later, last: day),
            .signedLate(agreement: name, signed: later, start: day), .signedLateHelp,
            .outsidePlan(agreement: name, period: DayRange(day, later), plan: DayRange(day, later)),
            .repealedAct(agreement: name, until: later, repeal: day, act: act),
            .successorDue(from: day, successor: successor, publication: "Dz. U. 2025 poz. 620", endBy: day, words: words),
            .roleCount(role: name, holders: Array(repeating: name, count: count), comparison: .atLeast, required: count + 1),
            .roleCount(role: name, holders: [], comparison: .equal, required: count),
            .roleCount(role: name, holders: [name], comparison: .atMost, required: 0),
            .roleCount(role: name, holders: [name, name], comparison: .above, required: 3),
            .roleCount(role: name, holders: [name, name], comparison: .below, required: 1),
            .idlePartner(name: name), .idlePartnerHelp(words: words), .unprovidedService(name: name),
            .provideService(provider: name, service: name, words: words),
        ]
        // Adding a case breaks this switch until a sample of it is added above.
        for sample in samples {
            switch sample {
            case .noPlan, .registryHelp, .missingAttribute, .addAttribute, .partyListedTwice, .tooFewParties, .addOtherParty,
                 .providesButNotParty, .commitsButNotParty, .addToParties, .idleParty, .addClause, .foreignService,
                 .letRunnerProvide, .signsForNonParty, .mayNotSign, .addSigns, .noSignatory, .declareSignatory,
                 .addSignatories, .planPeriodReversed, .agreementPeriodReversed, .signedLate, .signedLateHelp, .outsidePlan,
                 .repealedAct, .successorDue, .roleCount, .idlePartner, .idlePartnerHelp, .unprovidedService, .provideService:
                break
            }
        }
        return samples
    }

    static func nameSamples(_ name: String) -> [NameMessage] {
        var samples: [NameMessage] = [.secondPlan, .planDeclaredHere, .namesAreShared, .firstDeclaredHere]
        for kind in DeclarationKind.allCases where kind != .plan {
            samples += [.unknown(kind: kind, name: name), .alreadyDeclared(name: name, kind: kind),
                        .wrongKind(name: name, declared: kind, expected: kind == .group ? .partner : .group)]
        }
        for kind in [DeclarationKind.sector, .role] {
            let other: DeclarationKind = kind == .sector ? .role : .sector
            samples += [.standardDeclaredAgain(name: name, kind: kind), .polishStandardDeclared(name: name, standard: "x", kind: kind),
                        .polishStandardHelp(name: name, standard: "x", kind: kind),
                        .standardOfOtherKind(name: name, standard: "x", declared: other, expected: kind),
                        .standardValues(kind: kind, declaration: "\(kind.polish) \(name) {}")]
        }
        return samples
    }

    static func identifierSamples(_ number: String) -> [IdentifierMessage] {
        let samples: [IdentifierMessage] = [
            .regonLength(number: number), .regonPrefix(number: number, problem: .regonChecksum(number: number, expected: 3)),
            .regonChecksum(number: number, expected: 7), .nipLength(number: number), .nipChecksumTen(number: number),
            .nipChecksum(number: number, expected: 0), .krsLength(number: number), .krsZeros(number: number),
            .terytLength(number: number), .terytVoivodeship(number: number, code: "07"), .terytPowiat(number: number),
            .terytGmina(number: number), .terytGminaType(number: number, type: 6),
        ]
        for sample in samples {
            switch sample {
            case .regonLength, .regonPrefix, .regonChecksum, .nipLength, .nipChecksumTen, .nipChecksum, .krsLength,
                 .krsZeros, .terytLength, .terytVoivodeship, .terytPowiat, .terytGmina, .terytGminaType:
                break
            }
        }
        return samples
    }

    /// Every rendering with plain, Polish, empty-ish and huge values.
    static var allTexts: [Text] {
        var texts: [Text] = []
        for (name, count) in [("gops", 2), ("zespół_łódź", 5), ("a", 22), ("x_\(Int.max)", 100_000)] {
            for words in KeywordLanguage.allCases { texts += checkSamples(words, name, count).map(\.text) }
            texts += nameSamples(name).map(\.text)
            texts += identifierSamples(name).map(\.text)
        }
        for kind in DeclarationKind.allCases {
            for rule in AttributeSchema.for(kind).rules {
                for words in KeywordLanguage.allCases { if let help = rule.missingHelp { texts.append(help.text(words)) } }
            }
        }
        return texts
    }

    @Test func everyEntryIsInBothLanguagesWithTheSamePlaceholders() {
        for text in Self.allTexts {
            #expect(!text.en.isEmpty && !text.pl.isEmpty)
            #expect(text.en != text.pl, "\(text.en) is not translated")
            #expect(LanguageAudit.codeSpans(text.en) == LanguageAudit.codeSpans(text.pl), "\(text.en) / \(text.pl)")
            #expect(LanguageAudit.englishIn(text.pl).isEmpty, "English in \(text.pl): \(LanguageAudit.englishIn(text.pl))")
            #expect(LanguageAudit.polishIn(text.en).isEmpty, "Polish in \(text.en): \(LanguageAudit.polishIn(text.en))")
        }
    }

    @Test func houseStyle() {
        for text in Self.allTexts {
            for rendering in [text.en, text.pl] {
                #expect(rendering.first?.isUppercase != true || rendering.hasPrefix("REGON") || rendering.hasPrefix("NIP")
                        || rendering.hasPrefix("KRS") || rendering.hasPrefix("TERYT"), "\(rendering) starts upper-case")
                #expect(!rendering.hasSuffix("."), "\(rendering) ends with a full stop")
            }
        }
    }

    @Test(arguments: [(0, "roli `lead` nie pełni żaden podmiot"), (1, "rolę `lead` pełni 1 podmiot"),
                      (2, "rolę `lead` pełnią 2 podmioty"), (4, "rolę `lead` pełnią 4 podmioty"),
                      (5, "rolę `lead` pełni 5 podmiotów"), (12, "rolę `lead` pełni 12 podmiotów"),
                      (22, "rolę `lead` pełnią 22 podmioty"), (25, "rolę `lead` pełni 25 podmiotów")])
    func roleCountsTakePolishPlurals(_ count: Int, _ start: String) {
        let text = CheckMessage.roleCount(role: "lead", holders: Array(repeating: "p", count: count), comparison: .equal, required: 1).text
        #expect(text.pl.hasPrefix(start), "\(text.pl)")
        #expect(text.pl.hasSuffix(", a plan wymaga dokładnie 1"))
        #expect(text.en.hasSuffix("; the plan requires exactly 1"))
    }

    @Test func largeCountsAreGroupedInEachLanguage() {
        let text = CheckMessage.roleCount(role: "lead", holders: [], comparison: .atLeast, required: 12_000).text
        #expect(text.en.hasSuffix("at least 12,000"))
        #expect(text.pl.hasSuffix("co najmniej 12\u{00A0}000"))
    }

    @Test func tooFewPartiesAgrees() {
        #expect(CheckMessage.tooFewParties(agreement: "p1", count: 1).text.pl == "porozumienie `p1` ma 1 stronę; potrzebne są co najmniej dwie")
        #expect(CheckMessage.tooFewParties(agreement: "p1", count: 0).text.en == "agreement `p1` has no party; it needs at least two")
    }

    @Test func repealedActsAreCitedByTheirPolishTitleInPolish() {
        let text = CheckMessage.repealedAct(agreement: "pai", until: Self.later, repeal: Self.day, act: Self.act).text
        #expect(text.pl.contains("zawarte na podstawie ustawy z dnia 20 kwietnia 2004 r. o promocji zatrudnienia i instytucjach rynku pracy"))
        #expect(text.en.contains("the Act of 20 April 2004 on Employment Promotion and Labour Market Institutions"))
    }

    // MARK: help in the file's own keywords

    static let english = """
        plan p "P" { period 2020-01-01 .. 2020-12-31 }
        partner gops "GOPS" { sector social_assistance }
        partner szkola "Szkoła" { sector education }
        person anna "Anna" { of gops }
        need n "N" {}
        group g "G" { needs n }
        service u1 "U" { by gops; for g; meets n }
        agreement a "A" {
          parties gops, szkola
          period 2020-01-01 .. 2020-12-31
          gops commits "x"
          szkola commits "y"
          signatories anna
        }
        agreement b "B" { gops commits "z" }
        """

    static let polish = """
        plan p "P" { okres 2020-01-01 .. 2020-12-31 }
        podmiot gops "GOPS" { sektor pomoc_społeczna }
        podmiot szkola "Szkoła" { sektor edukacja }
        osoba anna "Anna" { z gops }
        potrzeba n "N" {}
        grupa g "G" { potrzeby n }
        usługa u1 "U" { przez gops; dla g; zaspokaja n }
        porozumienie a "A" {
          strony gops, szkola
          okres 2020-01-01 .. 2020-12-31
          gops zobowiązuje "x"
          szkola zobowiązuje "y"
          sygnatariusze anna
        }
        porozumienie b "B" { gops zobowiązuje "z" }
        """

    static func helps(_ text: String) -> [String: [String]] {
        let report = checkReport(["/repo/test.plan": text], analyse: false, language: .pl)
        return Dictionary(grouping: report.diagnostics, by: \.code.rawValue).mapValues { $0.compactMap { $0.helpText?.pl } }
    }

    @Test func anEnglishFileIsToldEnglishKeywords() {
        let helps = Self.helps(Self.english)
        #expect(helps["W401"] == ["dodaj `gops provides u1` do porozumienia"])
        #expect(helps["E305"]?.contains("dodaj `signs` do osoby `anna`, jeśli reprezentuje podmiot `gops`") == true)
        #expect(helps["E305"]?.contains("zadeklaruj osobę z atrybutami `of szkola` i `signs`, a potem wpisz ją do `signatories`") == true)
        #expect(helps["E300"]?.contains("dodaj `period YYYY-MM-DD .. YYYY-MM-DD`") == true)
        #expect(helps["E300"]?.contains("dodaj `parties PARTNER, PARTNER`") == true)
        #expect(helps["E302"] == ["dopisz go do `parties`"])
    }

    @Test func aPolishFileIsToldPolishKeywords() {
        let helps = Self.helps(Self.polish)
        #expect(helps["W401"] == ["dodaj `gops zapewnia u1` do porozumienia"])
        #expect(helps["E305"]?.contains("dodaj `podpisuje` do osoby `anna`, jeśli reprezentuje podmiot `gops`") == true)
        #expect(helps["E305"]?.contains("zadeklaruj osobę z atrybutami `z szkola` i `podpisuje`, a potem wpisz ją do `sygnatariusze`") == true)
        #expect(helps["E300"]?.contains("dodaj `okres RRRR-MM-DD .. RRRR-MM-DD`") == true)
        #expect(helps["E300"]?.contains("dodaj `strony PODMIOT, PODMIOT`") == true)
        #expect(helps["E302"] == ["dopisz go do `strony`"])
    }

    /// The keywords follow the file, not the reader: English help for a Polish file still
    /// spells the code in Polish.
    @Test func theReaderLanguageDoesNotChangeTheCode() {
        let report = checkReport(["/repo/test.plan": Self.polish], analyse: false, language: .en)
        let w401 = report.diagnostics.first { $0.code == .W401 }
        #expect(w401?.helpText?.en == "add `gops zapewnia u1` to an agreement")
    }

    /// Each file of a plan keeps its own language: a Polish registry imported by an English plan.
    @Test func eachFileKeepsItsOwnKeywords() {
        let report = checkReport([
            "/repo/plan.plan": "import \"rejestr.plan\"\nplan p \"P\" { period 2020-01-01 .. 2020-12-31 }\npartner gops \"GOPS\" { sector social_assistance }\n",
            "/repo/rejestr.plan": "osoba anna \"Anna\" { podpisuje }\n",
        ], roots: ["/repo/plan.plan"], analyse: false, language: .en)
        let help = report.diagnostics.first { $0.code == .E300 }?.helpText?.en
        #expect(help == "add `z PODMIOT` to say whom the person works for")
        let idle = report.diagnostics.first { $0.code == .W400 }?.helpText?.en
        #expect(idle == "add it to an agreement's `parties` or a team's `members`, or remove it")
    }

    /// In the REPL each typed entry is a file of its own: a Polish entry typed into an English
    /// plan is told Polish keywords, the same after the incremental check as after a full one.
    @Test func aTypedEntryIsToldItsOwnKeywords() {
        let provider = MemorySourceProvider(files: ["/repo/plan.plan": Self.english])
        var session = Session(provider: provider, workingDirectory: "/repo")
        _ = session.load("plan.plan")
        _ = session.submit("osoba ewa \"Ewa\" { podpisuje }")
        func help(_ session: Session) -> String? {
            session.checked.report.diagnostics.first { $0.code == .E300 && $0.message.en.contains("`ewa`") }?.helpText?.en
        }
        #expect(help(session) == "add `z PODMIOT` to say whom the person works for")
        var full = session
        full.recheck()
        #expect(help(full) == help(session))
        // The loaded file's own findings keep English keywords.
        #expect(session.checked.report.diagnostics.first { $0.code == .W401 && $0.message.en.contains("`u1`") }?.helpText?.en
                == "add `gops provides u1` to an agreement")
    }

    @Test func aFileWithoutAPlanIsToldHowToWriteOneInItsWords() {
        let report = checkReport(["/repo/rejestr.plan": "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\n"], analyse: false, language: .pl)
        let e300 = report.diagnostics.first { $0.code == .E300 }
        #expect(e300?.message.pl == "brak deklaracji `plan`: plik planu musi zawierać `plan NAZWA { okres … }`")
        #expect(e300?.message.en == "no `plan` declaration: a plan file needs `plan NAZWA { okres … }`")
    }
}
