import Foundation
import Testing
import ZIPFoundation
@testable import CoplanKit
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanModel
@testable import CoplanAnalysis
@testable import CoplanPipeline
@testable import CoplanFormat
@testable import CoplanEmit
@testable import CoplanSession

/// Agreements as a municipal lawyer reads them: the law of the signing day, W405, the
/// register number, written bases, short names, authorisations, quotes, phrasing that
/// leaves pasted names in the nominative, redaction without repeats, and documents that do
/// not depend on the order of declarations.
@Suite struct AgreementLawTests {
    static let repository = Golden.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func model(_ text: String) throws -> PlanModel {
        let report = checkReport(["/repo/plan.plan": text])
        #expect(report.errors == 0, "\(report.diagnostics.filter { $0.code.severity == .error }.map(\.message.en))")
        return try #require(report.plans.first?.model)
    }

    static func staraWies() throws -> PlanModel { try model(try Golden.read("documents/stara-wies.plan")) }

    /// Every shipped and test plan whose agreements are documents.
    static func allPlans() throws -> [(String, PlanModel)] {
        let shipped = ["Plans/lesniowice-liderzy-kooperacji.plan", "Plans/dzialdowo-mlw.plan"].map {
            ($0, try! String(contentsOf: repository.appendingPathComponent($0), encoding: .utf8))
        }
        let tests = ["documents/small.plan", "documents/stara-wies.plan"].map { ($0, try! Golden.read($0)) }
        return try (shipped + tests).map { ($0.0, try model($0.1)) }
    }

    static func agreement(_ model: PlanModel, _ name: String) throws -> Ref<Agreement> {
        try AgreementEmitter(model: model).agreement(named: name)
    }

    static func day(_ text: String) -> Day { Day(iso: text)! }

    // MARK: Golden documents

    /// The agreement that uses every new attribute, in both languages, and redacted.
    @Test(arguments: Language.allCases, [DocumentFormat.md, .html])
    func staraWiesGolden(language: Language, format: DocumentFormat) throws {
        let model = try Self.staraWies()
        let ref = try Self.agreement(model, "gops_razem")
        let document = try AgreementEmitter(model: model, language: language).render(ref, format: format)
        try Golden.assert(document.text, matches: "documents/stara-wies.\(language.rawValue).\(format.rawValue)")
        let redacted = try AgreementEmitter(model: model.redacted(), language: language).render(ref, format: .md)
        if format == .md { try Golden.assert(redacted.text, matches: "documents/stara-wies.redacted.\(language.rawValue).md") }
    }

    // MARK: Acts by date

    @Test func violenceActIsRenamedOn22June2023() {
        let act = LegalAct.domesticViolence
        #expect(act.title(on: Self.day("2023-06-21"))?.polish == "ustawy z dnia 29 lipca 2005 r. o przeciwdziałaniu przemocy w rodzinie")
        #expect(act.title(on: Self.day("2023-06-22"))?.polish == "ustawy z dnia 29 lipca 2005 r. o przeciwdziałaniu przemocy domowej")
        #expect(act.title(on: Self.day("2018-03-29"))?.english == "the Act of 29 July 2005 on Counteracting Family Violence")
        #expect(act.isInForce(on: Self.day("2030-01-01")))
        #expect(!act.isInForce(on: Self.day("2005-11-20")))
    }

    @Test func employmentActIsReplacedOn1June2025() {
        #expect(LegalAct.employmentPromotion.isInForce(on: Self.day("2025-05-31")))
        #expect(!LegalAct.employmentPromotion.isInForce(on: Self.day("2025-06-01")))
        #expect(!LegalAct.labourMarket.isInForce(on: Self.day("2025-05-31")))
        #expect(LegalAct.labourMarket.isInForce(on: Self.day("2025-06-01")))
        #expect(LegalAct.employmentPromotion.repeal?.day == Self.day("2025-06-01"))
        #expect(LegalAct.employmentPromotion.repeal?.successor == .labourMarket)
        // Every act has a title from the day it came into force, and titles run in order.
        for act in LegalAct.allCases {
            #expect(!act.titles.isEmpty)
            #expect(act.titles.map(\.from) == act.titles.map(\.from).sorted())
        }
    }

    /// The basis follows `signed`, else the period's start.
    @Test func basesFollowTheSigningDay() throws {
        let model = try Self.staraWies()
        func bases(_ name: String, _ language: Language = .pl) throws -> String {
            try AgreementEmitter(model: model, language: language).markdown(try Self.agreement(model, name))
        }
        #expect(try bases("policja_2023").contains("ustawy z dnia 29 lipca 2005 r. o przeciwdziałaniu przemocy w rodzinie,"))
        #expect(try bases("policja_2023b").contains("ustawy z dnia 29 lipca 2005 r. o przeciwdziałaniu przemocy domowej,"))
        #expect(try bases("pup_2025").contains("ustawy z dnia 20 kwietnia 2004 r. o promocji zatrudnienia i instytucjach rynku pracy"))
        #expect(try !bases("pup_2025b").contains("o promocji zatrudnienia"))
        #expect(try bases("pup_2025b").contains("ustawy z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia"))
        #expect(try bases("pup_2025b", .en).contains("the Act of 20 March 2025 on the Labour Market and Employment Services"))
        // A family assistant brings in the act of 9 June 2011.
        #expect(try bases("pup_2025b").contains("ustawy z dnia 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej"))
        #expect(try !bases("pup_2025").contains("wspieraniu rodziny"))

        // Without `signed`, the period's start decides.
        let unsigned = try Golden.read("documents/stara-wies.plan")
            .replacingOccurrences(of: "  signed 2023-06-22 at \"Stara Wieś\"\n", with: "")
        let unsignedModel = try Self.model(unsigned)
        let text = try AgreementEmitter(model: unsignedModel).markdown(try Self.agreement(unsignedModel, "policja_2023b"))
        #expect(text.contains("o przeciwdziałaniu przemocy domowej"))
    }

    /// The shipped Leśniowice police agreement (2018) cites the act under its 2018 title.
    @Test func shippedAgreementsCiteTheLawOfTheirDay() throws {
        for (path, model) in try Self.allPlans() {
            for index in model.agreements.indices {
                let agreement = model.agreements[index]
                let day = try #require(model.basisDay(of: agreement))
                let text = try AgreementEmitter(model: model).markdown(Ref(index))
                if day < Self.day("2023-06-22") { #expect(!text.contains("przemocy domowej"), "\(path) \(agreement.name)") }
                if day >= Self.day("2025-06-01") { #expect(!text.contains("o promocji zatrudnienia"), "\(path) \(agreement.name)") }
                if day < Self.day("2025-06-01") { #expect(!text.contains("o rynku pracy i służbach"), "\(path) \(agreement.name)") }
            }
        }
        let lesniowice = try #require(try Self.allPlans().first?.1)
        let police = try AgreementEmitter(model: lesniowice).markdown(try Self.agreement(lesniowice, "gops_policja"))
        #expect(police.contains("ustawy z dnia 29 lipca 2005 r. o przeciwdziałaniu przemocy w rodzinie"))
    }

    /// W405 where an agreement runs past a repeal, nowhere in the shipped plans.
    @Test func w405OnlyWhereDue() throws {
        let report = checkReport(["/repo/plan.plan": try Golden.read("documents/stara-wies.plan")], analyse: false)
        let w405 = report.diagnostics.filter { $0.code == .W405 }
        #expect(w405.count == 1)
        #expect(w405.first?.message.en.hasPrefix("`pup_2025` runs until 2026-05-31") == true)
        #expect(w405.first?.help?.en.contains("the Act of 20 March 2025 on the Labour Market and Employment Services (Dz. U. 2025 poz. 620)") == true)
        let shipped = try FileManager.default.subpathsOfDirectory(atPath: Self.repository.appendingPathComponent("Plans").path)
            .filter { $0.hasSuffix(".plan") }
        var files: [String: String] = [:]
        for path in shipped {
            files["/repo/Plans/" + path] = try String(contentsOf: Self.repository.appendingPathComponent("Plans/" + path), encoding: .utf8)
        }
        #expect(!checkReport(files, analyse: false).diagnostics.contains { $0.code == .W405 })
    }

    // MARK: What the plan writes, as written

    /// `number`, `basis`, `short` and the authorisation appear verbatim in every format and
    /// both languages.
    @Test(arguments: Language.allCases)
    func writtenAttributesAppearAsWritten(language: Language) throws {
        let model = try Self.staraWies()
        let ref = try Self.agreement(model, "gops_razem")
        let emitter = AgreementEmitter(model: model, language: language)
        let written = ["GOPS.4011.3.2024",
                       "art. 5 ust. 2 pkt 4 ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie",
                       "upoważnienie Wójta Gminy Stara Wieś nr 0052.3.2023 z dnia 2 stycznia 2023 r.",
                       language == .pl ? "„Stowarzyszenie”" : "“Stowarzyszenie”"]
        let markdown = try emitter.markdown(ref)
        // HTML and DOCX bind some spaces (`Typography`); the reader sees the same text.
        let html = Typography.unbound(try emitter.render(ref, format: .html).text)
        let docx = Typography.unbound(try #require(try DocumentTests.entries(try emitter.render(ref, format: .docx).bytes)["word/document.xml"]))
        for text in written {
            #expect(markdown.contains(text), "markdown lacks \(text)")
            #expect(html.contains(text), "html lacks \(text)")
            #expect(docx.contains(text), "docx lacks \(text)")
        }
        // The written bases replace the derived ones.
        #expect(!markdown.contains("wspieraniu rodziny") && !markdown.contains("Family Support"))
        // No number is invented where the plan gives none.
        let unnumbered = try emitter.markdown(try Self.agreement(model, "policja_2023"))
        #expect(unnumbered.contains(language == .pl ? "nr ……………………" : "No. ……………………"))
    }

    /// The new attributes lower into the model; `number` is single-valued, `basis` repeatable.
    @Test func attributesLowerIntoTheModel() throws {
        let text = try Golden.read("format/agreement-attributes.plan")
        let model = try Self.model(text)
        #expect(model.partner(named: "gops").map { model[$0].short } == "GOPS")
        #expect(model.people.first { $0.name == "kierownik" }?.authorisation == "upoważnienie Wójta Gminy nr 12/2025")
        let agreement = try #require(model.agreements.first)
        #expect(agreement.number == "GOPS.4011.7.2025")
        #expect(agreement.bases.count == 2 && agreement.bases[1].hasPrefix("ustawy z dnia 20 marca 2025 r."))
        let twice = text.replacingOccurrences(of: "  number \"GOPS.4011.7.2025\"\n", with: "  number \"A\"\n  numer \"B\"\n")
        #expect(codes(twice).contains(.E102))
    }

    /// The short name is used wherever the document names the party; without one, only an
    /// initialism the plan writes itself, else the full name ("PR" is never invented).
    @Test func shortNamesAreWrittenOrAttested() throws {
        let model = try Self.staraWies()
        let text = try AgreementEmitter(model: model).markdown(try Self.agreement(model, "gops_razem"))
        #expect(text.contains("zwane dalej „Stowarzyszenie”"))
        #expect(text.contains("2. Stowarzyszenie w ramach Porozumienia:"))
        #expect(text.contains("ze strony: Stowarzyszenie – Jan Kowalski"))
        #expect(text.contains("| GOPS | Stowarzyszenie | Parafia Rzymskokatolicka pw. św. Jana Chrzciciela w Starej Wsi |"))
        #expect(!text.contains("„PR”"))
        #expect(text.contains("zwana dalej „Parafia Rzymskokatolicka pw. św. Jana Chrzciciela w Starej Wsi”"))
        // Attested: "Kierownik GOPS" in Leśniowice makes GOPS a name the document may use.
        let lesniowice = try #require(try Self.allPlans().first?.1)
        let pilot = try AgreementEmitter(model: lesniowice).markdown(try Self.agreement(lesniowice, "gops_poz"))
        #expect(pilot.contains("zwany dalej „GOPS”"))
    }

    // MARK: Typography and grammar

    /// Quotes inside a quoted name become «…» (Polish) or ‘…’ (English), never a second „…”.
    @Test func quotesNeverNest() throws {
        #expect(DocumentPhrases(.pl).quoted("Stowarzyszenie „Razem dla Starej Wsi”") == "„Stowarzyszenie «Razem dla Starej Wsi»”")
        #expect(DocumentPhrases(.pl).quoted("Klub \"Orzeł\"") == "„Klub «Orzeł»”")
        #expect(DocumentPhrases(.en).quoted("Klub „Orzeł”") == "“Klub ‘Orzeł’”")
        for (path, model) in try Self.allPlans() {
            for language in Language.allCases {
                for index in model.agreements.indices {
                    let text = try AgreementEmitter(model: model, language: language).markdown(Ref(index))
                    #expect(Self.maximumQuoteDepth(text) <= 1, "\(path) \(model.agreements[index].name) \(language)")
                }
            }
        }
    }

    /// Lines never end at a one-letter Polish word, inside a number and its noun, or after
    /// "art.", "nr", "§"; English binds numbers and signs only.
    @Test func layoutKeepsShortWordsWithTheNext() {
        let nb = "\u{00A0}"
        #expect(Typography.bound("art. 2 ust. 2 ustawy z dnia 12 marca 2004 r. o pomocy", .pl)
                == "art.\(nb)2\(nb)ust.\(nb)2\(nb)ustawy z\(nb)dnia 12\(nb)marca 2004\(nb)r. o\(nb)pomocy")
        #expect(Typography.bound("tel. +48 82 000 00 01, e-mail: a@b", .pl) == "tel.\(nb)+48\(nb)82\(nb)000\(nb)00\(nb)01, e\u{2011}mail: a@b")
        #expect(Typography.bound("a person in 3 months", .en) == "a person in 3\(nb)months")
        #expect(Typography.unbound(Typography.bound("w dniu 5 maja, e-mail", .pl)) == "w dniu 5 maja, e-mail")
    }

    /// How deep primary quotes („ or “ … ”) nest on any line.
    static func maximumQuoteDepth(_ text: String) -> Int {
        var deepest = 0
        for line in text.split(separator: "\n") {
            var depth = 0
            for character in line {
                if character == "„" || character == "“" { depth += 1; deepest = max(deepest, depth) }
                if character == "”" { depth = max(0, depth - 1) }
            }
        }
        return deepest
    }

    /// Pasted names follow a colon, where Polish keeps the nominative: "ze strony: …",
    /// "w imieniu którego działa: …"; the participle agrees with the party's name.
    @Test func pastedNamesStandInTheNominative() throws {
        for (path, model) in try Self.allPlans() {
            for index in model.agreements.indices {
                let text = try AgreementEmitter(model: model, language: .pl).markdown(Ref(index))
                #expect(!text.contains("reprezentowan"), "\(path): a name after `przez` needs the accusative")
                #expect(!text.contains("ze strony "), "\(path): a name after `ze strony` needs the genitive")
                #expect(!text.contains("Za "), "\(path): `Za` needs the accusative")
                #expect(!text.contains("zwanym dalej") && !text.contains("zwaną dalej"), "\(path): the party's name is in the nominative")
            }
        }
        let model = try Self.staraWies()
        let text = try AgreementEmitter(model: model).markdown(try Self.agreement(model, "gops_razem"))
        #expect(text.contains("w imieniu którego działa: Ewa Zielińska – Kierownik GOPS w Starej Wsi (na podstawie: upoważnienie Wójta Gminy Stara Wieś nr 0052.3.2023 z dnia 2 stycznia 2023 r.), zwany dalej „GOPS”"))
        #expect(text.contains("**Stowarzyszenie „Razem dla Starej Wsi”**, KRS: 0000123456, w imieniu którego działa: Jan Kowalski – Prezes Zarządu, zwane dalej"))
        #expect(text.contains("w imieniu której działa: ks. Piotr Maj – Proboszcz, zwana dalej"))
        #expect(text.contains("zespołu „Zespół «Razem»”"))
    }

    // MARK: Redaction

    /// Redacted documents name no person and repeat no function, and name the same contacts.
    @Test func redactionReplacesEachPersonOnce() throws {
        for (path, model) in try Self.allPlans() {
            let redacted = model.redacted()
            for language in Language.allCases {
                for index in model.agreements.indices {
                    let plain = try AgreementEmitter(model: model, language: language).markdown(Ref(index))
                    let text = try AgreementEmitter(model: redacted, language: language).markdown(Ref(index))
                    let name = "\(path) \(model.agreements[index].name) \(language)"
                    for person in model.people where !person.header.isPredeclared {
                        #expect(!text.contains(person.header.title), "\(name) names \(person.header.title)")
                        guard let title = person.title else { continue }
                        for repeated in ["\(title), \(title)", "\(title) (\(title))", "\(title) – \(title)"] {
                            #expect(!text.contains(repeated), "\(name) repeats \(title)")
                        }
                    }
                    let rows = text.split(separator: "\n").filter { $0.hasPrefix("|") }
                    #expect(zip(rows, rows.dropFirst()).allSatisfy { $0 != $1 }, "\(name): a signature row is repeated")
                    let contacts = { (t: String) in t.components(separatedBy: language == .pl ? ") ze strony: " : ") for ").count }
                    #expect(contacts(plain) == contacts(text), "\(name): redaction changed the contacts")
                }
            }
        }
    }

    // MARK: Independence from file order

    /// Reordering declarations gives byte-identical documents: nothing is numbered by position.
    @Test func reorderedDeclarationsGiveIdenticalDocuments() throws {
        let path = "Plans/lesniowice-liderzy-kooperacji.plan"
        let text = try String(contentsOf: Self.repository.appendingPathComponent(path), encoding: .utf8)
        let reordered = Self.reversingDeclarations(text)
        #expect(reordered != text)
        let original = try Self.model(text), shuffled = try Self.model(reordered)
        #expect(original.agreements.map(\.name) == shuffled.agreements.map(\.name).reversed())
        for format in DocumentFormat.allCases {
            for language in Language.allCases {
                let a = try AgreementEmitter(model: original, language: language).renderAll(format: format)
                let b = try AgreementEmitter(model: shuffled, language: language).renderAll(format: format)
                let byName = Dictionary(uniqueKeysWithValues: b.map { ($0.fileName, $0.bytes) })
                for document in a {
                    #expect(byName[document.fileName] == document.bytes, "\(document.fileName) \(language) depends on the order")
                }
            }
        }
    }

    /// The declarations after the plan's own, in reverse order (a declaration starts at a line
    /// that begins with a kind keyword and runs to the next).
    static func reversingDeclarations(_ text: String) -> String {
        var blocks: [[Substring]] = [[]]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let word = line.prefix { $0 != " " }
            if DeclarationKind.allCases.contains(where: { $0.english == word }), word != "plan" { blocks.append([]) }
            blocks[blocks.count - 1].append(line)
        }
        let head = blocks.removeFirst()
        return (head + blocks.reversed().flatMap { $0 }).joined(separator: "\n") + "\n"
    }
}
