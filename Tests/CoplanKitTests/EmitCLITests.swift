import Foundation
import Testing

/// `coplan emit` and `coplan graph` as a user runs them: what is written, exit codes, refusals.
@Suite struct EmitCLITests {
    static func plan() throws -> String {
        try Golden.read("documents/small.plan")
    }

    static func folder(_ extra: [String: String] = [:]) throws -> URL {
        var files = ["coplan.toml": "", "p.plan": try plan()]
        files.merge(extra) { $1 }
        return try CLITests.temporaryFolder(files)
    }

    static func listing(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func emitsEveryAgreementAndTheReport() throws {
        let folder = try Self.folder()
        let docx = try CLITests.run(["emit", "p.plan", "--all", "--format", "docx", "-o", "out"], in: folder)
        #expect(docx.status == 0, "\(docx.stderr)")
        #expect(docx.stdout.hasPrefix("zapisano out/gops_fundacja.docx ("), "the plan says `język pl`: \(docx.stdout)")
        let report = try CLITests.run(["emit", "p.plan", "--report", "--format", "html", "--lang", "en", "-o", "out"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("wrote out/report.html"))
        // Only finished files: no temporary files left behind.
        #expect(Self.listing(folder.appendingPathComponent("out")) == ["gops_fundacja.docx", "report.html"])
        let html = try String(contentsOf: folder.appendingPathComponent("out/report.html"), encoding: .utf8)
        #expect(html.contains("<svg") && html.contains("Cooperation plan report"))
    }

    @Test func reportWithATargetBeyondIntDoesNotTrap() throws {
        let folder = try Self.folder(["p.plan": try Self.plan() + DocumentTests.hugeTarget])
        for format in ["md", "html"] {
            let result = try CLITests.run(["emit", "p.plan", "--report", "--format", format, "-o", "out"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let report = try String(contentsOf: folder.appendingPathComponent("out/report.\(format)"), encoding: .utf8)
            #expect(report.contains("≥ 1e+19"))
        }
    }

    @Test func refusesPlansWithErrors() throws {
        let broken = try Self.plan().replacingOccurrences(of: "parties gops, fundacja", with: "parties gops, fundacjaa")
        let folder = try Self.folder(["p.plan": broken])
        let result = try CLITests.run(["emit", "p.plan", "--all", "-o", "out"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("błąd[E200]"), "the plan says `język pl`: \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func unknownAgreementIsAUsageError() throws {
        let result = try CLITests.run(["emit", "p.plan", "--agreement", "gops_fundacje", "-o", "out"], in: try Self.folder())
        #expect(result.status == 2)
        // The plan says `język pl`: the usage error is Polish.
        #expect(result.stderr.contains("brak porozumienia `gops_fundacje`"), "\(result.stderr)")
        #expect(result.stderr.contains("czy chodziło o `gops_fundacja`?"))
    }

    @Test func nothingChosenIsAUsageError() throws {
        let result = try CLITests.run(["emit", "p.plan", "-o", "out"], in: try Self.folder())
        #expect(result.status == 2)
        let docxReport = try CLITests.run(["emit", "p.plan", "--report", "--format", "docx", "-o", "out"], in: try Self.folder())
        #expect(docxReport.status == 2)
    }

    @Test func templateFieldErrorsPointIntoTheTemplate() throws {
        let folder = try Self.folder(["templates/t.mustache": "# {{title}}\n\n{{#parties}}\n- {{nmae}}\n{{/parties}}\n"])
        let result = try CLITests.run(["emit", "p.plan", "--all", "--template", "templates/t.mustache", "--lang", "en", "-o", "out"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("templates/t.mustache:4:5: error: unknown template field `nmae`"), "\(result.stderr)")
        #expect(result.stderr.contains("did you mean `name`?"))
    }

    /// `coplan template agreement` prints the built-in text; given back with `--template` it
    /// renders byte-identical documents in every format, for both languages.
    @Test(arguments: ["pl", "en"]) func exportedTemplateRoundTrips(lang: String) throws {
        let folder = try Self.folder(["s.plan": try Golden.read("documents/stara-wies.plan")])
        let printed = try CLITests.run(["template", "agreement", "--lang", lang], in: folder)
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout.hasPrefix("# {{title}}\n"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try Data(printed.stdout.utf8).write(to: folder.appendingPathComponent("templates/own.mustache"))
        for plan in ["p.plan", "s.plan"] {
            for format in ["md", "html", "docx"] {
                let builtIn = try CLITests.run(["emit", plan, "--all", "--lang", lang, "--format", format, "-o", "a"], in: folder)
                let own = try CLITests.run(["emit", plan, "--all", "--lang", lang, "--format", format, "--template", "templates/own.mustache", "-o", "b"], in: folder)
                #expect(builtIn.status == 0 && own.status == 0, "\(builtIn.stderr)\(own.stderr)")
                for name in Self.listing(folder.appendingPathComponent("a")) {
                    let a = try Data(contentsOf: folder.appendingPathComponent("a/" + name))
                    let b = try Data(contentsOf: folder.appendingPathComponent("b/" + name))
                    #expect(a == b, "\(plan) \(name) differs with the exported template")
                }
            }
        }
        let report = try CLITests.run(["template", "report", "--format", "html"], in: folder)
        #expect(report.status == 0 && report.stdout.contains("<html"))
    }

    /// A template that would render billions of times is refused before anything is written.
    @Test func explodingTemplateWritesNothing() throws {
        let fan = "# {{title}}\n" + String(repeating: "{{#parties}}x", count: 30) + String(repeating: "{{/parties}}", count: 30)
        let folder = try Self.folder(["templates/fan.mustache": fan])
        let result = try CLITests.run(["emit", "p.plan", "--all", "--template", "templates/fan.mustache", "--lang", "en", "-o", "out"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("templates/fan.mustache:2:1: error: the template would render about "), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func planTemplateIsReadRelativeToThePlan() throws {
        let plan = try Self.plan().replacingOccurrences(of: "  notice 3 months\n", with: "  notice 3 months\n  template \"templates/short.mustache\"\n  number \"GOPS.4011.1.2019\"\n")
        let folder = try Self.folder(["p.plan": plan, "templates/short.mustache": "# {{title}}\n\nnr {{number}}\n"])
        let result = try CLITests.run(["emit", "p.plan", "--all", "-o", "out"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("out/gops_fundacja.md"), encoding: .utf8)
        #expect(text == "# Porozumienie o współpracy GOPS – Fundacja\n\nnr GOPS.4011.1.2019\n")
    }

    @Test func templatesCannotLeaveTheRepository() throws {
        let outside = try CLITests.temporaryFolder(["evil.mustache": "{{title}}"])
        let plan = try Self.plan().replacingOccurrences(of: "  notice 3 months\n", with: "  notice 3 months\n  template \"templates/link.mustache\"\n")
        let folder = try Self.folder(["p.plan": plan])
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("templates/link.mustache").path,
                                                   withDestinationPath: outside.appendingPathComponent("evil.mustache").path)
        let result = try CLITests.run(["emit", "p.plan", "--all", "--lang", "en", "-o", "out"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("p.plan:79:12: error: template `templates/link.mustache` leaves the repository root"), "\(result.stderr)")
        let direct = try CLITests.run(["emit", "p.plan", "--all", "--template", "../x.mustache", "-o", "out"], in: folder)
        #expect(direct.status == 2)
    }

    @Test func graphPrintsDotAndMermaid() throws {
        let folder = try Self.folder()
        let dot = try CLITests.run(["graph", "p.plan"], in: folder)
        #expect(dot.status == 0)
        #expect(dot.stdout.hasPrefix("graph \"gmina_test\" {"))
        let mermaid = try CLITests.run(["graph", "p.plan", "--format", "mermaid"], in: folder)
        #expect(mermaid.status == 0)
        #expect(mermaid.stdout.hasPrefix("flowchart LR\n"))
    }
}

extension EmitCLITests {
    /// Document language: `--lang`, else the plan's `language` line, else `coplan.toml`'s.
    @Test func languageFallsBackToTheRepositoryConfig() throws {
        let plan = try Self.plan().replacingOccurrences(of: "  language pl\n", with: "")
        #expect(!plan.contains("language pl"))
        let folder = try Self.folder(["p.plan": plan, "coplan.toml": "language = \"en\"\n"])
        let result = try CLITests.run(["emit", "p.plan", "--all", "--format", "md", "-o", "out"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("out/gops_fundacja.md"), encoding: .utf8)
        #expect(text.contains("Concluded on") && text.contains("the Parties agree as follows"))
        let polish = try CLITests.run(["emit", "p.plan", "--all", "--format", "md", "--lang", "pl", "-o", "pl"], in: folder)
        #expect(polish.status == 0)
        let polishText = try String(contentsOf: folder.appendingPathComponent("pl/gops_fundacja.md"), encoding: .utf8)
        #expect(polishText.contains("zawarte w dniu") && !polishText.contains("Concluded on"))
    }
}
