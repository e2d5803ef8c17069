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

/// Coverage over time, with every expectation worked out by hand.
@Suite struct AnalysisCoverageTests {
    /// 2020 is a leap year: 366 days. Two agreements touch at 2020-02-29 / 2020-03-01.
    static let leap = """
    plan p { period 2020-01-01 .. 2020-12-31 }
    \(partners("a", "b", "c"))
    need n1 {}
    need n2 {}
    group g { size 10
      needs n1, n2 }
    group empty { size 5 }
    service s1 { by a
      for g
      meets n1
      capacity 2 per month }
    agreement ab { parties a, b
      period 2020-01-01 .. 2020-02-29
      a provides s1
      b commits "x" }
    agreement ac { parties a, c
      period 2020-03-01 .. 2020-12-31
      a provides s1
      c commits "x" }
    """

    @Test func touchingAgreementsInALeapYear() {
        let (model, result) = analysed(Self.leap, allowing: [.E300])
        // Pairs: (g, n1), (g, n2); group `empty` lists no need, so it has none.
        #expect(result.pairs.map { "\(model[$0.group].name)/\(model[$0.need].name)" } == ["g/n1", "g/n2"])
        let n1 = result.pair(model, "g", "n1")!
        // ab: 31 (Jan) + 29 (Feb) = 60 days; ac: 366 - 60 = 306; they touch, so one range.
        #expect(n1.covered == [days("2020-01-01", "2020-12-31")])
        #expect(n1.uncovered.isEmpty)
        #expect(n1.days == 366 && n1.coveredDays == 366 && n1.status == .covered)
        // 2 per month × 12 = 24 a year ≥ size 10: no shortfall.
        #expect(n1.capacity == 24 && n1.shortfall == nil)
        // a runs the only service: critical all year; b only while ab runs, c only while ac runs.
        #expect(n1.criticalDays(model) == ["a": 366, "b": 60, "c": 306])
        #expect(n1.critical.first { model[$0.partner].name == "b" }?.days == [days("2020-01-01", "2020-02-29")])
        let n2 = result.pair(model, "g", "n2")!
        #expect(n2.status == .uncovered && n2.uncovered == [days("2020-01-01", "2020-12-31")] && n2.capacity == 0)
        // 366 covered of 2 × 366 = 732 pair-days = 50%; one pair fully covered.
        #expect(result.summary == CoverageSummary(percent: 50, pairs: 2, covered: 1, pairDays: 732, coveredPairDays: 366))
        // Ranking: a (1 pair, 366), c (1 pair, 306), b (1 pair, 60).
        #expect(result.ranking.map { model[$0.partner].name } == ["a", "c", "b"])
        #expect(result.ranking.map(\.pairDays) == [366, 306, 60])
    }

    @Test func findingsOfTheLeapPlan() {
        let (model, result) = analysed(Self.leap, allowing: [.E300])
        let g500 = result.codes(.G500)
        #expect(g500.count == 1)
        #expect(g500.first?.message.en == "need `n2` of group `g` is not covered on any day of the plan period: no service for `g` meets `n2`")
        // The G500 points at the `n2` entry of `needs n1, n2`.
        let text = Self.leap
        guard let entry = g500.first?.span?.range else { return }
        #expect(String(decoding: Array(text.utf8)[entry.start..<entry.end], as: UTF8.self) == "n2")
        // G504 for n1: three critical partners with different days.
        #expect(result.codes(.G504).map(\.message.en) == [
            "need `n1` of group `g` depends on single partners: it loses covered days without any one of `a` (366 days), `b` (60 days), `c` (306 days)",
        ])
        // Uncovered pairs get no G503 or G504; fully covered pairs no G502.
        #expect(result.codes(.G502).isEmpty && result.codes(.G503).isEmpty)
        _ = model
    }

    /// 2021 (365 days). ag1 starts before the plan (clipped to 2021-01-01 .. 2021-03-31: 90 days),
    /// ag2 overlaps it (2021-03-15 .. 2021-06-30), ag3 is one day (2021-09-01).
    static let gaps = """
    plan p { period 2021-01-01 .. 2021-12-31 }
    \(partners("p", "x", "y", "z"))
    need n {}
    group g { needs n }
    service s { by p
      for g
      meets n }
    agreement ag1 { parties p, x
      period 2020-06-01 .. 2021-03-31
      p provides s
      x commits "x" }
    agreement ag2 { parties p, y
      period 2021-03-15 .. 2021-06-30
      p provides s
      y commits "y" }
    agreement ag3 { parties p, z
      period 2021-09-01 .. 2021-09-01
      p provides s
      z commits "z" }
    """

    @Test func overlappingAndOneDayAgreements() {
        let (model, result) = analysed(Self.gaps)
        let pair = result.pair(model, "g", "n")!
        // Covered: Jan 1 .. Jun 30 = 31+28+31+30+31+30 = 181 days, plus Sep 1 = 182.
        #expect(pair.covered == [days("2021-01-01", "2021-06-30"), days("2021-09-01", "2021-09-01")])
        #expect(pair.coveredDays == 182)
        // Uncovered: Jul 1 .. Aug 31 (62) and Sep 2 .. Dec 31 (29+31+30+31 = 121) = 183 = 365 - 182.
        #expect(pair.uncovered == [days("2021-07-01", "2021-08-31"), days("2021-09-02", "2021-12-31")])
        #expect(pair.status == .partial)
        // 182 / 365 = 49.86%.
        #expect(abs(result.summary!.percent - 182.0 * 100 / 365) < 1e-9)
        // p: all 182 covered days. x: Jan 1 .. Mar 14 (31+28+14 = 73), before ag2 starts.
        // y: Apr 1 .. Jun 30 (30+31+30 = 91), after ag1 ends. z: Sep 1 (1).
        #expect(pair.criticalDays(model) == ["p": 182, "x": 73, "y": 91, "z": 1])
        #expect(pair.critical.first { model[$0.partner].name == "x" }?.days == [days("2021-01-01", "2021-03-14")])
        let g502 = result.codes(.G502)
        #expect(g502.map(\.message.en) == ["need `n` of group `g` is uncovered on 183 days: 2021-07-01 .. 2021-08-31, 2021-09-02 .. 2021-12-31"])
        #expect(g502.first?.notes.map(\.message.en) == [
            "2021-07-01: agreement `ag2` ends 2021-06-30 and agreement `ag3` starts 2021-09-01",
            "2021-09-02: agreement `ag3` ends 2021-09-01",
        ])
    }

    @Test func oneGapNamesTheAgreementThatEnds() {
        let text = """
        plan p { period 2020-01-01 .. 2021-03-31 }
        \(partners("gops", "pup"))
        need aktywizacja {}
        group rodziny { needs aktywizacja }
        service s { by pup
          for rodziny
          meets aktywizacja }
        agreement gops_pup { parties gops, pup
          period 2019-01-01 .. 2020-11-30
          pup provides s
          gops commits "x" }
        """
        let (_, result) = analysed(text)
        // Dec 1 .. Mar 31: 31+31+28+31 = 121 days.
        #expect(result.codes(.G502).map(\.message.en) == [
            "need `aktywizacja` of group `rodziny` is uncovered 2020-12-01 .. 2021-03-31 (121 days) — agreement `gops_pup` ends 2020-11-30",
        ])
        #expect(result.codes(.G504).map(\.message.en) == [
            "need `aktywizacja` of group `rodziny` depends on single partners: without any one of `gops`, `pup` it is uncovered 2020-01-01 .. 2020-11-30 (335 days)",
        ])
    }

    @Test func coverageOnOneDay() {
        let (model, _) = analysed(Self.gaps)
        let onJuly = Analyzer.analyse(model, at: day("2021-07-15"))
        #expect(onJuly.window == days("2021-07-15", "2021-07-15") && onJuly.isSingleDay)
        #expect(onJuly.pairs[0].status == .uncovered)
        #expect(onJuly.codes(.G500).map(\.message.en) == [
            "need `n` of group `g` is not covered on 2021-07-15: service `s` meets it but no agreement providing it is in force on 2021-07-15",
        ])
        let onSep1 = Analyzer.analyse(model, at: day("2021-09-01"))
        #expect(onSep1.summary?.percent == 100)
        // On that day only ag3 runs: p and z are critical.
        #expect(onSep1.pairs[0].criticalDays(model) == ["p": 1, "z": 1])
    }

    /// Services without agreements, agreements outside the period or reversed (E304), E303
    /// provisions, and a party providing under an agreement it is not a party to: none cover.
    @Test func whatDoesNotCover() {
        let text = """
        plan p { period 2020-01-01 .. 2020-12-31 }
        \(partners("a", "b", "c"))
        need n1 {}
        need n2 {}
        need n3 {}
        group g { needs n1, n2, n3 }
        service unagreed { by a
          for g
          meets n1 }
        service old { by a
          for g
          meets n2 }
        service backwards { by a
          for g
          meets n3 }
        agreement past { parties a, b
          period 2018-01-01 .. 2019-12-31
          a provides old
          b commits "x" }
        agreement reversed { parties a, b
          period 2020-06-30 .. 2020-06-01
          a provides backwards
          b commits "x" }
        agreement wrong { parties b, c
          period 2020-01-01 .. 2020-12-31
          b provides backwards
          c commits "x" }
        """
        let (_, result) = analysed(text, allowing: [.E303, .E304])
        #expect(result.pairs.allSatisfy { $0.status == .uncovered })
        #expect(result.summary?.percent == 0)
        #expect(result.codes(.G500).map(\.message.en) == [
            "need `n1` of group `g` is not covered on any day of the plan period: service `unagreed` meets it but no agreement provides it",
            "need `n2` of group `g` is not covered on any day of the plan period: service `old` meets it but no agreement providing it is in force during the plan period",
            "need `n3` of group `g` is not covered on any day of the plan period: service `backwards` meets it but no agreement providing it is in force during the plan period",
        ])
        // Only `wrong` overlaps the plan: 1 agreement, partners b and c, service `backwards`.
        #expect(result.indicators.agreements == 1 && result.indicators.partners == 2 && result.indicators.services == 1)
    }

    @Test func noPeriodMeansNoJudgement() {
        let text = """
        plan p { period 2020-12-31 .. 2020-01-01 }
        need n {}
        group g { needs n }
        """
        let (_, result) = analysed(text, allowing: [.E304])
        #expect(result.summary == nil && result.window == nil)
        #expect(result.diagnostics.isEmpty)
        #expect(result.pairs.count == 1 && result.pairs[0].days == 0)
    }

    @Test func dayRangeSetOperations() {
        let a = days("2020-01-01", "2020-01-10"), b = days("2020-01-11", "2020-01-20"), c = days("2020-01-05", "2020-01-06")
        #expect(DayRange.union([b, a, c]) == [days("2020-01-01", "2020-01-20")])
        #expect(DayRange.gaps(in: days("2020-01-01", "2020-01-31"), outside: [c]) == [days("2020-01-01", "2020-01-04"), days("2020-01-07", "2020-01-31")])
        #expect(DayRange.subtracting([a, b], [c, days("2020-01-10", "2020-01-12")])
                == [days("2020-01-01", "2020-01-04"), days("2020-01-07", "2020-01-09"), days("2020-01-13", "2020-01-20")])
        #expect(days("2020-02-29", "2020-02-29").spelled == "2020-02-29 (1 day)")
    }

    /// A group listing many needs (past the scan the index uses for a few, and once more
    /// than listed): each need is its own pair, found by every service that meets it, and a
    /// need listed twice is one pair.
    @Test func aGroupWithManyNeedsFindsEachPair() {
        let needs = (0..<40).map { "n\($0)" }
        let met = ["n0", "n5", "n17", "n39"]
        let text = """
        plan p { period 2021-01-01 .. 2021-12-31 }
        \(partners("a", "b"))
        \(needs.map { "need \($0) {}" }.joined(separator: "\n"))
        group g { size 1
          needs \((needs + ["n17"]).joined(separator: ", ")) }
        group h { size 1
          needs n5, n6 }
        service s { by a
          for g, h
          meets \(met.joined(separator: ", "))
          capacity 5 per year }
        agreement ab { parties a, b
          period 2021-01-01 .. 2021-12-31
          a provides s
          b commits "x" }
        """
        let (model, result) = analysed(text, allowing: [.E300])
        #expect(result.pairs.count == 42)
        for need in needs {
            let pair = result.pair(model, "g", need)
            #expect(pair?.status == (met.contains(need) ? .covered : .uncovered), "g/\(need)")
        }
        #expect(result.pair(model, "h", "n5")?.status == .covered)
        #expect(result.pair(model, "h", "n6")?.status == .uncovered)
    }
}
