import Foundation
import PropertyBased
import Testing
@testable import CoplanDiff
@testable import CoplanKit
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanModel
@testable import CoplanAnalysis
@testable import CoplanPipeline
@testable import CoplanFormat
@testable import CoplanEmit
import CoplanTesting

/// `coplan diff`'s engine and renderers: golden diffs of hand-made version pairs in both
/// languages, impact rules, and the properties that make a diff trustworthy — a version
/// compared with itself, reformatted, reordered or translated shows nothing, and the finding
/// effects are exactly check(NEW) minus check(OLD).
@Suite struct DiffTests {
    /// Both versions at the same path, as a revision and the work tree would be.
    static func side(_ files: [String: String]) -> DiffSide {
        DiffSide.check(paths: files.keys.sorted(), provider: MemorySourceProvider(files: files))
    }

    static func diff(_ old: String, _ new: String) -> PlanDiff {
        PlanComparison.compare(old: side(["/repo/plan.plan": old]), new: side(["/repo/plan.plan": new]))
    }

    static func fixturePair(_ name: String) throws -> PlanDiff {
        diff(try Golden.read("diff/\(name).old.plan"), try Golden.read("diff/\(name).new.plan"))
    }

    // MARK: Golden diffs

    @Test func agreementsGolden() throws {
        let diff = try Self.fixturePair("agreements")
        try Golden.assert(DiffMarkdown.render(diff, language: .en), matches: "diff/agreements.en.md")
        try Golden.assert(DiffMarkdown.render(diff, language: .pl), matches: "diff/agreements.pl.md")
        try Golden.assert(DiffHuman.render(diff, language: .pl), matches: "diff/agreements.pl.txt")
        try Golden.assert(DiffHuman.render(diff, language: .en), matches: "diff/agreements.en.txt")
        try Golden.assert(DiffJSON.render(diff, language: .en).serialized(pretty: true) + "\n", matches: "diff/agreements.json")
        try Golden.assert(DiffGitHub.render(diff, language: .en), matches: "diff/agreements.github.txt")
    }

    @Test func errorsGolden() throws {
        let diff = try Self.fixturePair("errors")
        #expect(!diff.effectsEvaluated)
        #expect(diff.pairs.isEmpty && diff.coverageAfter == nil)
        // The plans say `language pl` on both sides.
        #expect(diff.language == .pl)
        try Golden.assert(DiffHuman.render(diff, language: .pl), matches: "diff/errors.pl.txt")
        try Golden.assert(DiffMarkdown.render(diff, language: .en), matches: "diff/errors.en.md")
    }

    /// A version with errors has no gaps (its coverage waits for the errors): its gaps are
    /// neither fixed nor new, whichever side has the errors.
    @Test func gapsAreNotComparedWhileAVersionHasErrors() throws {
        let valid = try Golden.read("diff/errors.old.plan").replacingOccurrences(of: "partner b \"B\" { sector police }",
                                                                                   with: "partner b \"B\" { sector police }\nneed n \"N\" {}\ngroup g \"G\" { needs n }")
        let broken = valid.replacingOccurrences(of: "parties a, b", with: "parties a, bb")
        #expect(Self.side(["/repo/plan.plan": valid]).report.diagnostics.contains { $0.code.severity == .gap })
        for (old, new) in [(valid, broken), (broken, valid)] {
            let diff = Self.diff(old, new)
            #expect(!diff.effectsEvaluated)
            #expect(!(diff.findings.new + diff.findings.fixed).contains { $0.code.severity == .gap },
                    "\((diff.findings.new + diff.findings.fixed).map(\.code))")
            #expect(diff.findings.new.map(\.code) == (old == valid ? [.E200] : []))
            #expect(diff.findings.fixed.map(\.code) == (old == valid ? [] : [.E200]))
        }
    }

    // MARK: Impact

    @Test func impactsOfTheHandMadePair() throws {
        let diff = try Self.fixturePair("agreements")
        func impact(_ kind: EntityKind, _ id: String) -> Impact? { diff.changes.first { $0.entity == kind && $0.id == id }?.impact }
        #expect(impact(.agreement, "gops_pup") == .breaking)     // shortened, activation loses days
        #expect(impact(.service, "assistant") == .risky)         // capacity 40 → 35, still ≥ size
        #expect(impact(.partner, "caritas") == .risky)           // a new single point of failure
        #expect(impact(.partner, "klub") == .info)               // only its name
        #expect(impact(.partner, "gops") == nil)                 // roles reordered: no change
        #expect(diff.changes.first?.impact == .breaking)         // most severe first
        #expect(diff.fails(on: .breaking) && diff.fails(on: .risky) && diff.fails(on: .info))
        let pair = try #require(diff.pairs.first { $0.need == "activation" })
        #expect(pair.before == 366 && pair.after == 182 && pair.lost == 184)
        #expect(diff.criticalGained.map(\.partner) == ["caritas"])
        #expect(DiffSummary.line(diff, language: .pl) == "1 breaking, 4 risky, 2 info · pokrycie 100,00% → 83,24%")
    }

    static let base = """
    plan p { period 2024-01-01 .. 2024-12-31 }
    partner a "A" { sector health }
    partner b "B" { sector police }
    person pa { of a; signs }
    person pb { of b; signs }
    need n { sectors health }
    group g { size 10; needs n }
    service s { by a; for g; meets n; capacity 20 per year }
    agreement ab {
      parties a, b
      period 2024-01-01 .. 2024-12-31
      a provides s
      b commits "x"
      signatories pa, pb
    }

    """

    @Test func removingAnAgreementBreaks() {
        let without = Self.base.components(separatedBy: "agreement ab")[0]
        let diff = Self.diff(Self.base, without)
        let change = diff.changes.first { $0.id == "ab" }
        #expect(change?.change == .removed && change?.impact == .breaking)
        #expect(diff.fails(on: .breaking))
        #expect(diff.findings.new.contains { $0.code == .G500 })
    }

    @Test func removingAPartnerThatRunsServicesBreaks() {
        let text = Self.base + "partner c \"C\" { sector culture }\nservice t { by c; for g; meets n }\n"
        let removed = Self.diff(text, Self.base).changes.first { $0.entity == .partner && $0.id == "c" }
        #expect(removed?.impact == .breaking)
        #expect(removed?.reasons.contains(.partnerWithServicesRemoved(services: 1)) == true)
    }

    @Test func aCapacityCutIsRiskyAndAShortfallBreaks() {
        let cut = Self.diff(Self.base, Self.base.replacingOccurrences(of: "capacity 20", with: "capacity 12"))
        #expect(cut.changes.map(\.impact) == [.risky])
        #expect(!cut.fails(on: .breaking) && cut.fails(on: .risky))
        let short = Self.diff(Self.base, Self.base.replacingOccurrences(of: "capacity 20", with: "capacity 5"))
        #expect(short.changes.map(\.impact) == [.breaking])   // G503 introduced
    }

    @Test func anUnrelatedAttributeIsInfo() {
        let diff = Self.diff(Self.base, Self.base.replacingOccurrences(of: "partner b \"B\"", with: "partner b \"Bee\""))
        #expect(diff.changes.count == 1 && diff.changes[0].impact == .info)
        #expect(diff.changes[0].attributes == [AttributeChange(name: "name", before: "B", after: "Bee")])
        #expect(!diff.fails(on: .risky) && diff.fails(on: .info))
    }

    // MARK: Properties

    @Test func aVersionComparedWithItselfIsEmpty() async throws {
        await propertyCheck(count: 40, input: Gen.int(in: 0...1_000_000_000)) { seed in
            let text = ValidRandomPlan(seed: seed).text()
            #expect(Self.diff(text, text).isEmpty, "seed \(seed)")
        }
        for name in ["dzialdowo-mlw.plan", "lesniowice-liderzy-kooperacji.plan"] {
            let text = try String(contentsOf: CLITests.root.appendingPathComponent("Plans/\(name)"), encoding: .utf8)
            #expect(Self.diff(text, text).isEmpty, "\(name)")
        }
    }

    @Test func reformattingReorderingTranslatingAndCommentingChangeNothing() async {
        await propertyCheck(count: 40, input: Gen.int(in: 0...1_000_000_000)) { seed in
            let text = ValidRandomPlan(seed: seed).text()
            let tree = Parser.parse(text)
            var random = SplitMix(seed: UInt64(seed))
            var declarations = tree.items.compactMap { item -> DeclarationSyntax? in
                if case .declaration(let declaration) = item { return declaration } else { return nil }
            }
            for index in declarations.indices.reversed() where index > 0 { declarations.swapAt(index, random.int(0...index)) }
            let formatter = PlanFormatter()
            let polish = declarations.map { "# moved\n" + formatter.format(declaration: $0, in: tree, language: .polish) }.joined(separator: "\n\n")
            let english = declarations.map { formatter.format(declaration: $0, in: tree, language: .english) + "  # trailing" }.joined(separator: "\n")
            for variant in [polish, english, (try? formatter.format(text: text)) ?? text] {
                let diff = Self.diff(text, variant)
                #expect(diff.isEmpty, "seed \(seed): \(diff.changes.map { $0.message(.en) }) \(diff.findings.new.map(\.message.en))\n\(variant)")
            }
        }
    }

    @Test func findingEffectsAreCheckNewMinusCheckOld() async {
        await propertyCheck(count: 40, input: Gen.int(in: 0...1_000_000_000)) { seed in
            var plan = ValidRandomPlan(seed: seed)
            let old = plan.text()
            var random = SplitMix(seed: UInt64(seed) &+ 7)
            if !plan.agreements.isEmpty { plan.agreements.remove(at: random.int(0...plan.agreements.count - 1)) }
            if !plan.services.isEmpty { plan.services[random.int(0...plan.services.count - 1)].capacity = random.int(1...5) }
            let new = plan.text()
            let before = Self.side(["/repo/plan.plan": old]), after = Self.side(["/repo/plan.plan": new])
            let diff = PlanComparison.compare(old: before, new: after)
            let oldPrints = Set(before.fingerprints.map(\.description)), newPrints = Set(after.fingerprints.map(\.description))
            let newOnes = Set(Fingerprinter(models: after.report.plans.map(\.model)).fingerprints(diff.findings.new).map(\.description))
            #expect(newOnes == newPrints.subtracting(oldPrints), "seed \(seed)")
            #expect(diff.findings.fixed.count == oldPrints.subtracting(newPrints).count, "seed \(seed)")
            // Coverage effects are the two checks' coverage.
            #expect(diff.coverageBefore == before.report.coverage && diff.coverageAfter == after.report.coverage)
            // Whatever a new finding is, some change carries it or the plan's effects-only entry does.
            #expect(diff.findings.new.isEmpty || !diff.changes.isEmpty)
        }
    }

    // MARK: Fingerprints and the catalog

    @Test func fingerprintsIgnoreLinesButNotFiles() {
        let moved = "# a comment\n\n" + Self.base.replacingOccurrences(of: "  period 2024-01-01 .. 2024-12-31\n  a provides", with: "  period 2024-01-01 .. 2024-06-30\n  a provides")
        let a = Self.side(["/repo/plan.plan": Self.base]).fingerprints, b = Self.side(["/repo/plan.plan": moved]).fingerprints
        let g504 = { (prints: [DiagnosticFingerprint]) in prints.first { $0.code == .G504 } }
        #expect(g504(a) != nil && g504(a) == g504(b))
        #expect(g504(a)?.declaration == "group:g" && g504(a)?.anchor == "n")
        let other = Self.side(["/repo/other.plan": Self.base]).fingerprints
        #expect(g504(other) != g504(a))
        // SARIF carries the hash, so code scanning follows the alert when lines move.
        let sarif = SarifReport.render(Self.side(["/repo/plan.plan": moved]).report).serialized()
        #expect(sarif.contains("\"partialFingerprints\":{\"coplanFingerprint/v1\":\"\(g504(b)!.hash)\"}"))
    }

    @Test func polishPluralsAndNumbers() {
        #expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 104, 112, 0].map(PolishPlural.form) == [0, 1, 1, 2, 2, 2, 2, 2, 1, 2, 1, 2, 2])
        #expect(DiffPhrase.critical(partner: "pup", pairs: 22).text(.pl) == "`pup`: 22 pary")
        #expect(DiffPhrase.critical(partner: "pup", pairs: 12).text(.pl) == "`pup`: 12 par")
        #expect(DiffNumber.percent(73.349, .pl) == "73,35%" && DiffNumber.percent(88.32, .en) == "88.32%")
        #expect(DiffNumber.integer(1095, .pl) == "1095" && DiffNumber.integer(12345, .pl) == "12\u{00A0}345" && DiffNumber.integer(1095, .en) == "1,095")
    }

    @Test func markdownStaysUnderGitHubsLimit() {
        let old = PlanGenerator(partners: 3_000, seed: 1).text()
        let new = PlanGenerator(partners: 3_000, seed: 2).text()   // every number differs
        let diff = Self.diff(old, new)
        #expect(diff.changes.count > 1_000)
        let markdown = DiffMarkdown.render(diff, language: .pl)
        #expect(markdown.utf8.count < 65_000)
        #expect(markdown.hasPrefix("**" + DiffSummary.line(diff, language: .pl) + "**\n"))
        #expect(markdown.contains("Skrócono"))
    }
}
