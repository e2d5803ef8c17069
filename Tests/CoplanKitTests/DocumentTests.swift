import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PropertyBased
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

/// Agreement documents, the report and the graph: golden Markdown/HTML in both languages,
/// DOCX structure, escaping of hostile names, template validation and file names.
@Suite struct DocumentTests {
    static func model(_ relative: String = "documents/small.plan") throws -> PlanModel {
        let text = try Golden.read(relative)
        let report = checkReport(["/repo/plan.plan": text])
        #expect(report.errors == 0, "\(report.diagnostics.map(\.message.en))")
        return try #require(report.plans.first?.model)
    }

    static func shippedPlan() throws -> PlanModel {
        let url = Golden.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Plans/lesniowice-liderzy-kooperacji.plan")
        let report = checkReport(["/repo/plan.plan": try String(contentsOf: url, encoding: .utf8)])
        return try #require(report.plans.first?.model)
    }

    // MARK: Golden documents

    @Test(arguments: Language.allCases, [DocumentFormat.md, .html])
    func agreementGolden(language: Language, format: DocumentFormat) throws {
        let emitter = AgreementEmitter(model: try Self.model(), language: language)
        let document = try emitter.render(Ref(0), format: format)
        #expect(document.fileName == "gops_fundacja.\(format.rawValue)")
        try Golden.assert(document.text, matches: "documents/agreement.\(language.rawValue).\(format.rawValue)")
    }

    @Test(arguments: Language.allCases, [DocumentFormat.md, .html])
    func reportGolden(language: Language, format: DocumentFormat) throws {
        let model = try Self.model()
        let document = try PlanReport(model: model, analysis: Analyzer.analyse(model), language: language).render(format: format)
        #expect(document.fileName == "report.\(format.rawValue)")
        try Golden.assert(document.text, matches: "documents/report.\(language.rawValue).\(format.rawValue)")
    }

    /// The Polish report of a plan is wholly Polish: gap texts included, names quoted („…”)
    /// rather than in backticks, roles and sectors by their Polish labels; the English one the reverse.
    @Test(arguments: ["documents/small.plan", "../../../Plans/dzialdowo-mlw.plan", "../../../Plans/lesniowice-liderzy-kooperacji.plan"])
    func reportIsWhollyInItsLanguage(_ plan: String) throws {
        let text = try Golden.read(plan)
        let model = try #require(checkReport(["/repo/plan.plan": text]).plans.first?.model)
        let analysis = Analyzer.analyse(model)
        for language in Language.allCases {
            let report = try PlanReport(model: model, analysis: analysis, language: language).render(format: .md).text
            // Titles and names come from the plan; the words around them are ours. The Mermaid
            // block is fenced with backticks; nothing else may hold one.
            var ours = report.replacingOccurrences(of: "```mermaid", with: "").replacingOccurrences(of: "```", with: "")
                .replacingOccurrences(of: "\\`", with: "")  // a plan's own backtick, escaped
            for name in model.partners.map(\.title) + model.agreements.map(\.title) + model.services.map(\.title)
                + model.groups.map(\.title) + model.needs.map(\.title) + model.goals.map(\.title) + [model.plan?.title ?? "", model.plan?.program ?? ""] {
                ours = ours.replacingOccurrences(of: name, with: "")
            }
            #expect(!ours.contains("`"), "backticks in the \(language) report")
            // Each gap ends with where it is written: `(plan.plan:8)`.
            let gaps = ours.components(separatedBy: "\n").filter { $0.hasPrefix("- **G5") }
                .map { $0.replacingOccurrences(of: #" \(plan\.plan:[0-9]+\)$"#, with: "", options: .regularExpression) }
            #expect(gaps.count == analysis.diagnostics.filter { $0.severity == .gap }.count)
            for line in gaps {
                let wrong = language == .pl ? LanguageAudit.englishIn(line) : LanguageAudit.polishIn(line)
                #expect(wrong.isEmpty, "\(wrong) in: \(line)")
            }
        }
        let polish = try PlanReport(model: model, analysis: analysis, language: .pl).render(format: .md).text
        let english = try PlanReport(model: model, analysis: analysis, language: .en).render(format: .md).text
        if plan.contains("dzialdowo") {
            #expect(polish.contains("| lider, koordynator |"), "\(polish)")
            #expect(english.contains("| lead partner, coordinator |"), "\(english)")
            #expect(!polish.contains("lead, coordinator") && !english.contains("lead, coordinator"))
            #expect(polish.contains("### pomoc społeczna") && english.contains("### social assistance"))
            #expect(polish.contains("potrzeba „Mieszkanie socjalne” grupy „Osoby opuszczające zakłady karne”"), "gaps name needs and groups by their titles: \(polish)")
        }
    }

    /// A target outside `Int`'s range: `Int(_:)` trapped on it when the report printed it.
    static let hugeTarget = "goal g { indicator agreements >= 10000000000000000000 }\n"

    @Test(arguments: Language.allCases, [DocumentFormat.md, .html])
    func reportPrintsTargetsBeyondInt(language: Language, format: DocumentFormat) throws {
        let text = try Golden.read("documents/small.plan") + Self.hugeTarget
        let model = try #require(checkReport(["/repo/plan.plan": text]).plans.first?.model)
        let report = try PlanReport(model: model, analysis: Analyzer.analyse(model), language: language).render(format: format).text
        #expect(report.contains("≥ 1e+19"))
    }

    @Test func reportMatrixHasTheColumnsOfTheCoverageMatrix() throws {
        // The group lists its needs against declaration order: both views follow the declarations.
        let text = try Golden.read("documents/small.plan").replacingOccurrences(of: "needs parenting, leisure", with: "needs leisure, parenting")
        let model = try #require(checkReport(["/repo/plan.plan": text]).plans.first?.model)
        let analysis = Analyzer.analyse(model)
        #expect(CoverageMatrix(model: model, result: analysis).columns.map(\.name) == ["parenting", "leisure"])
        let report = try PlanReport(model: model, analysis: analysis).render(format: .md).text
        #expect(report.contains(#"| Grupa | Wsparcie rodziców | Czas wolny \<i\>i\</i\> kultura |"#), "\(report)")
    }

    @Test func polishIsTheDefaultAndEnglishOnRequest() throws {
        let model = try Self.model()
        let polish = try AgreementEmitter(model: model).markdown(Ref(0))
        #expect(polish.contains("zawarte w dniu 20 grudnia 2019 r. w miejscowości Testowo pomiędzy:"))
        #expect(polish.contains("Porozumienie nie rodzi zobowiązań finansowych pomiędzy Stronami."))
        #expect(polish.contains("Zmiany Porozumienia wymagają formy pisemnej pod rygorem nieważności."))
        #expect(polish.contains("zastosowanie mają przepisy Kodeksu cywilnego"))
        #expect(polish.contains("sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze Stron"))
        #expect(polish.contains("w imieniu którego działa: Anna Nowak – Kierownik GOPS, zwany dalej „GOPS”"))
        #expect(polish.contains("w imieniu której działa:"))  // Fundacja is feminine
        #expect(polish.contains("okresu wypowiedzenia wynoszącego 3 miesiące"))
        #expect(polish.contains("spotykają się co 2 miesiące"))
        let english = try AgreementEmitter(model: model, language: .en).markdown(Ref(0))
        #expect(english.contains("Concluded on 20 December 2019 in Testowo between:"))
        #expect(english.contains("creates no financial obligations"))
    }

    @Test func everyShippedAgreementRendersInEveryFormat() throws {
        let model = try Self.shippedPlan()
        for language in Language.allCases {
            let emitter = AgreementEmitter(model: model, language: language)
            for format in DocumentFormat.allCases {
                let documents = try emitter.renderAll(format: format)
                #expect(documents.count == model.agreements.count)
            }
            // A title starting with "Umowa" makes the Polish text speak of a (feminine) Umowa.
            if language == .pl, let pilot = model.agreements.firstIndex(where: { $0.title.hasPrefix("Umowa") }) {
                let text = try emitter.markdown(Ref(pilot))
                #expect(text.contains("zawarta w dniu"))
                #expect(text.contains("Umowa nie rodzi zobowiązań finansowych"))
                #expect(text.contains("W sprawach nieuregulowanych niniejszą Umową"))
            }
            // The context matches the schema templates are validated against.
            for index in model.agreements.indices {
                let context = AgreementContext(model: model, language: language).context(for: Ref(index))
                #expect(AgreementContext.schema.admits(context), "agreement \(index)")
            }
        }
    }

    // MARK: DOCX

    static func entries(_ bytes: [UInt8]) throws -> [String: String] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var result: [String: String] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            result[entry.path] = String(decoding: data, as: UTF8.self)
            #expect(entry.fileAttributes[.modificationDate] as? Date == Date(timeIntervalSince1970: 315_532_800))
        }
        return result
    }

    static func isWellFormed(_ xml: String) -> Bool {
        XMLParser(data: Data(xml.utf8)).parse()
    }

    @Test func docxIsAWordPackage() throws {
        let document = try AgreementEmitter(model: try Self.model()).render(Ref(0), format: .docx)
        #expect(document.fileName == "gops_fundacja.docx")
        let parts = try Self.entries(document.bytes)
        #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                                    "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml",
                                    "word/footer1.xml"])
        for (path, xml) in parts { #expect(Self.isWellFormed(xml), "\(path) is not well-formed XML") }
        let body = try #require(parts["word/document.xml"])
        #expect(body.contains("<w:pStyle w:val=\"Title\"/>"))
        #expect(body.components(separatedBy: "<w:pStyle w:val=\"Heading1\"/>").count - 1 == 7)  // § 1 … § 7
        #expect(body.contains("<w:numPr><w:ilvl w:val=\"0\"/>"))
        #expect(body.contains("<w:numPr><w:ilvl w:val=\"1\"/>"))
        #expect(body.contains("<w:tbl><w:tblPr><w:tblStyle w:val=\"SignatureTable\"/>"))
        #expect(body.contains("Anna Nowak"))
        #expect(Typography.unbound(body).contains("zawarte w dniu 20 grudnia 2019 r."))
        #expect(body.contains("zawarte w\u{00A0}dniu 20\u{00A0}grudnia 2019\u{00A0}r."))  // no line ends at "w" or "20"
        #expect(body.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))  // A4
        // Page numbers: the section points at the footer, which holds PAGE and NUMPAGES fields.
        #expect(body.contains("<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId3\"/>"))
        #expect(try #require(parts["word/_rels/document.xml.rels"]).contains("Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\""))
        #expect(try #require(parts["[Content_Types].xml"]).contains("PartName=\"/word/footer1.xml\""))
        let footer = try #require(parts["word/footer1.xml"])
        #expect(footer.contains(">Strona </w:t>") && footer.contains("> PAGE </w:instrText>") && footer.contains("> z </w:t>")
                && footer.contains("> NUMPAGES </w:instrText>"))
        // Each ordered list restarts: one <w:num> per list, ordered ones with a start override.
        let numbering = try #require(parts["word/numbering.xml"])
        let lists = body.components(separatedBy: "<w:numId w:val=\"").dropFirst().map { $0.prefix(while: \.isNumber) }
        #expect(Set(lists).count == numbering.components(separatedBy: "<w:num w:numId=").count - 1)
        #expect(numbering.contains("<w:startOverride w:val=\"1\"/>"))
        #expect(try #require(parts["[Content_Types].xml"]).contains("wordprocessingml.document.main+xml"))
        #expect(try #require(parts["docProps/core.xml"]).contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2019-12-20T00:00:00Z"))
    }

    /// Word rejects paragraph properties out of the schema's sequence (ECMA-376 CT_PPrBase).
    @Test func docxParagraphPropertiesFollowTheSchemaOrder() throws {
        let order = ["pStyle", "keepNext", "keepLines", "numPr", "spacing", "ind", "jc", "outlineLvl"]
        let parts = try Self.entries(try AgreementEmitter(model: try Self.model()).render(Ref(0), format: .docx).bytes)
        for part in ["word/document.xml", "word/styles.xml", "word/numbering.xml", "word/footer1.xml"] {
            let xml = try #require(parts[part])
            for chunk in xml.components(separatedBy: "<w:pPr>").dropFirst() {
                let properties = chunk.components(separatedBy: "</w:pPr>")[0]
                let names = properties.components(separatedBy: "<w:").dropFirst().map { String($0.prefix { $0.isLetter }) }
                    .filter(order.contains)
                let ranks = names.compactMap { order.firstIndex(of: $0) }
                #expect(ranks == ranks.sorted(), "\(part): \(names)")
            }
        }
        #expect(try #require(parts["word/document.xml"]).contains("</w:tbl><w:p/>"))
    }

    @Test func docxIsByteIdenticalForTheSamePlan() throws {
        let first = try AgreementEmitter(model: try Self.model()).render(Ref(0), format: .docx)
        let second = try AgreementEmitter(model: try Self.model()).render(Ref(0), format: .docx)
        #expect(first.bytes == second.bytes)
    }

    // MARK: Escaping

    @Test func hostileNamesAreEscapedInEveryFormat() throws {
        let model = try Self.model()
        let emitter = AgreementEmitter(model: model)
        let html = try emitter.render(Ref(0), format: .html).text
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Fundacja *Razem* &amp; _Dalej_ ]]&gt; `kod` # 1"))
        #expect(html.contains("Jan [Kowalski](http://x.example)"))
        #expect(!html.contains("<b>w kryzysie"))
        #expect(!html.contains("<em>") && !html.contains("<a "))
        #expect(Self.isWellFormed(html.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
            .replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "").replacingOccurrences(of: "<br>", with: "<br/>")))

        let markdown = try emitter.markdown(Ref(0))
        #expect(markdown.contains(##"Fundacja \*Razem\* \& \_Dalej\_ \]\]\> \`kod\` \# 1"##))
        #expect(markdown.contains(#"Jan \[Kowalski\](http://x.example)"#))
        #expect(markdown.contains(#"\<script\>"#))
        // Parsed back, the names are plain text again.
        let blocks = DocumentMarkup.parse(markdown)
        guard case .list(_, _, let items) = blocks[3] else { Issue.record("expected the parties list"); return }
        #expect(items[1].content.plainText.hasPrefix("Fundacja *Razem* & _Dalej_ ]]> `kod` # 1, z siedzibą"))

        let docx = try Self.entries(try emitter.render(Ref(0), format: .docx).bytes)
        let body = try #require(docx["word/document.xml"])
        #expect(Self.isWellFormed(body))
        #expect(body.contains("&lt;script&gt;"))
        #expect(body.contains("]]&gt;"))
        #expect(!body.contains("<script>"))

        let report = try PlanReport(model: model, analysis: Analyzer.analyse(model)).render(format: .html).text
        #expect(!report.contains("<script>"))
        #expect(report.contains("&lt;script&gt;"))
        #expect(report.contains("Gmina &lt;Testowa&gt; &amp; &quot;Partnerzy&quot;"))
    }

    @Test func markdownEscapingRoundTrips() async {
        let alphabet = Array("ab ąż*_[]()#<>&\\`|~-+=!1.2)\"'\n\t{}")
        await propertyCheck(input: Gen<Character?>.element(of: alphabet).array(of: 0...24)) { characters in
            let original = String(characters.compactMap { $0 })
            let expected = String(original.map { $0 == "\n" || $0 == "\t" ? " " : $0 })
            let escaped = Escaping.markdown(original)
            #expect(DocumentMarkup.inlines(escaped).plainText == expected, "\(original.debugDescription) → \(escaped)")
            // As a list item's text, an escaped value never opens a new block.
            let blocks = DocumentMarkup.parse("1. x " + escaped)
            #expect(blocks.count == 1)
        }
    }

    /// Whatever a user template writes, the DOCX body stays well-formed XML and HTML output
    /// never contains a tag the text did not come from.
    @Test func anyMarkupGivesWellFormedOutput() async throws {
        let alphabet = Array("ab ł*_\\|#<>&\"\n\n  1.-)\u{1}")
        await propertyCheck(input: Gen<Character?>.element(of: alphabet).array(of: 0...60)) { characters in
            let text = String(characters.compactMap { $0 })
            let blocks = DocumentMarkup.parse(text)
            let bytes = try DOCXWriter.render(blocks, metadata: .init(title: text, language: .pl, created: nil))
            let parts = try Self.entries(bytes)
            #expect(Self.isWellFormed(try #require(parts["word/document.xml"])), "\(text.debugDescription)")
            #expect(Self.isWellFormed(try #require(parts["docProps/core.xml"])))
            let html = HTMLDocumentWriter.render(blocks, language: .pl)
            #expect(!html.contains("<<") && !html.contains("<&"), "\(text.debugDescription)")
        }
    }

    /// Up to nine digits start an ordered list; a longer run is text (it used to overflow `Int`).
    @Test func longDigitRunsAreNotListNumbers() {
        guard case .list(ordered: true, start: 123_456_789, _) = DocumentMarkup.parse("123456789. x").first else {
            Issue.record("nine digits should start a list")
            return
        }
        #expect(DocumentMarkup.parse("12345678901234567890123. x") == [.paragraph([.text("12345678901234567890123. x")])])
    }

    @Test func xmlEscapingReplacesForbiddenCharacters() {
        #expect(Escaping.xml("a\u{1}b<&>\"'\u{FFFE}") == "a\u{FFFD}b&lt;&amp;&gt;&quot;&apos;\u{FFFD}")
        #expect(Escaping.html("<a href=\"x\">") == "&lt;a href=&quot;x&quot;&gt;")
    }

    // MARK: Templates

    static func templateError(_ text: String) -> LocatedProblem? {
        do {
            _ = try AgreementEmitter.prepare(TemplateText(text: text, path: "templates/t.mustache"))
            return nil
        } catch {
            return error
        }
    }

    @Test func unknownTemplateFieldIsLocatedWithSuggestion() throws {
        let error = try #require(Self.templateError("# {{title}}\n\n{{#parties}}\n- {{titel}}\n{{/parties}}\n"))
        #expect(error.message.en == "unknown template field `titel`")
        #expect(error.path == "templates/t.mustache")
        #expect(error.span?.start.line == 4 && error.span?.start.column == 5)
        #expect(error.help?.en == "did you mean `title`?")
        #expect(error.description.hasPrefix("templates/t.mustache:4:5: error: unknown template field `titel`"))
    }

    @Test func templateFieldsResolveInTheirSections() throws {
        // Fields of a list item, of the root inside a section, dotted paths and transforms.
        let good = """
        {{uppercased(title)}} {{doc.nom}} {{#signing}}{{date}} {{title}}{{/signing}}
        {{#parties}}{{short}} {{number}} {{#representatives}}{{name}}{{^last}}, {{/last}}{{/representatives}} {{plan.title}}{{/parties}}
        {{#signature_columns}}{{.}}{{/signature_columns}} {{count(parties)}} {{#first(parties)}}{{title}}{{/first(parties)}}
        {{! a comment with {{nothing}} }}
        """
        #expect(Self.templateError(good) == nil)
        #expect(Self.templateError("{{#parties}}{{date}}{{/parties}}")?.message.en == "unknown template field `date`")
        #expect(Self.templateError("{{doc.nomm}}")?.help?.en == "did you mean `nom`?")
        #expect(Self.templateError("{{doc.nominative}}")?.help?.en.hasPrefix("fields here: `acc`, `concluded`") == true)
        #expect(Self.templateError("{{shout(title)}}")?.message.en == "unknown transform `shout`")
    }

    @Test func malformedTemplatesAreRefused() {
        #expect(Self.templateError("{{#parties}}\nx\n")?.message.en == "section `parties` is never closed")
        #expect(Self.templateError("{{#parties}}{{/groups}}")?.message.en == "`{{/groups}}` closes `{{#parties}}`")
        #expect(Self.templateError("a {{title")?.span?.start.line == 1)
        #expect(Self.templateError("{{{title}}}")?.message.en == "unescaped output is not allowed in document templates")
        #expect(Self.templateError("{{&title}}")?.message.en == "unescaped output is not allowed in document templates")
        #expect(Self.templateError("{{> other}}") != nil)
        #expect(Self.templateError("{{% CONTENT_TYPE: TEXT}}") != nil)
        // Changed delimiters are followed.
        #expect(Self.templateError("{{=<% %>=}}<% title %> <% nope %>")?.message.en == "unknown template field `nope`")
    }

    /// Findings in a report spell dates out; a date-like run inside a longer number is left alone.
    @Test func reportFindingsSpellDatesAndQuoteNames() {
        let pl = DocumentPhrases(.pl), en = DocumentPhrases(.en)
        #expect(pl.spellingDates("w okresie 2021-07-01 .. 2021-12-31 (184 dni) — do 2021-06-30")
                == "w okresie od 1 lipca 2021 r. do 31 grudnia 2021 r. (184 dni) — do 30 czerwca 2021 r.")
        #expect(en.spellingDates("on 2020-02-29, not 12020-02-291 or 2021-02-29") == "on 29 February 2020, not 12020-02-291 or 2021-02-29")
        #expect(pl.quotingCode("potrzeba `rodzicielstwo` grupy `rodziny`") == "potrzeba „rodzicielstwo” grupy „rodziny”")
        #expect(en.quotingCode("need `parenting` of `a \"b\"`") == "need “parenting” of “a ‘b’”")
        #expect(pl.quotingCode("a `b") == "a `b")
    }

    /// A party's `sector` is the standard sector's label in the agreement's language.
    @Test func sectorFieldFollowsTheLanguage() throws {
        let template = try AgreementEmitter.prepare(TemplateText(text: "{{#parties}}{{sector}};{{/parties}}", path: "t"))
        let model = try Self.model()
        #expect(try AgreementEmitter(model: model, language: .pl).markdown(Ref(0), template: template).hasPrefix("pomoc społeczna;"))
        #expect(try AgreementEmitter(model: model, language: .en).markdown(Ref(0), template: template).hasPrefix("social assistance;"))
    }

    @Test func userTemplateRendersWithEscaping() throws {
        let template = try AgreementEmitter.prepare(TemplateText(text: "# {{title}}\n\n{{#parties}}\n- {{title}}\n{{/parties}}\n", path: "t"))
        let emitter = AgreementEmitter(model: try Self.model())
        let markdown = try emitter.markdown(Ref(0), template: template)
        #expect(markdown.contains(#"- Fundacja \*Razem\*"#))
        let html = try emitter.render(Ref(0), format: .html, template: template).text
        #expect(html.contains("<li>Fundacja *Razem* &amp; _Dalej_"))
    }

    @Test func templateAttributeNamesBuiltInsOrFiles() throws {
        let base = try Golden.read("documents/small.plan")
        func reference(_ attribute: String) throws -> AgreementEmitter.TemplateReference {
            let text = base.replacingOccurrences(of: "  notice 3 months\n", with: "  notice 3 months\n  template \(attribute)\n")
            let model = try #require(checkReport(["/repo/p.plan": text]).plans.first?.model)
            return try AgreementEmitter.templateReference(of: model.agreements[0])
        }
        #expect(try reference("standard") == .builtIn)
        #expect(try reference("\"templates/porozumienie.mustache\"") == .file("templates/porozumienie.mustache"))
        #expect(throws: LocatedProblem.self) { try reference("standrad") }
        do {
            _ = try reference("standrad")
        } catch let error as LocatedProblem {
            #expect(error.help?.en == "did you mean `standard`?")
            #expect(error.span?.start.line == 79)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func unknownAgreementSuggestsTheClosest() throws {
        let emitter = AgreementEmitter(model: try Self.model())
        #expect(throws: LocatedProblem.self) { try emitter.agreement(named: "gops_fundacje") }
        do throws(LocatedProblem) {
            _ = try emitter.agreement(named: "gops_fundacje")
        } catch {
            #expect(error.message.en == "no agreement named `gops_fundacje`")
            #expect(error.help?.en == "did you mean `gops_fundacja`?")
        }
        #expect(try emitter.agreement(named: "gops_fundacja") == Ref(0))
    }

    // MARK: Wording

    @Test func polishAndEnglishPhrases() {
        let pl = DocumentPhrases(.pl), en = DocumentPhrases(.en)
        let day = Day(year: 2018, month: 8, day: 20)!
        #expect(pl.date(day) == "20 sierpnia 2018 r.")
        #expect(en.date(day) == "20 August 2018")
        #expect(pl.duration(TimeSpan(amount: 1, unit: .month)) == "1 miesiąc")
        #expect(pl.duration(TimeSpan(amount: 3, unit: .month)) == "3 miesiące")
        #expect(pl.duration(TimeSpan(amount: 12, unit: .month)) == "12 miesięcy")
        #expect(pl.duration(TimeSpan(amount: 22, unit: .week)) == "22 tygodnie")
        #expect(pl.duration(TimeSpan(amount: 5, unit: .year)) == "5 lat")
        #expect(pl.frequency(.quarterly) == "raz na kwartał")
        #expect(pl.frequency(.every(TimeSpan(amount: 6, unit: .month))) == "co 6 miesięcy")
        #expect(en.frequency(.every(TimeSpan(amount: 2, unit: .week))) == "every 2 weeks")
        #expect(pl.capacity(Capacity(amount: 2, unit: .month)) == "do 2 osób miesięcznie")
        #expect(PolishGender.of("Szkoła Podstawowa") == .feminine)
        #expect(PolishGender.of("Ochotnicza Straż Pożarna") == .feminine)
        #expect(PolishGender.of("Gminny Ośrodek Pomocy Społecznej") == .masculine)
        #expect(PolishGender.of("Koło Gospodyń Wiejskich") == .neuter)
        #expect("Gminny Ośrodek Pomocy Społecznej w Leśniowicach".initialism == "GOPS")
        #expect("Poradnia Psychologiczno-Pedagogiczna w Chełmie".initialism == "PPP")
        #expect("Urząd Gminy Leśniowice".initialism == "UG")
        #expect("Urząd Miasta Działdowo".initialism == "UM")
        #expect("Ludowy Klub Sportowy „Orzeł” Leśniowice".initialism == "LKS")
        #expect("Samodzielny Publiczny Zakład Opieki Zdrowotnej SP ZOZ".initialism == "SPZOZSPZOZ")
    }

    @Test func fileNamesStayInTheOutputFolder() {
        #expect(SafeFileName.sanitised("gops_szkoly", extension: "docx") == "gops_szkoly.docx")
        #expect(SafeFileName.sanitised("../../etc/passwd", extension: "md") == "_.._etc_passwd.md")
        #expect(SafeFileName.sanitised("..", extension: "md") == "document.md")
        #expect(SafeFileName.sanitised("a\u{0}b/c", extension: "md") == "a_b_c.md")
        #expect(SafeFileName.sanitised("CON", extension: "html") == "_CON.html")
        #expect(SafeFileName.sanitised("lpt1.x", extension: "html") == "_lpt1.x.html")
    }

    // MARK: Graph

    @Test func graphFormatsEscapeNames() throws {
        let graph = PartnerGraph(model: try Self.model())
        let dot = graph.dot()
        #expect(dot.hasPrefix("graph \"gmina_test\" {"))
        #expect(dot.contains(#"label="Model współpracy – Gmina <Testowa> & \"Partnerzy\"""#))
        #expect(dot.contains(#""a:gops_fundacja" -- "p:fundacja";"#))
        let mermaid = graph.mermaid()
        #expect(mermaid.hasPrefix("flowchart LR\n"))
        #expect(mermaid.contains("#lt;script#gt;"))
        #expect(mermaid.contains("a0 --- p0"))
        #expect(!mermaid.contains("<script>"))
        let svg = graph.svg(language: .pl)
        #expect(Self.isWellFormed(svg))
        #expect(svg.contains("&lt;script&gt;"))
        #expect(graph.svg(language: .pl) == svg)
    }
}
