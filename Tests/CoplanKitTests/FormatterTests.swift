import Foundation
import PropertyBased
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

/// The formatter: golden outputs, idempotence, and that formatting never changes meaning.
@Suite struct FormatterTests {
    static let formatter = PlanFormatter()

    static func format(_ text: String) throws -> String {
        try formatter.format(text: text, path: "/repo/plan.plan")
    }

    @Test(arguments: try Golden.files(in: "format", ext: "plan"))
    func golden(_ name: String) throws {
        let input = try Golden.read("format/" + name)
        let expectedName = "format/" + name.replacingOccurrences(of: ".plan", with: ".formatted")
        let output = try Self.format(input)
        if Golden.recording {
            try output.write(to: Golden.fixtures.appendingPathComponent(expectedName), atomically: true, encoding: .utf8)
        }
        #expect(output == (try Golden.read(expectedName)))
        #expect(try Self.format(output) == output, "idempotent")
        #expect(ModelDump.of(output) == ModelDump.of(input), "same meaning")
    }

    @Test func byteOrderMarkIsNotText() throws {
        // The mark before a first-line comment neither makes it trail code nor the blank line after it text.
        let plain = "# Model kooperacji\n\n# the plan\nplan p { period 2020-01-01 .. 2020-12-31 }  # trailing\n"
        #expect(SourceFile(path: "a", text: "\u{FEFF}" + plain).textStart == 3)
        #expect(SourceFile(path: "a", text: plain).textStart == 0)
        let marked = try Self.format("\u{FEFF}" + plain)
        #expect(marked.drop { $0 == "\u{FEFF}" } == Substring(try Self.format(plain)))
    }

    @Test func syntaxErrorsAreRefused() {
        #expect(throws: PlanFormatter.SyntaxErrors.self) { try Self.format("partner a { sector health\n") }
        #expect(throws: PlanFormatter.SyntaxErrors.self) { try Self.format("plan x { period 2021-02-29 .. 2021-03-01 }\n") }
    }

    @Test func agreementPartyClausesFollowSignedInSourceOrder() throws {
        let output = try Self.format("""
        agreement a {
          b commits "2"
          notice 1 month
          a provides s
          signed 2020-01-01
          parties a, b
        }
        """)
        #expect(output == """
        agreement a {
          parties a, b
          signed 2020-01-01
          b commits "2"
          a provides s
          notice 1 month
        }

        """)
    }

    @Test func polishNumeralsAgreeWithTheirNumber() {
        #expect(KeywordLanguage.polish.canonical(.month, count: 1) == "miesiąc")
        #expect(KeywordLanguage.polish.canonical(.month, count: 3) == "miesiące")
        #expect(KeywordLanguage.polish.canonical(.month, count: 12) == "miesięcy")
        #expect(KeywordLanguage.polish.canonical(.year, count: 22) == "lata")
        #expect(KeywordLanguage.polish.canonical(.day, count: 5) == "dni")
        #expect(KeywordLanguage.english.canonical(.week, count: 2) == "weeks")
    }

    @Test func textThatLooksLikeABlockStaysAString() throws {
        // A plain string with a line break is printed with `\n`, not as a block.
        let output = try Self.format("need n \"a\\nb\" {}\n")
        #expect(output == "need n \"a\\nb\" {}\n")
    }

    static let plansFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Plans")

    static var shippedPlans: [String] {
        let names = FileManager.default.enumerator(atPath: plansFolder.path)?.compactMap { $0 as? String } ?? []
        return names.filter { $0.hasSuffix(".plan") }.sorted()
    }

    @Test(arguments: shippedPlans)
    func shippedPlansKeepTheirMeaning(_ name: String) throws {
        let url = Self.plansFolder.appendingPathComponent(name)
        let input = try String(contentsOf: url, encoding: .utf8)
        let output = try Self.format(input)
        #expect(try Self.format(output) == output)
        #expect(ModelDump.of(output) == ModelDump.of(input))
        // Every comment survives.
        let comments = { (text: String) in Parser.parse(text).comments.count }
        #expect(comments(output) == comments(input))
    }

    @Test func randomPlansAreFormattedIdempotentlyAndKeepMeaning() async {
        await propertyCheck(count: 150, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var generator = RandomPlan(seed: UInt64(seed))
            let input = generator.text()
            let tree = Parser.parse(input)
            #expect(tree.diagnostics.isEmpty, "generator made a syntax error:\n\(input)")
            guard tree.diagnostics.isEmpty, let output = try? Self.format(input) else { return }
            #expect((try? Self.format(output)) == output, "not idempotent:\n\(input)")
            #expect(ModelDump.of(output) == ModelDump.of(input), "meaning changed:\n\(input)\n---\n\(output)")
            #expect(Parser.parse(output).comments.count == tree.comments.count, "a comment was lost:\n\(input)")
        }
    }

    @Test func generatedPlansAreFormattedIdempotentlyAndKeepMeaning() async {
        await propertyCheck(count: 8, input: Gen.int(in: 2...60), Gen.int(in: 0...10_000)) { partners, seed in
            let input = PlanGenerator(partners: partners, seed: seed).text()
            guard let output = try? Self.format(input) else {
                Issue.record("generated plan has syntax errors")
                return
            }
            #expect((try? Self.format(output)) == output)
            #expect(ModelDump.of(output) == ModelDump.of(input))
        }
    }
}
