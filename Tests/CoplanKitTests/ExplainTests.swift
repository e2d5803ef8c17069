import Foundation
import Testing
@testable import CoplanKit
@testable import CoplanCore
@testable import CoplanSession

/// `coplan explain CODE` and `:explain CODE`: every code explained in both languages, and every
/// explanation's examples do what they say when checked as a plan.
@Suite struct ExplainTests {
    /// Codes whose wrong example cannot be provoked by a small plan. Empty: every code can.
    static let unprovokable: Set<DiagnosticCode> = []

    /// The plan an example is checked in, unless it declares its own `plan`.
    static let prelude = "plan p \"P\" {\n  period 2020-01-01 .. 2020-12-31\n}\n"

    /// The example as a file (with the prelude when it has no `plan`), plus the registers that
    /// E203's corrected examples import (its wrong ones misspell the folder).
    static func files(_ example: String) -> [String: String] {
        let hasPlan = example.split(separator: "\n").contains { $0.hasPrefix("plan ") }
        var files = ["/repo/example.plan": (hasPlan ? "" : prelude) + example + "\n"]
        files["/repo/registers/partners.plan"] = "partner gops \"GOPS\" { sector social_assistance }\n"
        files["/repo/rejestry/podmioty.plan"] = "podmiot gops \"GOPS\" { sektor pomoc_społeczna }\n"
        return files
    }

    static func reported(_ example: String) -> [DiagnosticCode] {
        checkReport(files(example), roots: ["/repo/example.plan"]).diagnostics.map(\.code)
    }

    @Test func everyCodeHasBothLanguagesWithNonEmptyFields() {
        for code in DiagnosticCode.allCases {
            for language in Language.allCases {
                let text = CodeExplanation(code).text(language)
                let fields = [text.title, text.meaning, text.whyItMatters, text.wrongExample, text.correctedExample, text.silencing]
                #expect(fields.allSatisfy { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }, "\(code) \(language)")
                #expect(!text.title.contains("\n"), "\(code) \(language): title is one line")
                #expect(text.wrongExample != text.correctedExample, "\(code) \(language)")
                #expect(text.silencing.contains("coplan: allow") == code.isSuppressible, "\(code) \(language)")
            }
            #expect(CodeExplanation(code).text(.pl).meaning != CodeExplanation(code).text(.en).meaning, "\(code): Polish is not a copy")
        }
    }

    @Test(arguments: DiagnosticCode.allCases)
    func wrongExampleReportsTheCodeAndCorrectedDoesNot(code: DiagnosticCode) {
        guard !Self.unprovokable.contains(code) else { return }
        for language in Language.allCases {
            let text = CodeExplanation(code).text(language)
            let wrong = Self.reported(text.wrongExample)
            let corrected = Self.reported(text.correctedExample)
            #expect(wrong.contains(code), "\(code) \(language): wrong example reports \(wrong)")
            #expect(!corrected.contains(code), "\(code) \(language): corrected example reports \(corrected)")
        }
    }

    @Test func polishExamplesUsePolishKeywords() {
        let english = ["partner ", "agreement ", "parties ", "period ", "commits ", "provides ", "sector ", "service ", "needs "]
        for code in DiagnosticCode.allCases {
            let text = CodeExplanation(code).text(.pl)
            for example in [text.wrongExample, text.correctedExample] {
                for line in example.split(separator: "\n") {
                    let trimmed = line.drop { $0 == " " }
                    #expect(!english.contains { trimmed.hasPrefix($0) || trimmed.contains("{ " + $0) }, "\(code): `\(line)`")
                }
            }
        }
    }

    @Test func renderedTextFitsEightyColumns() {
        for code in DiagnosticCode.allCases {
            for language in Language.allCases {
                let rendered = CodeExplanation(code).render(language: language)
                #expect(rendered.hasPrefix(code.rawValue))
                for line in rendered.split(separator: "\n") {
                    #expect(line.count <= 80, "\(code) \(language): \(line)")
                }
            }
        }
    }

    @Test func codesInAnyCase() {
        #expect(CodeExplanation(code: "g505")?.code == .G505)
    }

    // MARK: the CLI

    @Test func cliExplainsE200() throws {
        let run = try CLITests.run(["explain", "E200"], environment: ["COPLAN_LANG": "", "LC_ALL": "C", "LANG": "C"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("E200 (error): unknown name"))
        #expect(run.stdout.contains("Corrected:"))
        #expect(run.stdout.contains("Cannot be silenced"))
    }

    @Test func cliInPolish() throws {
        let run = try CLITests.run(["explain", "W400", "--lang", "pl"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Co to znaczy"))
        #expect(run.stdout.contains("podmiot gok"))
        #expect(run.stdout.contains("# coplan: allow W400"))
        let byLocale = try CLITests.run(["explain", "w400"], environment: ["COPLAN_LANG": "", "LC_ALL": "pl_PL.UTF-8"])
        #expect(byLocale.stdout.contains("Co to znaczy"), "LC_ALL=pl… picks Polish")
        let forced = try CLITests.run(["explain", "W400"], environment: ["COPLAN_LANG": "en", "LC_ALL": "pl_PL.UTF-8"])
        #expect(forced.stdout.contains("What it means"), "COPLAN_LANG wins over the locale")
    }

    @Test func cliUnknownCode() throws {
        let run = try CLITests.run(["explain", "E2000"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("unknown code `E2000`"))
        #expect(run.stderr.contains("did you mean `E200`?"))
        let language = try CLITests.run(["explain", "E200", "--lang", "de"])
        #expect(language.status == 2)
    }

    // MARK: the REPL

    @Test func sessionExplainsInEnglishUnlessThePlanSaysPolish() throws {
        #expect(try CommandParser.parse(":explain W401") == .explain(code: "W401"))
        #expect(throws: LocatedProblem.self) { try CommandParser.parse(":explain") }

        var session = Session(provider: MemorySourceProvider(files: [:]), workingDirectory: "/repo")
        let english = session.execute(.explain(code: "w401"))
        #expect(english.status == .ok)
        #expect(english.text.contains("What it means"))
        let unknown = session.execute(.explain(code: "W4011"))
        #expect(unknown.status != .ok)
        #expect(unknown.text.contains("did you mean"))

        _ = session.submit("plan p \"P\" {\n  period 2020-01-01 .. 2020-12-31\n  language pl\n}")
        let polish = session.execute(.explain(code: "W401"))
        #expect(polish.text.contains("Co to znaczy"), "\(polish.text)")

        var polishKeywords = Session(provider: MemorySourceProvider(files: [:]), workingDirectory: "/repo")
        _ = polishKeywords.submit("plan p \"P\" {\n  okres 2020-01-01 .. 2020-12-31\n  język pl\n}")
        #expect(polishKeywords.execute(.explain(code: "E200")).text.contains("Co to znaczy"))
        var englishPlan = Session(provider: MemorySourceProvider(files: [:]), workingDirectory: "/repo")
        _ = englishPlan.submit("plan p \"P\" {\n  period 2020-01-01 .. 2020-12-31\n  language en\n}")
        #expect(englishPlan.execute(.explain(code: "E200")).text.contains("What it means"))
    }
}
