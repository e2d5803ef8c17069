import PropertyBased
import Testing
@testable import CoplanKit
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanModel
@testable import CoplanAnalysis
@testable import CoplanPipeline
@testable import CoplanEmit

/// Every entry of the output catalogs (gaps, coverage, templates, documents, coplan.toml,
/// imports, suppressions) reads wholly in Polish and wholly in English with the same
/// placeholders, for ordinary, huge, empty and Polish values.
@Suite struct OutputCatalogTests {
    /// Values each entry is filled with: ordinary, extreme, and Polish names with diacritics.
    struct Values {
        var name: String
        var names: [String]
        var count: Int
        var day: Day
        var range: DayRange
        var keywords: KeywordLanguage
    }

    static let values: [Values] = [
        Values(name: "gops", names: ["gops", "pup"], count: 1, day: Day(iso: "2020-05-01")!,
               range: DayRange(Day(iso: "2020-01-01")!, Day(iso: "2020-12-31")!), keywords: .english),
        Values(name: "ośrodek_pomocy_społecznej", names: ["źródło_ąę"], count: 22, day: Day(iso: "2024-02-29")!,
               range: DayRange(Day(iso: "2024-02-29")!, Day(iso: "2024-02-29")!), keywords: .polish),
        Values(name: "Łódź_1", names: [], count: 1_000_000_000_000, day: Day(iso: "1999-12-31")!,
               range: DayRange(Day(iso: "1900-01-01")!, Day(iso: "2100-12-31")!), keywords: .polish),
        Values(name: "x", names: ["a", "b", "c", "d", "e"], count: 0, day: Day(iso: "2020-01-01")!,
               range: DayRange(Day(iso: "2020-01-01")!, Day(iso: "2020-01-05")!), keywords: .english),
    ]

    static func gapTexts(_ v: Values) -> [Text] {
        let reasons: [GapMessage.Uncovered] = [
            .noService(group: v.name, need: v.name), .runByWithdrawn(withdrawn: v.names), .notProvided(services: v.names),
            .voidWithout(services: v.names, withdrawn: v.names), .notInForce(services: v.names, day: v.day), .notInForce(services: v.names, day: nil),
        ]
        let reason = GapMessage.rangeReason(ending: v.name, endsOn: v.day, starting: v.name, startsOn: v.day).text
        var messages: [GapMessage] = reasons.map { .uncovered(need: v.name, group: v.name, day: v.day, reason: $0) }
        messages += [
            .uncovered(need: v.name, group: v.name, day: nil, reason: reasons[0]),
            .declareServiceHelp(group: v.name, need: v.name, keywords: v.keywords),
            .addProvidesHelp(partner: v.name, service: v.name, keywords: v.keywords),
            .provideUnderAgreementHelp, .provideBetweenOthersHelp, .extendToPlanPeriodHelp(keywords: v.keywords),
            .uncoveredRange(need: v.name, group: v.name, range: v.range, reason: reason),
            .uncoveredRange(need: v.name, group: v.name, range: v.range, reason: nil),
            .uncoveredDays(need: v.name, group: v.name, days: v.count, ranges: [v.range, v.range], more: v.count),
            .rangeReason(ending: v.name, endsOn: v.day, starting: nil, startsOn: v.day),
            .rangeReason(ending: nil, endsOn: v.day, starting: v.name, startsOn: v.day),
            .rangeNote(first: v.day, reason: reason), .extendOrProvideHelp(keywords: v.keywords),
            .capacityShort(need: v.name, group: v.name, capacity: v.count, size: v.count, shortfall: v.count),
            .serviceCapacity(service: v.name, capacity: nil, keywords: v.keywords),
            .raiseCapacityHelp(keywords: v.keywords),
            .dependsOnOne(need: v.name, group: v.name, partner: v.name, days: [v.range]),
            .dependsOnAnyOf(need: v.name, group: v.name, partners: v.names, days: [v.range, v.range]),
            .losesDaysWithout(need: v.name, group: v.name, partners: v.names.map { GapMessage.CriticalDays(partner: $0, days: v.count) }),
            .avoidPartnersHelp(partners: [v.name]), .avoidPartnersHelp(partners: v.names + [v.name]),
            .sectorWithoutPartner(sector: v.name, day: v.day), .sectorWithoutPartner(sector: v.name, day: nil),
            .addSectorPartnerHelp(sector: v.name, keywords: v.keywords), .makePartyHelp(candidates: [v.name] + v.names),
            .indicatorMissed(goal: v.name, metric: v.keywords.canonical(.coverage), value: Double(v.count) / 3, comparison: ">=", target: 1e300, percent: true),
            .indicatorMissed(goal: v.name, metric: v.keywords.canonical(.agreements), value: Double(v.count), comparison: "<", target: 2.5, percent: false),
            .coverageBelowRequired(percent: 73.44, required: 80), .coverageRequiredHelp(keywords: v.keywords),
        ]
        for unit in [CapacityUnit.year, .month, .week] {
            messages.append(.serviceCapacity(service: v.name, capacity: Capacity(amount: v.count, unit: unit), keywords: v.keywords))
        }
        return messages.map(\.text)
    }

    static func coverageTexts(_ v: Values) -> [Text] {
        var messages: [CoverageMessage] = [
            .window(range: v.range, singleDay: false, planPeriod: nil), .window(range: nil, singleDay: false, planPeriod: nil),
            .window(range: DayRange(v.day, v.day), singleDay: true, planPeriod: v.range),
            .heading(plan: v.name, window: v.range, singleDay: false, planPeriod: v.range),
            .withdrawn(partners: [v.name]), .withdrawn(partners: v.names + [v.name]),
            .summary(percent: 73.44, covered: v.count, pairs: v.count), .noNeeds, .legend, .pairsHeading, .short(places: v.count),
            .gapsHeading(count: v.count), .noGaps, .rankingHeading, .noCriticalPartners, .rankingEntry(pairs: v.count, pairDays: v.count),
            .newlyBrokenHeading(count: v.count), .nothingNewlyBroken, .sectorLosesLastPartner(sector: v.name),
            .newlyBroken(pair: v.name, before: .covered, after: .uncovered, lost: [v.range], lostDays: v.count),
            .newlyBroken(pair: v.name, before: .partial, after: .uncovered, lost: [v.range, v.range], lostDays: v.count),
            .markdownHeading(plan: v.name), .markdownGroupColumn, .markdownGapsHeading, .markdownNone, .markdownRankingHeading,
            .markdownNoCriticalPartners, .markdownRankingColumns, .markdownNewlyBrokenHeading, .markdownNothing,
            .markdownPeriod(window: v.range, singleDay: false, planPeriod: v.range,
                            summary: CoverageSummary(percent: 99.95, pairs: v.count, covered: v.count, pairDays: v.count, coveredPairDays: 0)),
            .markdownPeriod(window: DayRange(v.day, v.day), singleDay: true, planPeriod: v.range, summary: nil),
            .markdownPeriod(window: nil, singleDay: false, planPeriod: nil, summary: nil),
        ]
        messages += CoverageStatus.allCases.map { .status($0) }
        return messages.map(\.text)
    }

    static func otherTexts(_ v: Values) -> [Text] {
        let templates: [TemplateMessage] = [
            .tooLarge(bytes: v.count, limitKB: 128), .tooLargeHelp, .tooManyTags(limit: v.count), .tooManyTagsHelp,
            .unterminatedTag(close: "}}"), .emptyTag, .unescapedOutput, .unescapedOutputHelp, .partialsAndBlocks, .pragmas, .pragmasHelp,
            .malformedDelimiters, .sectionsTooDeep(limit: v.count), .sectionsTooDeepHelp, .closesNothing(name: v.name),
            .closesOther(name: v.name, open: v.name), .closeInnermostHelp(open: v.name), .neverClosed(section: v.name),
            .addCloseHelp(section: v.name), .transformsTooDeep(limit: v.count), .unknownTransform(name: v.name),
            .needsList(transform: v.name, inner: v.name), .malformedName(name: v.name), .unknownField(field: v.name),
            .unknownFieldIn(field: v.name, name: v.name), .fieldsHere(fields: v.names), .notFound(template: v.name),
            .leavesRoot(template: v.name), .leavesRootHelp(root: "/repo"), .unreadable(template: v.name), .notUTF8(template: v.name),
            .tooManyExpansions(estimate: "1e+30", agreement: v.name, limit: v.count), .tooManyExpansionsHelp,
            .unknownBuiltIn(name: v.name), .builtInsHelp(names: v.names),
        ]
        let documents: [DocumentMessage] = [
            .noAgreement(name: v.name), .noAgreementsHelp, .agreementsHelp(names: v.names), .docxNotAssembled, .reportFormat(format: "docx"),
        ]
        var config: [ConfigMessage] = [
            .unknownTable(name: v.name), .topLevelKeysHelp(keys: v.names), .unknownKey(key: v.name, file: "coplan.toml"),
            .keysHelp(keys: v.names), .folderNotRelative(folder: v.name), .folderNotRelativeHelp, .noFolders, .noFoldersHelp,
            .unknownCode(code: v.name, key: "allow"), .alreadyError(code: "E300"), .cannotAllow(code: "E200"),
            .allowedAndDenied(code: "W400"), .allowedAndDeniedHelp, .unknownLanguage(language: v.name), .languagesHelp(languages: v.names),
        ]
        let found: [ConfigMessage.Found] = [.string, .integer, .number, .boolean, .array, .table, .dateOrTime]
        for kind in found {
            for expected in [ConfigMessage.Expected.boolean, .languageCode, .list(of: .folders), .list(of: .codes)] {
                config.append(.wrongType(key: v.name, expected: expected, found: kind))
            }
            config.append(.listNotQuoted(key: v.name, items: .codes, found: kind))
        }
        let imports: [ImportMessage] = [
            .cannotReadFile(reason: ImportMessage.tooLarge(bytes: v.count).text), .notFound(path: v.name), .notFoundHelp,
            .leavesRoot(path: v.name), .leavesRootHelp, .cycle(chain: v.names), .cycleHelp, .tooDeep(limit: v.count),
            .cannotRead(path: v.name, reason: ImportMessage.unknownError.text), .unknownError, .tooLarge(bytes: v.count),
        ]
        let suppressions: [SuppressionMessage] = [
            .unknownVerb(verb: v.name), .writeAllowHelp, .unknownCode(code: v.name), .notSuppressible(code: "E200"), .namesNoCode,
            .standaloneMisplaced, .standaloneMisplacedHelp, .stale(code: "W400", inDeclaration: true),
            .stale(code: "W400", inDeclaration: false), .removeStaleHelp,
        ]
        return templates.map(\.text) + documents.map(\.text) + config.map(\.text) + imports.map(\.text) + suppressions.map(\.text)
    }

    static func problems(_ text: Text, names: [String]) -> [String] {
        var out: [String] = []
        let english = LanguageAudit.englishIn(text.pl), polish = LanguageAudit.polishIn(text.en)
        if !english.isEmpty { out.append("English \(english) in: \(text.pl)") }
        if !polish.isEmpty { out.append("Polish \(polish) in: \(text.en)") }
        if text.en == text.pl, !LanguageAudit.words(text.en).isEmpty { out.append("not translated: \(text.en)") }
        if Set(LanguageAudit.codeSpans(text.en)) != Set(LanguageAudit.codeSpans(text.pl)) {
            out.append("placeholders differ: \(text.en) | \(text.pl)")
        }
        // House style: lower-case start (Markdown headings and table rows aside), no full stop.
        for rendering in [text.en, text.pl] where !rendering.hasPrefix("#") && !rendering.hasPrefix("|")
            && !names.contains(where: { rendering.hasPrefix($0) }) {
            if let first = rendering.first, first.isUppercase, !rendering.hasSuffix(".") { out.append("capital start: \(rendering)") }
        }
        return out
    }

    @Test(arguments: 0..<values.count) func everyEntryReadsInBothLanguages(_ index: Int) {
        let v = Self.values[index]
        for text in Self.gapTexts(v) + Self.coverageTexts(v) + Self.otherTexts(v) {
            let found = Self.problems(text, names: [v.name] + v.names)
            #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
        }
    }

    /// The same with random values: any count (plural forms, grouping), any day, Polish and
    /// empty names, both keyword languages.
    @Test func randomValuesReadInBothLanguages() async {
        await propertyCheck(count: 100, input: Gen.int(in: 0...1_000_000_000)) { seed in
            var random = SplitMix(seed: UInt64(seed))
            let names = ["gops", "ośrodek_pomocy_społecznej", "Żółć", "źródło_ąę", "a_1", "zespół_łączności"]
            func name() -> String { names[Int(random.next() % UInt64(names.count))] }
            let count = [0, 1, 2, 5, 12, 22, 112, 1_000, 1_000_000_007][Int(random.next() % 9)] + Int(random.next() % 3)
            let first = Day(ordinal: Int(random.next() % 60_000))
            let last = first.adding(days: Int(random.next() % 4_000))
            let v = Values(name: name(), names: (0..<Int(random.next() % 4)).map { _ in name() }, count: count, day: first,
                           range: DayRange(first, last), keywords: random.next() % 2 == 0 ? .english : .polish)
            for text in Self.gapTexts(v) + Self.coverageTexts(v) + Self.otherTexts(v) {
                let found = Self.problems(text, names: [v.name] + v.names)
                #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
            }
        }
    }

    /// Polish plurals and numbers in the sentences people read most.
    @Test func polishPluralsAndNumbers() {
        func pl(_ m: GapMessage) -> String { m.text.pl }
        let r = DayRange(Day(iso: "2020-01-01")!, Day(iso: "2020-01-01")!)
        #expect(pl(.uncoveredRange(need: "n", group: "g", range: r, reason: nil)) == "potrzeba `n` grupy `g` nie jest pokryta w dniu 2020-01-01")
        #expect(GapMessage.days(1).pl == "1 dzień" && GapMessage.days(2).pl == "2 dni" && GapMessage.days(1096).pl == "1096 dni" && GapMessage.days(10960).pl == "10\u{A0}960 dni")
        #expect(pl(.capacityShort(need: "n", group: "g", capacity: 1, size: 2, shortfall: 1))
                == "potrzeba `n` grupy `g` ma zapewnione miejsca dla 1 osoby rocznie, a grupa liczy 2 osoby (brakuje 1 miejsca)")
        #expect(pl(.capacityShort(need: "n", group: "g", capacity: 22, size: 1, shortfall: 12_893))
                == "potrzeba `n` grupy `g` ma zapewnione miejsca dla 22 osób rocznie, a grupa liczy 1 osobę (brakuje 12\u{A0}893 miejsc)")
        #expect(pl(.coverageBelowRequired(percent: 73.44, required: 80)) == "pokrycie wynosi 73,4%, a wymagane jest co najmniej 80%")
        #expect(pl(.uncoveredDays(need: "n", group: "g", days: 5, ranges: [r, r, r], more: 2)).hasSuffix(" i jeszcze 2 okresy"))
        #expect(CoverageMessage.rankingEntry(pairs: 5, pairDays: 1).text.pl == "5 par, łącznie 1 dzień")
        #expect(CoverageMessage.summary(percent: 100, covered: 1, pairs: 1).text.pl == "pokryto 100% dni par; w pełni pokryte: 1 z 1 pary")
    }

    /// Help in a file written with Polish keywords suggests Polish keywords.
    @Test func helpFollowsTheFileKeywords() {
        #expect(GapMessage.addProvidesHelp(partner: "gops", service: "u1", keywords: .polish).text.pl
                == "dodaj `gops zapewnia u1` do porozumienia, którego stroną jest `gops`")
        #expect(GapMessage.addProvidesHelp(partner: "gops", service: "u1", keywords: .english).text.en
                == "add `gops provides u1` to an agreement of `gops`")
        #expect(GapMessage.extendToPlanPeriodHelp(keywords: .polish).text.en.contains("`okres`"))
        #expect(GapMessage.raiseCapacityHelp(keywords: .polish).text.pl == "zwiększ `pojemność` usługi lub zapewnij inną usługę dla tej potrzeby")
    }

    /// A plan written in Polish keywords gets help in Polish keywords from `check`.
    @Test func checkerPassesTheFileKeywordsToTheAnalysis() {
        let plan = """
        plan p { okres 2020-01-01 .. 2020-12-31 }
        podmiot gops { sektor pomoc_społeczna }
        podmiot pup { sektor rynek_pracy }
        potrzeba n {}
        grupa g { potrzeby n }
        usługa u { przez gops
          dla g
          zaspokaja n }
        porozumienie a { strony gops, pup
          okres 2020-01-01 .. 2020-12-31
          pup zobowiązuje "x"
          gops zobowiązuje "y" }
        """
        let report = checkReport(["/repo/p.plan": plan])
        let gap = report.diagnostics.first { $0.code == .G500 }
        #expect(gap?.helpText?.pl == "dodaj `gops zapewnia u` do porozumienia, którego stroną jest `gops`", "\(report.diagnostics.map(\.message.en))")
        #expect(report.plans.first?.model.planKeywordLanguage == .polish)
    }
}
