import Foundation
import Testing
@testable import CoplanKit
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanModel
@testable import CoplanAnalysis
@testable import CoplanPipeline
@testable import CoplanFormat
@testable import CoplanEmit
@testable import CoplanSession
import CoplanTesting

/// Every input a fuzzer ever crashed on (Fixtures/fuzz-regressions/*.bin, see Fuzz/README.md)
/// runs through the same harness as the fuzz targets: parse, whole check, emitters; every
/// template one (*.mustache) through the template harness, every REPL script (*.session)
/// through the session harness.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-regressions")

    static func inputs(_ suffix: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(suffix) }.sorted()
    }
    static var inputs: [String] { inputs(".bin") }
    static var templates: [String] { inputs(".mustache") }
    static var sessions: [String] { inputs(".session") }

    @Test func thereAreRegressionInputs() {
        #expect(!Self.inputs.isEmpty)
        #expect(!Self.templates.isEmpty)
        #expect(!Self.sessions.isEmpty)
    }

    /// A REPL script and its plan (joined by byte 0x01), as `FuzzSession` runs them.
    @Test(arguments: sessions) func replaySession(_ name: String) throws {
        FuzzHarness.session(try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name))))
    }

    @Test(arguments: templates) func replayTemplate(_ name: String) throws {
        FuzzHarness.template(try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name))))
    }

    @Test(arguments: inputs) func replay(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
        FuzzHarness.parse(bytes)
        FuzzHarness.format(bytes)
        for json in FuzzHarness.check(bytes) {
            #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])) != nil)
        }
        FuzzHarness.emit(bytes)
    }

    @Test func harnessSplitsFilesAtByteOne() {
        let (provider, paths) = FuzzHarness.repository(Array("import \"b.plan\"\u{1}sector s { }\u{1}\u{1}x\u{1}y".utf8))
        #expect(paths == ["/repo/a.plan", "/repo/b.plan", "/repo/c.plan", "/repo/d.plan"])
        #expect(provider.files["/repo/b.plan"] == Array("sector s { }".utf8))
        #expect(provider.files["/repo/d.plan"] == Array("x\u{1}y".utf8))
    }
}

/// Output names: one sanitiser in the library, and the CLI writes nothing it would change.
@Suite struct SafeFileNameTests {
    @Test(arguments: [
        ("gops_szkoly", "gops_szkoly.docx"), ("../../etc/passwd", "_.._etc_passwd.docx"), ("..", "document.docx"),
        ("a\u{0}b/c", "a_b_c.docx"), ("CON", "_CON.docx"), ("lpt1.x", "_lpt1.x.docx"), ("nul ", "_nul.docx"),
        ("Com¹", "_Com¹.docx"), ("aux .tar", "_aux .tar.docx"), ("C:\\Windows\\x", "C__Windows_x.docx"),
        ("a\u{85}b", "a_b.docx"), ("", "document.docx"), ("  . ", "document.docx"),
    ])
    func sanitised(_ stem: String, _ expected: String) {
        #expect(SafeFileName.sanitised(stem, extension: "docx") == expected)
        #expect(SafeFileName.isSafe(expected))
    }

    @Test func longNamesAreCutOnACharacter() {
        let name = SafeFileName.sanitised(String(repeating: "ż", count: 150), extension: "md")
        #expect(name.utf8.count <= SafeFileName.maxStemBytes + 3)
        #expect(!name.contains("\u{FFFD}"))
        #expect(name.hasSuffix("ż.md"))
    }

    @Test(arguments: ["a/b.md", "../x.md", ".hidden.md", "x.md\u{0}", "con.md", "x", "x.", "x.m/d", "report..md"])
    func unsafeNamesAreRefused(_ name: String) {
        #expect(!SafeFileName.isSafe(name))
    }
}

/// `--redact`: no person's name, email, phone or identifier survives in any output.
@Suite struct RedactionTests {
    static let plan = """
    plan p "Plan" {
      territory gmina "Testowo" teryt "0603062"
      period 2024-01-01 .. 2024-12-31
    }
    partner gops "GOPS Testowo" { sector social_assistance }
    partner szkola "Szkoła Podstawowa" { sector education }
    # Kontakt: Anna Nowak, anna.nowak@example.org
    person anna_nowak "Anna Nowak" {
      of gops
      title "Kierownik GOPS"
      signs
      email "anna.nowak@example.org"
      phone "+48 600 100 200"
    }
    person jan_kowalski "Jan Kowalski" {
      of szkola
      signs
      email "jan@szkola.example"
    }
    person ewa_zielinska "Ewa Zielińska" { of gops
      phone "+48 500 999 888" }
    need n "Potrzeba" { sectors education }
    group g "Grupa" { size 10
      needs n }
    service s "Usługa" { by szkola
      for g
      meets n }
    agreement a "Porozumienie" {
      parties gops, szkola
      period 2024-01-01 .. 2024-12-31
      signed 2024-03-01
      szkola provides s
      gops commits "Informuje"
      signatories anna_nowak, jan_kowalski, ewa_zielinska
    }
    team t "Zespół" { coordinator jan_kowalsky
      members gops, szkola }
    """

    static let personal = ["Anna Nowak", "anna.nowak@example.org", "+48 600 100 200", "anna_nowak", "Jan Kowalski",
                           "jan@szkola.example", "jan_kowalski", "Ewa Zielińska", "ewa_zielinska", "+48 500 999 888", "Zielińska"]

    static func expectClean(_ text: String, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for value in personal {
            #expect(!text.contains(value), "\(what) still holds `\(value)`", sourceLocation: sourceLocation)
        }
    }

    @Test func noPersonalFieldSurvivesInAnyFormat() throws {
        let raw = ValidRandomPlan.check(Self.plan)
        // The plan has findings that name people (a misspelt person, a signatory who may not sign).
        #expect(raw.diagnostics.contains { $0.message.en.contains("jan_kowalsky") || $0.message.en.contains("ewa_zielinska") })
        let unredacted = HumanReport.render(raw, colored: false)
        #expect(Self.personal.filter { unredacted.contains($0) }.count >= 3)
        let report = raw.redacted()
        #expect(report.diagnostics.count == raw.diagnostics.count)
        Self.expectClean(HumanReport.render(report, colored: false), "human")
        Self.expectClean(report.json.serialized(pretty: true), "json")
        Self.expectClean(SarifReport.render(report).serialized(), "sarif")
        Self.expectClean(JUnitReport.render(report, strict: true), "junit")
        Self.expectClean(GitHubAnnotations.render(report), "github")

        let model = raw.plans[0].model.redacted()
        #expect(model.people.map(\.title) == ["Kierownik GOPS", "person 2", "person 3"])
        #expect(model.people.allSatisfy { $0.email == nil && $0.phone == nil })
        #expect(model.symbol("person_1")?.kind == .person && model.symbol("anna_nowak") == nil)
        let matrix = CoverageMatrix(model: model, result: Analyzer.analyse(model))
        for language in Language.allCases {
            Self.expectClean(matrix.text(width: 80, colored: false, language: language) + matrix.markdown(language: language)
                             + matrix.json(language: language).serialized(), "gaps")
        }
        for language in Language.allCases {
            let report = PlanReport(model: model, analysis: Analyzer.analyse(model), language: language)
            for format in [DocumentFormat.md, .html] { Self.expectClean(try report.render(format: format).text, "report \(format)") }
            let emitter = AgreementEmitter(model: model, language: language)
            for format in [DocumentFormat.md, .html] { Self.expectClean(try emitter.render(Ref(0), format: format).text, "agreement \(format)") }
            let graph = PartnerGraph(model: model, language: language)
            Self.expectClean(graph.dot() + graph.mermaid() + graph.svg(language: language), "graph")
        }
    }

    @Test func maskingKeepsEverySpanValid() {
        let raw = ValidRandomPlan.check(Self.plan)
        let report = raw.redacted()
        for (before, after) in zip(raw.diagnostics, report.diagnostics) {
            #expect(before.span?.start == after.span?.start)
            #expect(after.span?.file.bytes.count == before.span?.file.bytes.count)
        }
    }
}

/// Hostile text inside plan strings reaches the document writers: bounded nesting, linear time.
@Suite struct HostileMarkupTests {
    @Test func deeplyNestedEmphasisStaysShallow() {
        // Each `*` and `_` would open a new level: a million levels overflowed the stack.
        let inlines = DocumentMarkup.inlines(String(repeating: "*_", count: 500_000) + "x" + String(repeating: "_*", count: 500_000))
        func depth(_ list: [DocumentMarkup.Inline]) -> Int {
            list.map { inline -> Int in
                switch inline {
                case .strong(let inner), .emphasis(let inner): return 1 + depth(inner)
                default: return 0
                }
            }.max() ?? 0
        }
        #expect(depth(inlines) == DocumentMarkup.maxNesting)
        #expect(inlines.plainText.contains("x"))
    }

    @Test func shallowEmphasisIsUnchanged() {
        #expect(DocumentMarkup.inlines("a *b _c_ d* e") == [.text("a "), .emphasis([.text("b "), .emphasis([.text("c")]), .text(" d")]), .text(" e")])
    }
}

extension RedactionTests {
    @Test func maskingThousandsOfPeopleIsQuick() {
        var text = "plan p { period 2024-01-01 .. 2024-12-31 }\npartner a \"A\" { sector health }\n"
        for index in 0..<5_000 {
            text += "person o\(index) \"Imię Nazwisko\(index)\" { of a\n title \"T\"\n email \"o\(index)@x.example\"\n phone \"+48 \(100_000 + index)\" }\n"
        }
        let report = ValidRandomPlan.check(text + "team t { coordinator o17x }\n")
        let clock = ContinuousClock()
        var redacted: CheckReport?
        let elapsed = clock.measure { redacted = report.redacted() }
        #expect(elapsed < .seconds(20))
        let file = redacted?.diagnostics.first { $0.span != nil }?.span?.file
        #expect(file.map { String(decoding: $0.bytes, as: UTF8.self) }?.contains("Nazwisko4999") == false)
        #expect(file.map { String(decoding: $0.bytes, as: UTF8.self) }?.contains("o4999@x.example") == false)
    }
}

/// Formatter findings of `FuzzFormat`, as plain examples.
@Suite struct FormatterFuzzFindingsTests {
    @Test func trailingCommaDoesNotSwallowTheNextAttribute() throws {
        let input = "plan p {\n  require roles a, b,; roles lead }\n"
        let output = try PlanFormatter().format(Parser.parse(input))
        #expect(output.contains("require roles a, b,;\n"))
        #expect(try PlanFormatter().format(Parser.parse(output)) == output)
        guard case .declaration(let plan)? = Parser.parse(output).items.first else {
            Issue.record("no declaration")
            return
        }
        #expect(plan.attributes.count == 2)
    }

    @Test func commentEndingInCarriageReturnIsStable() throws {
        // A CR not followed by LF ends a line (old Mac line ends), so a line holding a blank
        // follows the comment: a blank line, kept as one.
        let output = try PlanFormatter().format(Parser.parse("# note\r \nplan x { }\n"))
        #expect(output == "# note\n\nplan x {}\n")
        #expect(try PlanFormatter().format(Parser.parse(output)) == output)
    }
}

/// Analysis findings of `FuzzFormat` (the formatter target checks the meaning, so runs analysis).
@Suite struct AnalysisFuzzFindingsTests {
    @Test func hugeIndicatorTargetIsReportedNotTrapped() {
        let digits = String(repeating: "9", count: 40)
        let report = ValidRandomPlan.check("""
        plan p { period 2024-01-01 .. 2024-12-31 }
        goal g { indicator agreements > \(digits)
          indicator coverage >= \(digits)% }
        """)
        let targets = report.diagnostics.filter { $0.code == .G505 }.map(\.message.en)
        #expect(targets.count == 2)
        #expect(targets.allSatisfy { $0.contains("1e+40") })
        #expect(NumberText.plain(12) == "12" && NumberText.plain(2.5) == "2.5")
        #expect(NumberText.percent(1e300) == "1e+300%")
    }
}
