import Foundation
import Testing
@testable import CoplanKit
@testable import CoplanPipeline
@testable import CoplanSession

/// The repository policy (`coplan.toml`'s allow, deny, strict and `# coplan: allow`) applies
/// in every front end as in `coplan check`: `gaps`, scripts and the session.
@Suite struct RepositoryPolicyTests {
    /// One uncovered pair: G500 at 5:17, and nothing else.
    static let plan = """
    plan p { period 2024-01-01 .. 2024-12-31 }
    partner a "A" { sector culture }
    partner b "B" { sector culture }
    need n {}
    group g { needs n }
    agreement d {
      parties a, b
      period 2024-01-01 .. 2024-12-31
      a commits "Pomaga."
      b commits "Pomaga."
    }

    """

    @Test func gapsFailsOnADeniedCode() throws {
        let folder = try CLITests.temporaryFolder(["coplan.toml": "deny = [\"G500\"]\n", "p.plan": Self.plan])
        let gaps = try CLITests.run(["gaps", "p.plan"], in: folder)
        #expect(gaps.status == 1, "\(gaps.stdout)\(gaps.stderr)")
        #expect(try CLITests.run(["check", "p.plan"], in: folder).status == 1)
        // Without the policy the gap does not fail.
        try "".write(to: folder.appendingPathComponent("coplan.toml"), atomically: true, encoding: .utf8)
        #expect(try CLITests.run(["gaps", "p.plan"], in: folder).status == 0)
    }

    @Test func inlineSuppressionSilencesAGapForGapsAsForCheck() throws {
        let suppressed = Self.plan.replacingOccurrences(of: "group g { needs n }", with: "group g { needs n }  # coplan: allow G500")
        let folder = try CLITests.temporaryFolder(["coplan.toml": "", "p.plan": suppressed])
        let gaps = try CLITests.run(["gaps", "--strict", "p.plan"], in: folder)
        #expect(gaps.status == 0, "\(gaps.stdout)\(gaps.stderr)")
        #expect(try CLITests.run(["check", "--strict", "p.plan"], in: folder).status == 0)
        // The same plan without the comment fails both under strict.
        try Self.plan.write(to: folder.appendingPathComponent("p.plan"), atomically: true, encoding: .utf8)
        #expect(try CLITests.run(["gaps", "--strict", "p.plan"], in: folder).status == 1)
        #expect(try CLITests.run(["check", "--strict", "p.plan"], in: folder).status == 1)
    }

    @Test func gapsTakesStrictFromTheConfiguration() throws {
        let folder = try CLITests.temporaryFolder(["coplan.toml": "strict = true\n", "p.plan": Self.plan])
        #expect(try CLITests.run(["gaps", "p.plan"], in: folder).status == 1)
        #expect(try CLITests.run(["gaps", "--no-strict", "p.plan"], in: folder).status == 0)
    }

    @Test func scriptAssertionSeesTheRepositoryPolicy() throws {
        let folder = try CLITests.temporaryFolder([
            "coplan.toml": "deny = [\"G500\"]\n", "p.plan": Self.plan,
            "check.coplan": ":load p.plan\n:assert no errors\n",
        ])
        let result = try CLITests.run(["run", "check.coplan"], in: folder)
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("check.coplan:2: assertion failed: no errors (1 error)"), "\(result.stderr)")
    }

    @Test func sessionAppliesAllowAndDeny() {
        let provider = MemorySourceProvider(files: ["/repo/p.plan": Self.plan])
        func session(_ policy: RepositoryPolicy) -> Session {
            var options = Session.Options()
            options.policy = policy
            var session = Session(provider: provider, workingDirectory: "/repo", options: options)
            _ = session.load("p.plan")
            return session
        }
        let noErrors = Assertion(measure: .errors, comparison: .equal, target: 0)
        let noGaps = Assertion(measure: .gaps, comparison: .equal, target: 0)
        #expect(session(RepositoryPolicy()).evaluate(noErrors).status == .ok)
        let denied = session(RepositoryPolicy(deny: [.G500]))
        #expect(denied.evaluate(noErrors).status == .assertionFailed)
        #expect(denied.prompt == "p (1 error)> ")
        // A typed entry keeps the policy (the incremental check goes through the same report).
        var typed = session(RepositoryPolicy(allow: [.G500]))
        #expect(typed.evaluate(noGaps).status == .ok)
        _ = typed.submit("need m {}\ngroup h { needs m }")
        #expect(typed.evaluate(noGaps).status == .ok)
    }
}
