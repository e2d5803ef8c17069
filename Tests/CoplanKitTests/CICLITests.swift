import Foundation
import Testing

/// `coplan check` as CI runs it: from inside a repository, with `coplan.toml`, in CI formats.
@Suite struct CICLITests {
    static let plan = """
    plan p { period 2024-01-01 .. 2024-12-31 }
    partner a "A" { sector culture }
    partner b "B" { sector culture }  # coplan: allow W400

    """

    @Test func noPathChecksTheConfiguredFolders() throws {
        let folder = try CLITests.temporaryFolder([
            "coplan.toml": "plans = [\"Plans\"]\n",
            "Plans/p.plan": Self.plan,
            "Drafts/broken.plan": "plan {\n",
        ])
        // From a subfolder: the root is found upwards; Drafts/ is not a plan folder.
        let result = try CLITests.run(["check"], in: folder.appendingPathComponent("Plans"))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        // People read paths relative to where they stand.
        #expect(result.stdout.hasPrefix("p.plan:2:9: warning[W400]"))
        #expect(result.stdout.contains("1 file checked: 0 errors, 1 warning"))
    }

    @Test func configSetsStrictnessAndPolicy() throws {
        let folder = try CLITests.temporaryFolder(["coplan.toml": "plans = [\"Plans\"]\nstrict = true\n", "Plans/p.plan": Self.plan])
        #expect(try CLITests.run(["check"], in: folder).status == 1)
        #expect(try CLITests.run(["check", "--no-strict"], in: folder).status == 0)
        try "plans = [\"Plans\"]\nstrict = true\nallow = [\"W400\"]\n".write(to: folder.appendingPathComponent("coplan.toml"), atomically: true, encoding: .utf8)
        // W400 allowed everywhere: nothing is left to fail even under strict.
        let allowed = try CLITests.run(["check"], in: folder)
        #expect(allowed.status == 0, "\(allowed.stdout)")
        #expect(!allowed.stdout.contains("W400"))
        try "plans = [\"Plans\"]\ndeny = [\"W400\"]\n".write(to: folder.appendingPathComponent("coplan.toml"), atomically: true, encoding: .utf8)
        let denied = try CLITests.run(["check"], in: folder)
        #expect(denied.status == 1)
        #expect(denied.stdout.contains("error[W400]"))
    }

    @Test func badConfigIsLocatedAndExitsTwo() throws {
        let folder = try CLITests.temporaryFolder(["coplan.toml": "plans = [\"Plans\"]\nstrct = true\n", "Plans/p.plan": Self.plan])
        let result = try CLITests.run(["check"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("coplan.toml:2:1: error: unknown key `strct`"), "\(result.stderr)")
        #expect(result.stderr.contains("did you mean `strict`?"))
        #expect(result.stdout.isEmpty)
    }

    @Test func noPathOutsideARepositoryExitsTwo() throws {
        let folder = try CLITests.temporaryFolder(["p.plan": Self.plan])
        let result = try CLITests.run(["check"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("plan repository"))
    }

    @Test func ciFormatsUseRepositoryRelativePaths() throws {
        let folder = try CLITests.temporaryFolder(["coplan.toml": "plans = [\"Plans\"]\n", "Plans/p.plan": Self.plan])
        // Run from inside Plans/: machine formats still name files from the repository root.
        let plans = folder.appendingPathComponent("Plans")
        let github = try CLITests.run(["check", "--format", "github", "p.plan"], in: plans)
        #expect(github.stdout.hasPrefix("::warning file=Plans/p.plan,line=2,col=9,endLine=2,endColumn=10,title=W400::"), "\(github.stdout)")
        let sarif = try CLITests.run(["check", "--format", "sarif"], in: plans)
        #expect(sarif.status == 0)
        #expect(sarif.stdout.contains("\"uri\": \"Plans/p.plan\""))
        #expect(sarif.stdout.contains("\"originalUriBaseIds\""))
        let junit = try CLITests.run(["check", "--format", "junit", "--strict"], in: plans)
        #expect(junit.status == 1)
        #expect(junit.stdout.contains("<testcase classname=\"coplan.check\" name=\"Plans/p.plan\""))
        #expect(junit.stdout.contains("<failure type=\"W400\""))
    }

    @Test func projectRepositoryChecksClean() throws {
        // The project's own coplan.toml lists Plans/: `coplan check` with no path must pass.
        let result = try CLITests.run(["check"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains(": 0 błędów"), "the shipped plans say `język pl`, so the summary is Polish")
    }
}
