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

/// `--without`: what newly breaks, and agreement with brute force on random plans.
@Suite struct AnalysisWhatIfTests {
    @Test func withdrawingAPartnerVoidsItsAgreements() throws {
        let (model, baseline) = analysed(AnalysisCoverageTests.leap, allowing: [.E300])
        let b = try #require(model.partner(named: "b"))
        let withoutB = Analyzer.analyse(model, without: [b])
        // ab (2020-01-01 .. 2020-02-29, 60 days) is void: n1 keeps only ac's 306 days.
        #expect(withoutB.withdrawn == [b])
        #expect(withoutB.pairs[0].covered == [days("2020-03-01", "2020-12-31")])
        #expect(withoutB.newlyBroken.count == 1)
        let change = try #require(withoutB.newlyBroken.first)
        #expect(change.pair == 0 && change.before == .covered && change.after == .partial)
        #expect(change.lost == [days("2020-01-01", "2020-02-29")] && change.lostDays == 60)
        // n2 was never covered: nothing newly breaks there.
        #expect(!withoutB.newlyBroken.contains { $0.pair == 1 })
        // Now a and c are critical for the rest; b is gone from the ranking.
        #expect(withoutB.pairs[0].criticalDays(model) == ["a": 306, "c": 306])
        #expect(withoutB.codes(.G502).map(\.message.en) == ["need `n1` of group `g` is uncovered 2020-01-01 .. 2020-02-29 (60 days) — agreement `ac` starts 2020-03-01"])
        // Chained: then c too; the change is measured against the b-less result.
        let c = try #require(model.partner(named: "c"))
        let withoutBC = withoutB.without([c])
        #expect(withoutBC.withdrawn == [b, c])
        #expect(withoutBC.newlyBroken.map(\.lostDays) == [306])
        #expect(withoutBC.pairs[0].status == .uncovered)
        // The baseline itself is untouched.
        #expect(baseline.pairs[0].status == .covered && baseline.newlyBroken.isEmpty)
    }

    @Test func withdrawalCanLoseARequiredSector() throws {
        let text = """
        plan p { period 2020-01-01 .. 2020-12-31
          require sectors police }
        partner a { sector social_assistance }
        partner cop { sector police }
        agreement ac { parties a, cop
          period 2020-01-01 .. 2020-12-31
          a commits "x"
          cop commits "y" }
        """
        let (model, baseline) = analysed(text)
        #expect(baseline.codes(.G501).isEmpty)
        let a = try #require(model.partner(named: "a"))
        let after = baseline.without([a])
        #expect(after.newlyMissingSectors.map { model[$0].name } == ["police"])
        #expect(after.codes(.G501).count == 1)
    }

    /// A small deterministic generator (no global randomness: failures reproduce).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Random plan text: 5 partners, 2 groups, 3 needs, 5 services, 6 agreements in 2020.
    static func randomPlan(seed: UInt64) -> String {
        var random = Generator(state: seed)
        let base = Day(iso: "2019-12-01")!
        func date() -> String { base.adding(days: random.next(420)).description }
        var text = "plan p { period 2020-01-01 .. 2020-12-31 }\n"
        for p in 0..<5 { text += "partner p\(p) { sector social_assistance }\n" }
        for n in 0..<3 { text += "need n\(n) {}\n" }
        for g in 0..<2 { text += "group g\(g) { needs \((0..<3).filter { _ in random.next(3) > 0 }.map { "n\($0)" }.joined(separator: ", ")) }\n" }
        var runner: [Int] = []
        for s in 0..<5 {
            let by = random.next(5)
            runner.append(by)
            text += "service s\(s) { by p\(by)\n for g\(random.next(2))\n meets n\(random.next(3)), n\(random.next(3)) }\n"
        }
        for a in 0..<6 {
            let first = random.next(5)
            var second = random.next(5)
            if second == first { second = (first + 1) % 5 }
            var (start, end) = (date(), date())
            if start > end { swap(&start, &end) }
            text += "agreement a\(a) { parties p\(first), p\(second)\n period \(start) .. \(end)\n"
            let services = (0..<5).filter { runner[$0] == first && random.next(2) == 0 }
            if services.isEmpty { text += " p\(first) commits \"x\"\n" } else { text += " p\(first) provides \(services.map { "s\($0)" }.joined(separator: ", "))\n" }
            text += " p\(second) commits \"y\" }\n"
        }
        return text
    }

    /// Day-by-day coverage straight from docs/LANGUAGE.md §4, sharing no code with the evaluator.
    static func bruteForceCoveredDays(_ model: PlanModel, group: Ref<Group>, need: Ref<Need>, without: Set<Ref<Partner>>) -> Set<Int> {
        let period = model.plan!.period!
        var covered = Set<Int>()
        for ordinal in period.first.ordinal...period.last.ordinal {
            let today = Day(ordinal: ordinal)
            outer: for agreement in model.agreements {
                guard let range = agreement.period, range.contains(today) else { continue }
                let parties = agreement.parties.map(\.value)
                if parties.contains(where: without.contains) { continue }
                for provision in agreement.provisions where parties.contains(provision.party) {
                    for service in provision.services.map(\.value) {
                        let s = model[service]
                        if s.provider == provision.party, s.groups.contains(group), s.needs.contains(need) {
                            covered.insert(ordinal)
                            break outer
                        }
                    }
                }
            }
        }
        return covered
    }

    static func daysOf(_ ranges: [DayRange]) -> Set<Int> {
        Set(ranges.flatMap { $0.first.ordinal...$0.last.ordinal })
    }

    @Test(arguments: 1...40) func agreesWithBruteForce(seed: Int) {
        let text = Self.randomPlan(seed: UInt64(seed))
        let tree = Parser.parse(text, path: "random.plan")
        let (model, _) = Resolver.resolve([tree])
        let baseline = Analyzer.analyse(model)
        for pair in baseline.pairs {
            let expected = Self.bruteForceCoveredDays(model, group: pair.group, need: pair.need, without: [])
            #expect(Self.daysOf(pair.covered) == expected, "seed \(seed)")
            #expect(pair.coveredDays == expected.count)
        }
        for partner in model.partners.indices.map({ Ref<Partner>($0) }) {
            let incremental = baseline.without([partner])
            let full = baseline.index.evaluate(without: [partner])
            // Indicators straight from §4: agreements overlapping the plan and not voided.
            let plan = model.plan!.period!
            let kept = model.agreements.filter { a in
                a.period.map { !$0.isEmpty && $0.overlaps(plan) } == true && !a.parties.contains { $0.value == partner }
            }
            let keptPartners = Set(kept.flatMap { $0.parties.map(\.value) })
            let keptServices = Set(kept.flatMap { $0.provisions.flatMap { $0.services.map(\.value) } }.filter { model[$0].provider != partner })
            #expect(incremental.indicators.agreements == kept.count, "seed \(seed)")
            #expect(incremental.indicators.partners == keptPartners.count, "seed \(seed)")
            #expect(incremental.indicators.services == keptServices.count, "seed \(seed)")
            for (p, pair) in baseline.pairs.enumerated() {
                let after = Self.bruteForceCoveredDays(model, group: pair.group, need: pair.need, without: [partner])
                #expect(Self.daysOf(incremental.pairs[p].covered) == after, "seed \(seed)")
                #expect(full.pairs[p].covered == incremental.pairs[p].covered, "seed \(seed)")
                // Critical on exactly the days its removal uncovers.
                let lost = Self.daysOf(pair.covered).subtracting(after)
                let critical = pair.critical.first { $0.partner == partner }.map { Self.daysOf($0.days) } ?? []
                #expect(critical == lost, "seed \(seed) partner \(model[partner].name)")
                let change = incremental.newlyBroken.first { $0.pair == p }
                #expect(Self.daysOf(change?.lost ?? []) == lost, "seed \(seed)")
            }
        }
    }
}

extension AnalysisWhatIfTests {
    /// Guards the brute-force test against testing nothing: the random plans must produce
    /// partial coverage and critical partners, and stay free of syntax errors.
    @Test func randomPlansAreNotTrivial() {
        var partial = 0, critical = 0, withTwoSupplies = 0
        for seed in 1...40 {
            let tree = Parser.parse(Self.randomPlan(seed: UInt64(seed)), path: "random.plan")
            #expect(tree.diagnostics.isEmpty, "seed \(seed)")
            let (model, _) = Resolver.resolve([tree])
            let result = Analyzer.analyse(model)
            partial += result.pairs.count { $0.status == .partial }
            critical += result.pairs.count { !$0.critical.isEmpty }
            withTwoSupplies += result.pairs.count { $0.supplies.count >= 2 }
        }
        #expect(partial >= 20 && critical >= 20 && withTwoSupplies >= 10, "\(partial) \(critical) \(withTwoSupplies)")
    }
}
