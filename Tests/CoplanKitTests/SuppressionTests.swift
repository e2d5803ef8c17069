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

/// Inline `# coplan: allow …` comments (docs/LANGUAGE.md §8).
@Suite struct SuppressionTests {
    static let header = "plan p { period 2024-01-01 .. 2024-12-31 }\n"

    func check(_ body: String) -> [Diagnostic] {
        checkReport(["/repo/test.plan": Self.header + body], analyse: false).diagnostics
    }

    func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.code.rawValue)@\($0.span!.start.line)" }
    }

    @Test func lineEndCommentSilencesThatLineOnly() {
        let found = check("""
        partner a "A" { sector culture }  # coplan: allow W400
        partner b "B" { sector culture }
        """)
        #expect(summary(found) == ["W400@3"])
    }

    @Test func commentBeforeADeclarationSilencesTheWholeDeclaration() {
        let found = check("""
        # Kept for the next call for proposals.
        # coplan: allow W400, W401
        partner a "A" {
          sector culture
        }
        partner b "B" { sector culture }
        """)
        #expect(summary(found) == ["W403@3", "W400@7"])
        // `W401` matched nothing in `a`: reported as stale at its place in the comment.
        #expect(found.first?.message.en == "`W401` is allowed here, but nothing in this declaration reports it")
        #expect(found.first?.span?.start.column == 23)
    }

    @Test func aBlankLineDetachesTheComment() {
        let found = check("""
        # coplan: allow W400

        partner a "A" { sector culture }
        """)
        #expect(summary(found) == ["W403@2", "W400@4"])
    }

    @Test func syntaxAndNameErrorsCannotBeSuppressed() {
        let found = check("""
        person x "X" { of nobody }  # coplan: allow E200
        """)
        #expect(summary(found) == ["E200@2", "W403@2"])
        #expect(found.last?.message.en == "`E200` cannot be suppressed: errors E1xx–E2xx must be fixed")
    }

    @Test func laterErrorsCanBeSuppressed() {
        let found = check("""
        agreement a "A" {  # coplan: allow E300
        }
        """)
        #expect(found.isEmpty, "\(summary(found))")
    }

    @Test func unknownCodesAndVerbsAreReported() {
        let found = check("""
        partner a "A" { sector culture }  # coplan: allow W40O
        partner b "B" { sector culture }  # coplan: alow W400
        """)
        #expect(summary(found) == ["W400@2", "W403@2", "W400@3", "W403@3"])
        #expect(found[1].suggestion == "W400")
        #expect(found[3].suggestion == "allow")
    }

    @Test func ordinaryCommentsAreIgnored() {
        let found = check("""
        partner a "A" { sector culture }  # coplan allows this
        """)
        #expect(summary(found) == ["W400@2"])
    }

    @Test func aReasonMayFollowTheCodes() {
        let found = check("""
        partner a "A" { sector culture }  # coplan: allow W400 -- joins in 2025
        """)
        #expect(found.isEmpty)
    }

    @Test func suppressionsInASharedRegistryCountOnce() {
        let registry = """
        partner shared "S" { sector culture }
        service s "S" {  # coplan: allow W401
          by shared
          for g
          meets n
        }
        """
        let plan = "import \"registry.plan\"\nplan p%d { period 2024-01-01 .. 2024-12-31 }\nneed n \"N\" {}\ngroup g \"G\" { needs n }\n"
        let report = checkReport([
            "/repo/registry.plan": registry,
            "/repo/a.plan": plan.replacingOccurrences(of: "%d", with: "a"),
            "/repo/b.plan": plan.replacingOccurrences(of: "%d", with: "b"),
        ], analyse: false)
        // W401 is judged only for the root file, so the registry's suppression silences nothing.
        #expect(report.diagnostics.filter { $0.code == .W403 }.count == 1)
    }

    @Test func repositoryPolicyAllowsAndDenies() {
        var options = Checker.Options()
        options.analyse = false
        options.allow = [.W400]
        options.deny = [.W401]
        let text = Self.header + """
        partner a "A" { sector culture }
        service s "S" { by a; for g; meets n }
        need n "N" {}
        group g "G" { needs n }
        """
        let report = Checker(options: options).check(paths: ["/repo/t.plan"], provider: MemorySourceProvider(files: ["/repo/t.plan": text]))
        #expect(report.diagnostics.map(\.code) == [.W401])
        #expect(report.errors == 1)
        #expect(report.exitCode(strict: false) == 1)
    }
}
