/// How one (group, need) pair fares over the analysed days (LANGUAGE.md §4).
public struct PairCoverage: Sendable {
    public var group: Ref<Group>
    public var need: Ref<Need>
    /// The group's `needs` entry: where findings about the pair point.
    public var span: SourceSpan
    /// Services listing the group and the need, whether agreed or not (minus withdrawn partners').
    public var services: [Ref<Service>]
    /// The supplies that cover the pair on some analysed day.
    public var supplies: [CoverageIndex.Supply]
    /// Sorted disjoint ranges of covered days, and the rest of the window.
    public var covered: [DayRange]
    public var uncovered: [DayRange]
    /// Days in the window, and how many of them are covered.
    public var days: Int
    public var coveredDays: Int
    /// Sum of the yearly capacities of the covering services: 0 when nothing covers the pair,
    /// nil (unknown) when a covering service declares no `capacity`.
    public var capacity: Int?
    /// The group's `size`, if given.
    public var size: Int?
    /// Partners whose removal alone leaves the pair uncovered on some day now covered, with
    /// those days; ordered by partner name.
    public var critical: [CriticalPartner]

    public var status: CoverageStatus {
        if coveredDays == 0 { return .uncovered }
        return coveredDays == days ? .covered : .partial
    }

    /// Covered share of the window's days, 0–100.
    public var percent: Double { days == 0 ? 0 : Double(coveredDays) * 100 / Double(days) }

    /// Distinct providers of the covering supplies, in first-supply order.
    public var providers: [Ref<Partner>] { distinct(supplies.map(\.provider)) }

    /// Distinct agreements of the covering supplies.
    public var agreements: [Ref<Agreement>] { distinct(supplies.map(\.agreement)) }

    /// Distinct covering services.
    public var coveringServices: [Ref<Service>] { distinct(supplies.map(\.service)) }

    /// People the group lacks capacity for, when both size and capacity are known; judged only
    /// for pairs covered on some day (an uncovered pair is a G500, not a shortfall).
    public var shortfall: Int? {
        guard coveredDays > 0, let size, let capacity, capacity < size else { return nil }
        return size - capacity
    }
}

/// The cell states of the coverage matrix.
public enum CoverageStatus: String, Sendable, CaseIterable {
    /// Covered on every analysed day.
    case covered
    /// Covered on some days only (G502).
    case partial
    /// Covered on no day (G500).
    case uncovered
}

/// A partner whose withdrawal alone would uncover a pair, and on which days.
public struct CriticalPartner: Sendable, Hashable {
    public var partner: Ref<Partner>
    public var days: [DayRange]
    public var dayCount: Int { DayRange.dayCount(days) }
}

/// A partner's weight over the whole plan: the pairs it is critical for.
public struct PartnerCriticality: Sendable, Hashable {
    public var partner: Ref<Partner>
    /// Indices into `Analyzer.Result.pairs`.
    public var pairs: [Int]
    /// Pair-days that would be lost if this partner alone withdrew.
    public var pairDays: Int
}

/// A required sector (`require sectors`) and the partners that meet it: parties, of that
/// sector, of agreements active during the analysed days (G501 when none).
public struct RequiredSectorStatus: Sendable {
    public var sector: Ref<Sector>
    public var span: SourceSpan
    public var partners: [Ref<Partner>]
    public var isMet: Bool { !partners.isEmpty }
}

/// What a what-if newly breaks in a pair: days covered before and not after.
public struct PairChange: Sendable {
    /// Index into `Analyzer.Result.pairs` (the same in baseline and what-if).
    public var pair: Int
    public var before: CoverageStatus
    public var after: CoverageStatus
    public var lost: [DayRange]
    public var lostDays: Int { DayRange.dayCount(lost) }
}

func distinct<T: Hashable>(_ values: [T]) -> [T] {
    var seen = Set<T>()
    return values.filter { seen.insert($0).inserted }
}
