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

/// Capacity, required sectors, indicators and the exit code they decide.
@Suite struct AnalysisFindingsTests {
    static let capacity = """
    plan p {
      period 2020-01-01 .. 2020-12-31
      require sectors social_assistance, police
      require coverage 100%
    }
    partner a { sector social_assistance }
    partner b { sector education }
    partner cop { sector police }
    need n {}
    group h { size 100
      needs n }
    group k { size 20
      needs n }
    service weekly { by a
      for h
      meets n
      capacity 1 per week }
    service monthly { by b
      for h
      meets n
      capacity 3 per month }
    service open { by a
      for k
      meets n }
    agreement ab { parties a, b
      period 2019-01-01 .. 2022-12-31
      a provides weekly, open
      b provides monthly }
    goal reach {
      indicator people_reached >= 120
      indicator agreements >= 2
      indicator sectors >= 2
      indicator coverage >= 90%
    }
    """

    @Test func capacityIsNormalisedToAYear() {
        let (model, result) = analysed(Self.capacity)
        // 1 per week × 52 + 3 per month × 12 = 52 + 36 = 88 < size 100: 12 short.
        let h = result.pair(model, "h", "n")
        #expect(h?.capacity == 88 && h?.shortfall == 12)
        #expect(result.codes(.G503).map(\.message.en) == ["need `n` of group `h` has capacity for 88 people a year; the group has 100 (12 short)"])
        #expect(result.codes(.G503).first?.notes.map(\.message.en) == ["`weekly` serves 1 a week (52 a year)", "`monthly` serves 3 a month (36 a year)"])
        // `open` has no capacity: unknown, so no shortfall is claimed for k.
        let k = result.pair(model, "k", "n")
        #expect(k?.capacity == nil && k?.shortfall == nil)
    }

    @Test func indicatorsAndGoals() {
        let (_, result) = analysed(Self.capacity)
        // people_reached = min(100, 88) for h + min(20, unknown → 20) for k = 108.
        #expect(result.indicators == IndicatorValues(agreements: 1, partners: 2, services: 3, sectors: 2, coverage: 100, peopleReached: 108))
        #expect(result.codes(.G505).map(\.message.en) == [
            "goal `reach`: `people_reached` is 108; the target is >= 120",
            "goal `reach`: `agreements` is 1; the target is >= 2",
        ])
        #expect(result.codes(.G505).allSatisfy { !$0.failsCheck })
    }

    @Test func requiredSectorWithoutActivePartner() {
        let (_, result) = analysed(Self.capacity)
        // `cop` (police) is in no agreement.
        let g501 = result.codes(.G501)
        #expect(g501.map(\.message.en) == ["required sector `police` has no partner in an agreement in force during the plan period"])
        #expect(g501.first?.help?.en == "make `cop` a party of an agreement in force during the plan")
        #expect(g501.first?.failsCheck == true)
        // It points at the `police` item of `require sectors`.
        if let range = g501.first?.span?.range {
            #expect(String(decoding: Array(Self.capacity.utf8)[range.start..<range.end], as: UTF8.self) == "police")
        }
        #expect(result.requiredSectors.map(\.isMet) == [true, false])
    }

    func check(_ text: String) -> CheckReport {
        Checker().check(paths: ["/repo/p.plan"], provider: MemorySourceProvider(files: ["/repo/p.plan": text]))
    }

    @Test func requireLinesFailTheCheckWithoutStrict() {
        // G501 fails the check: no errors, but exit 1 even without --strict.
        let report = check(Self.capacity)
        #expect(report.errors == 0 && report.failing == 1)
        #expect(report.exitCode(strict: false) == 1)
        // The coverage summary reaches the JSON: 2 pairs, both fully covered.
        #expect(report.coverage?.percent == 100 && report.coverage?.covered == 2)
    }

    @Test func requireCoverageNotReached() {
        let text = """
        plan p {
          period 2020-01-01 .. 2020-12-31
          require coverage 95%
        }
        \(partners("a", "b"))
        need n {}
        group g { needs n }
        service s { by a
          for g
          meets n }
        agreement ab { parties a, b
          period 2020-01-01 .. 2020-06-30
          a provides s
          b commits "x" }
        """
        // Jan 1 .. Jun 30 2020 = 31+29+31+30+31+30 = 182 of 366 days = 49.7%.
        let (_, result) = analysed(text)
        let g505 = result.codes(.G505)
        #expect(g505.map(\.message.en) == ["coverage is 49.7%; the plan requires at least 95%"])
        #expect(g505.first?.failsCheck == true)
        #expect(check(text).exitCode(strict: false) == 1)
    }

    @Test func plainGapsFailOnlyUnderStrict() {
        let report = check(AnalysisCoverageTests.gaps)
        #expect(report.errors == 0 && report.failing == 0 && report.gaps == 2)  // G502 and G504
        #expect(report.exitCode(strict: false) == 0)
        #expect(report.exitCode(strict: true) == 1)
        #expect(report.json.serialized().contains(#""coverage":{"percent":49.86,"pairs":1,"covered":0}"#))
    }
}
