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

    // MARK: Views that re-analyse hide what the check silenced

    /// One G504 (a single provider) silenced above its group, one G500 left: `gops` alone
    /// serves `rodziny`, nobody serves `seniorzy`.
    static let silencedGapPlan = """
    plan p { period 2024-01-01 .. 2024-12-31; language pl }
    partner gops "GOPS" { sector social_assistance }
    partner pup "PUP" { sector employment }
    person a { of gops; signs }
    person b { of pup; signs }
    need praca {}
    # Known: only GOPS runs it until the call for proposals.
    # coplan: allow G504
    group rodziny { size 5; needs praca }
    group seniorzy { needs praca }
    service s { by gops; for rodziny; meets praca; capacity 10 per year }
    agreement ab {
      parties gops, pup
      period 2024-01-01 .. 2024-12-31
      gops provides s
      pup commits "x"
      signatories a, b
    }

    """

    @Test func gapViewsListWhatCheckShows() throws {
        let report = checkReport(["/repo/p.plan": Self.silencedGapPlan])
        #expect(report.diagnostics.map(\.code) == [.G500])
        #expect(report.silenced.map(\.code) == [.G504])
        let model = try #require(report.plans.first).model
        let analysis = Analyzer.analyse(model)
        #expect(analysis.diagnostics.map(\.code).sorted { $0.rawValue < $1.rawValue } == [.G500, .G504])

        // `coplan gaps`: the matrix lists G500 and counts the silenced G504, in every format.
        let matrix = CoverageMatrix(model: model, result: analysis, silenced: report.silenced)
        #expect(matrix.gaps.map(\.code) == [.G500] && matrix.silencedGaps == 1)
        let text = matrix.text(width: 80, colored: false, language: .pl)
        #expect(!text.contains("G504") && text.contains("  oraz 1 luka wyciszona (`# coplan: allow` lub coplan.toml)\n"), "\(text)")
        #expect(matrix.markdown(language: .en).contains("\nand 1 gap silenced (`# coplan: allow` or coplan.toml)\n"))
        #expect(matrix.json(language: .en).serialized().contains("\"silencedGaps\":1"))
        // Redacted, the same site is hidden (a redacted model re-analysed keeps the places).
        let redacted = report.redacted()
        let redactedModel = redacted.plans[0].model
        #expect(CoverageMatrix(model: redactedModel, result: Analyzer.analyse(redactedModel), silenced: redacted.silenced).gaps.map(\.code) == [.G500])

        // The plan report (`emit --report`) lists G500 and says one known gap is left out.
        let document = try PlanReport(model: model, analysis: analysis, language: .pl, silenced: report.silenced).render(format: .md).text
        #expect(document.contains("**G500**") && !document.contains("G504"), "\(document)")
        #expect(document.contains("Nie wymieniono luk, które plan oznacza jako znane: 1."))
    }

    @Test func sessionGapsAndWhatIfAssertionsFollowTheSuppressions() {
        var session = Session(provider: MemorySourceProvider(files: ["/repo/p.plan": Self.silencedGapPlan]), workingDirectory: "/repo")
        _ = session.load("p.plan")
        let gaps = session.gaps(without: [], at: nil).text
        #expect(gaps.contains("G500") && !gaps.contains("G504"), "\(gaps)")
        #expect(gaps.contains("oraz 1 luka wyciszona"), "\(gaps)")
        // One gap as written; a what-if counts the same way (the G504 stays silenced).
        let one = Assertion(measure: .gaps, comparison: .equal, target: 1)
        #expect(session.evaluate(one).status == .ok)
        var onDay = one
        onDay.at = "2024-06-01"
        #expect(session.evaluate(onDay).status == .ok, "\(session.evaluate(onDay).text)")
    }
}
