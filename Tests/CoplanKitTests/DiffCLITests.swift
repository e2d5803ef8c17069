import Foundation
import Testing

/// `coplan diff` from the command line: files, folders, git revisions and exit codes.
@Suite struct DiffCLITests {
    static func git(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
    }

    static let old = DiffTests.base
    static let new = DiffTests.base.components(separatedBy: "agreement ab")[0]

    @Test func filesAndFailOn() throws {
        let folder = try CLITests.temporaryFolder(["old.plan": Self.old, "new.plan": Self.new])
        let plain = try CLITests.run(["diff", "old.plan", "new.plan"], in: folder)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.hasPrefix("coplan diff: 1 breaking, 0 risky, 0 info · coverage 100.00% → 0.00%"), "\(plain.stdout)")
        #expect(try CLITests.run(["diff", "old.plan", "new.plan", "--fail-on", "breaking"], in: folder).status == 1)
        #expect(try CLITests.run(["diff", "old.plan", "old.plan", "--fail-on", "info"], in: folder).status == 0)
        let polish = try CLITests.run(["diff", "old.plan", "new.plan", "--lang", "pl", "--format", "markdown"], in: folder)
        #expect(polish.stdout.hasPrefix("**1 breaking, 0 risky, 0 info · pokrycie 100,00% → 0,00%**"), "\(polish.stdout)")
        let json = try CLITests.run(["diff", "old.plan", "new.plan", "--format", "json"], in: folder)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["version"] as? Int == 1)
        #expect(((object?["changes"] as? [[String: Any]])?.first?["impact"] as? String) == "breaking")
        #expect(try CLITests.run(["diff", "old.plan"], in: folder).status == 2)
        #expect(try CLITests.run(["diff", "old.plan", "missing.plan"], in: folder).status == 2)
        #expect(try CLITests.run(["diff", "old.plan", "new.plan", "--fail-on", "fatal"], in: folder).status == 2)
    }

    @Test func foldersMatchFilesByRelativePath() throws {
        let folder = try CLITests.temporaryFolder(["a/x/p.plan": Self.old, "b/x/p.plan": Self.new, "b/q.plan": "plan q { period 2024-01-01 .. 2024-12-31 }\n"])
        let result = try CLITests.run(["diff", "a", "b", "--format", "github"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("::error file=b/x/p.plan,title=coplan diff%3A breaking::agreement `ab` removed"), "\(result.stdout)")
        #expect(result.stdout.contains("::notice file=b/q.plan,line=1,endLine=1,title=coplan diff%3A info::plan `q` added"))
    }

    @Test func gitRevisionsAndWorkTree() throws {
        let folder = try CLITests.temporaryFolder(["coplan.toml": "plans = [\"Plans\"]\n", "Plans/p.plan": Self.old])
        #expect(try CLITests.run(["diff", "--git", "HEAD"], in: folder).status == 2)   // not a repository yet
        try Self.git(["init", "-q"], in: folder)
        try Self.git(["add", "."], in: folder)
        try Self.git(["commit", "-qm", "one"], in: folder)
        try Self.new.write(to: folder.appendingPathComponent("Plans/p.plan"), atomically: true, encoding: .utf8)
        let worktree = try CLITests.run(["diff", "--git", "HEAD", "--fail-on", "breaking"], in: folder.appendingPathComponent("Plans"))
        #expect(worktree.status == 1, "\(worktree.stdout)\(worktree.stderr)")
        #expect(worktree.stdout.contains("- agreement `ab` removed"))
        try Self.git(["commit", "-qam", "two"], in: folder)
        let range = try CLITests.run(["diff", "--git", "HEAD~1..HEAD", "Plans/p.plan", "--format", "json"], in: folder)
        #expect(range.status == 0 && range.stdout.contains("\"entity\": \"agreement\""), "\(range.stderr)")
        #expect(try CLITests.run(["diff", "--git", "HEAD"], in: folder).stdout.hasPrefix("coplan diff: no changes"))
        let unknown = try CLITests.run(["diff", "--git", "nosuch"], in: folder)
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown git revision `nosuch`"))
    }
}
