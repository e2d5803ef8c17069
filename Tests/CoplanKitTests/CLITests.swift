import Foundation
import Testing
@testable import CoplanCore

/// The `coplan` executable's contract: exit codes, formats, one-line errors.
@Suite struct CLITests {
    static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("coplan")
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in folder: URL = root, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        // The language is chosen from these (docs/LANGUAGE.md §9): a test says which it wants.
        for name in ["COPLAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { env[name] = nil }
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func temporaryFolder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coplan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func shippedPlansExitZero() throws {
        let result = try Self.run(["check", "Plans/dzialdowo-mlw.plan", "Plans/lesniowice-liderzy-kooperacji.plan"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("sprawdzono 2 pliki: 0 błędów"), "the shipped plans say `język pl`")
    }

    @Test func errorsExitOne() throws {
        let folder = try Self.temporaryFolder(["bad.plan": "plan p { period 2020-01-01 .. 2019-01-01 }\n"])
        let result = try Self.run(["check", "bad.plan"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("bad.plan:1:10: error[E304]:"))
    }

    @Test func warningsFailOnlyUnderStrict() throws {
        let folder = try Self.temporaryFolder(["w.plan": "plan p { period 2020-01-01 .. 2020-12-31 }\npartner a \"A\" { sector culture }\n"])
        #expect(try Self.run(["check", "w.plan"], in: folder).status == 0)
        #expect(try Self.run(["check", "--strict", "w.plan"], in: folder).status == 1)
    }

    @Test(arguments: [["check", "--format", "xml", "Plans"], ["check", "--no-such-flag", "Plans"], ["check", "missing.plan"],
                      ["nonsense"]])
    func usageAndIOErrorsExitTwo(_ arguments: [String]) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test func folderWithoutPlansExitsTwo() throws {
        let folder = try Self.temporaryFolder(["readme.txt": "no plans here"])
        let result = try Self.run(["check", "."], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == "coplan: no .plan files in .\n")
    }

    @Test func unreadableFileExitsTwo() throws {
        guard getuid() != 0 else { return } // root reads anything; the permission case cannot arise
        let folder = try Self.temporaryFolder(["locked.plan": "plan p { period 2020-01-01 .. 2020-12-31 }\n"])
        chmod(folder.appendingPathComponent("locked.plan").path, 0)
        #expect(try Self.run(["check", "locked.plan"], in: folder).status == 2)
    }

    @Test func symlinkCannotLeadAnImportOutOfTheRepository() throws {
        let outside = try Self.temporaryFolder(["secret.plan": "partner secret \"S\" { sector health }\n"])
        let repo = try Self.temporaryFolder([
            "coplan.toml": "",
            "plan.plan": "import \"link/secret.plan\"\nplan p { period 2020-01-01 .. 2020-12-31 }\n",
        ])
        try FileManager.default.createSymbolicLink(at: repo.appendingPathComponent("link"), withDestinationURL: outside)
        let result = try Self.run(["check", "plan.plan"], in: repo)
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[E203]: import `link/secret.plan` leaves the repository root"))
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let folder = try Self.temporaryFolder(["x.plan": "plan p { period 2020-01-01 .. 2020-12-31 }\npartner a \"A\" { sector helth }\n"])
        let result = try Self.run(["check", "--format", "json", "x.plan"], in: folder)
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        #expect(json["files"] as? [String] == ["x.plan"])
        let diagnostic = try #require((json["diagnostics"] as? [[String: Any]])?.first { $0["code"] as? String == "E200" })
        #expect(diagnostic["severity"] as? String == "error")
        #expect(diagnostic["line"] as? Int == 2 && diagnostic["column"] as? Int == 24)
        #expect(diagnostic["endLine"] as? Int == 2 && diagnostic["endColumn"] as? Int == 29)
        #expect(diagnostic["suggestion"] as? String == "health")
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary["errors"] == 1)
        #expect(json.keys.sorted() == ["codes", "coverage", "diagnostics", "files", "summary", "version"])
        // Each code found carries the explanation `coplan explain` prints.
        let codes = try #require(json["codes"] as? [String: [String: String]])
        let found = Set((json["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String })
        #expect(Set(codes.keys) == found)
        #expect(codes["E200"]?["title"] == CodeExplanation(.E200).text(.en).title)
        #expect(codes["E200"]?["explain"] == "coplan explain E200 --lang en")
    }

    @Test func colourOnlyOnATerminal() throws {
        let folder = try Self.temporaryFolder(["x.plan": "plan p { period 2020-01-01 .. 2019-12-31 }\n"])
        let result = try Self.run(["check", "x.plan"], in: folder)
        #expect(!result.stdout.contains("\u{1B}["))
    }
}
