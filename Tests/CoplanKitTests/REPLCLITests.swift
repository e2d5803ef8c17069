import Foundation
import Testing

/// `coplan fmt`, `coplan run`, `coplan repl` as processes: exit codes, located failures, the
/// shipped what-if scripts, and the REPL driven in tmux like a person would.
@Suite struct REPLCLITests {
    typealias CLI = CLITests

    @Test(arguments: ["Plans/dzialdowo-mlw.what-if.coplan", "Plans/lesniowice-liderzy-kooperacji.what-if.coplan"])
    func shippedScriptsPass(_ script: String) throws {
        let result = try CLI.run(["run", script])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("warunek spełniony: coverage"), "the shipped plans say `język pl`: \(result.stdout)")
    }

    @Test func shippedPlansAreFormatted() throws {
        let result = try CLI.run(["fmt", "--check", "Plans"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func failingAssertionExitsOneWithALocation() throws {
        let folder = try CLI.temporaryFolder([
            "plan.plan": "plan p { period 2020-01-01 .. 2020-12-31 }\nneed n {}\ngroup g { needs n }\n",
            "check.coplan": ":load plan.plan\n:assert no errors\n:assert coverage >= 90%\n:assert gaps for g == 0\n",
        ])
        let result = try CLI.run(["run", "check.coplan"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("check.coplan:3: assertion failed: coverage >= 90% (coverage is 0%)"), "\(result.stderr)")
        #expect(result.stderr.contains("check.coplan:4: assertion failed: gaps for g == 0 (1 gap for `g`)"))
        #expect(try CLI.run(["run", "missing.coplan"], in: folder).status == 2)
    }

    @Test func replReadsPlainLinesFromAPipe() throws {
        let folder = try CLI.temporaryFolder(["plan.plan": "plan p { period 2020-01-01 .. 2020-12-31 }\n"])
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["repl", "plan.plan"]
        process.currentDirectoryURL = folder
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        input.fileHandleForWriting.write(Data("partner a {\n  sector health\n}\n:list partners\n:save\n:quit\n".utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(!text.contains("> "), "no prompts without a terminal")
        #expect(text.contains("added partner `a`"))
        #expect(text.contains("a  \n1 partner"))
        let saved = try String(contentsOf: folder.appendingPathComponent("plan.plan"), encoding: .utf8)
        #expect(saved == "plan p { period 2020-01-01 .. 2020-12-31 }\n\npartner a {\n  sector health\n}\n")
    }

    @Test func fmtRewritesAndRefusesSyntaxErrors() throws {
        let folder = try CLI.temporaryFolder([
            "a.plan": "plan p {\nperiod 2020-01-01..2020-12-31 }\n",
            "b.plan": "partner x { sector health\n",
        ])
        let check = try CLI.run(["fmt", "--check", "."], in: folder)
        #expect(check.status == 1)
        #expect(check.stdout.contains("a.plan"))
        #expect(check.stdout.contains("b.plan:"), "syntax errors are reported")
        #expect(try String(contentsOf: folder.appendingPathComponent("a.plan"), encoding: .utf8).hasPrefix("plan p {\nperiod"), "--check changes nothing")
        let write = try CLI.run(["fmt", "a.plan"], in: folder)
        #expect(write.status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("a.plan"), encoding: .utf8) == "plan p {\n  period 2020-01-01 .. 2020-12-31\n}\n")
        #expect(try CLI.run(["fmt", "--check", "a.plan"], in: folder).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    /// Tests/repl-tmux.sh: completion after `parties`, a multi-line declaration, Ctrl-C,
    /// the unsaved-changes warning and history after a restart. Skipped without tmux.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")))
    func replInTmux() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [CLI.root.appendingPathComponent("Tests/repl-tmux.sh").path, CLI.binary.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // 77: tmux is installed but cannot start a session on this machine (the script says why).
        if process.terminationStatus == 77 { try Test.cancel("\(text)") }
        #expect(process.terminationStatus == 0, "\(text)")
    }
}
