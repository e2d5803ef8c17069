import CoplanCore
import CoplanSyntax
import CoplanModel
/// How one (group, need) pair fares over the analysed days (docs/LANGUAGE.md §4).
package struct PairCoverage: Sendable {
    package var group: Ref<Group>
    package var need: Ref<Need>
    /// The group's `needs` entry: where findings about the pair point.
    package var span: SourceSpan
    /// Services listing the group and the need, whether agreed or not (minus withdrawn partners').
    package var services: [Ref<Service>]
    /// The supplies that cover the pair on some analysed day.
    package var supplies: [CoverageIndex.Supply]
    /// Sorted disjoint ranges of covered days, and the rest of the window.
    package var covered: [DayRange]
    package var uncovered: [DayRange]
    /// Days in the window, and how many of them are covered.
    package var days: Int
    package var coveredDays: Int
    /// Sum of the yearly capacities of the covering services: 0 when nothing covers the pair,
    /// nil (unknown) when a covering service declares no `capacity`.
    package var capacity: Int?
    /// The group's `size`, if given.
    package var size: Int?
    /// Partners whose removal alone leaves the pair uncovered on some day now covered, with
    /// those days; ordered by partner name.
    package var critical: [CriticalPartner]

    package var status: CoverageStatus {
        if coveredDays == 0 { return .uncovered }
        return coveredDays == days ? .covered : .partial
    }

    /// Covered share of the window's days, 0–100.
    package var percent: Double { days == 0 ? 0 : Double(coveredDays) * 100 / Double(days) }

    /// Distinct providers of the covering supplies, in first-supply order.
    package var providers: [Ref<Partner>] { distinct(supplies.map(\.provider)) }

    /// Distinct agreements of the covering supplies.
    package var agreements: [Ref<Agreement>] { distinct(supplies.map(\.agreement)) }

    /// Distinct covering services.
    package var coveringServices: [Ref<Service>] { distinct(supplies.map(\.service)) }

    /// People the group lacks capacity for, when both size and capacity are known; judged only
    /// for pairs covered on some day (an uncovered pair is a G500, not a shortfall).
    package var shortfall: Int? {
        guard coveredDays > 0, let size, let capacity, capacity < size else { return nil }
        return size - capacity
    }
}

/// The cell states of the coverage matrix.
package enum CoverageStatus: String, Sendable, CaseIterable {
    /// Covered on every analysed day.
    case covered
    /// Covered on some days only (G502).
    case partial
    /// Covered on no day (G500).
    case uncovered
}

/// A partner whose withdrawal alone would uncover a pair, and on which days.
package struct CriticalPartner: Sendable, Hashable {
    package var partner: Ref<Partner>
    package var days: [DayRange]
    package var dayCount: Int { DayRange.dayCount(days) }
}

/// A partner's weight over the whole plan: the pairs it is critical for.
package struct PartnerCriticality: Sendable, Hashable {
    package var partner: Ref<Partner>
    /// Indices into `Analyzer.Result.pairs`.
    package var pairs: [Int]
    /// Pair-days that would be lost if this partner alone withdrew.
    package var pairDays: Int
}

/// A required sector (`require sectors`) and the partners that meet it: parties, of that
/// sector, of agreements active during the analysed days (G501 when none).
package struct RequiredSectorStatus: Sendable {
    package var sector: Ref<Sector>
    package var span: SourceSpan
    package var partners: [Ref<Partner>]
    package var isMet: Bool { !partners.isEmpty }
}

/// What a what-if newly breaks in a pair: days covered before and not after.
package struct PairChange: Sendable {
    /// Index into `Analyzer.Result.pairs` (the same in baseline and what-if).
    package var pair: Int
    package var before: CoverageStatus
    package var after: CoverageStatus
    package var lost: [DayRange]
    package var lostDays: Int { DayRange.dayCount(lost) }
}

/// Each value once, in first-seen order. The lists are a pair's few supplies: the output is
/// searched while short (`SmallSet`), where a `Set` per call was most of the capacity sum.
func distinct<T: Hashable>(_ values: [T]) -> [T] {
    guard values.count > 1 else { return values }
    var seen = SmallSet<T>()
    return values.filter { seen.insert($0) }
}
