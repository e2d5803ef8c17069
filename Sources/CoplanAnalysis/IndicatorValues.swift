import CoplanCore
import CoplanSyntax
import CoplanModel
/// The goal indicator values of docs/LANGUAGE.md §4, computed over the analysed days.
///
/// - `agreements`: agreements whose period overlaps the window (and, in a what-if, not voided);
/// - `partners`: distinct parties of those agreements; `sectors`: their distinct sectors;
/// - `services`: distinct services provided under them;
/// - `coverage`: covered pair-days ÷ all pair-days, in percent;
/// - `people_reached`: Σ over groups of min(size, smallest yearly capacity among the group's
///   pairs). A group without `size` or without pairs counts 0; a pair of unknown capacity (a
///   covering service has no `capacity`) does not limit; an uncovered pair has capacity 0.
package struct IndicatorValues: Sendable, Hashable {
    package var agreements: Int
    package var partners: Int
    package var services: Int
    package var sectors: Int
    package var coverage: Double
    package var peopleReached: Int

    package init(agreements: Int, partners: Int, services: Int, sectors: Int, coverage: Double, peopleReached: Int) {
        self.agreements = agreements
        self.partners = partners
        self.services = services
        self.sectors = sectors
        self.coverage = coverage
        self.peopleReached = peopleReached
    }

    package func value(_ metric: Metric) -> Double {
        switch metric {
        case .agreements: return Double(agreements)
        case .partners: return Double(partners)
        case .services: return Double(services)
        case .sectors: return Double(sectors)
        case .coverage: return coverage
        case .people_reached: return Double(peopleReached)
        }
    }

    /// A metric's value as people read it: `87.5%` for coverage, a count otherwise.
    package func formatted(_ metric: Metric) -> String {
        metric == .coverage ? NumberText.percent(coverage) : NumberText.plain(value(metric))
    }
}

extension IndicatorValues {
    init(index: CoverageIndex, pairs: [PairCoverage], active: CoverageIndex.ActiveSet, summary: CoverageSummary?) {
        let model = index.model
        agreements = active.agreements.count
        partners = active.partners.count
        services = active.services.count
        sectors = Set(active.partners.map { index.sectorOfPartner[$0.index] }.filter { $0 >= 0 }).count
        coverage = summary?.percent ?? 0
        var groups: [Ref<Group>] = []
        var limit: [Ref<Group>: Int] = [:]   // smallest known capacity; absent: no limit known
        for pair in pairs {
            if groups.last != pair.group { groups.append(pair.group) }  // pairs come grouped by group
            if let capacity = pair.capacity { limit[pair.group] = min(limit[pair.group] ?? capacity, capacity) }
        }
        var reached = 0
        for group in groups {
            guard let size = model[group].size else { continue }
            reached += min(size, limit[group] ?? size)
        }
        peopleReached = index.window == nil ? 0 : reached
    }
}
