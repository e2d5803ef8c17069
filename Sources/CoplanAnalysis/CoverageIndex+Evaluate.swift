import CoplanCore
import CoplanSyntax
import CoplanModel
/// Turning the index into an `Analyzer.Result`, for the plan as written or with partners removed.
extension CoverageIndex {
    /// The analysis with `withdrawn` partners removed. With a `baseline` (an evaluation of this
    /// index with fewer partners removed) only the pairs the newly removed partners touch are
    /// swept again, and what newly breaks is reported.
    package func evaluate(without withdrawn: Set<Ref<Partner>> = [], baseline: Analyzer.Result? = nil) -> Analyzer.Result {
        var pairResults: [PairCoverage]
        var sweep = CoverageSweep(partners: model.partners.count)
        // Pairs whose findings must be written again (the others reuse the baseline's).
        var changed = Set<Int>()
        if let baseline {
            pairResults = baseline.pairs
            let added = withdrawn.subtracting(baseline.withdrawn)
            for p in pairsAffected(by: added) {
                pairResults[p] = coverage(of: p, without: withdrawn, sweep: &sweep)
                changed.insert(p)
            }
            // Withdrawn partners' services no longer meet anything, even unagreed ones.
            for partner in added where partner.index < servicesOfPartner.count {
                for service in servicesOfPartner[partner.index] {
                    for p in pairsOfService[service.index] {
                        pairResults[p].services.removeAll { $0 == service }
                        changed.insert(p)
                    }
                }
            }
            // G500 reasons name the withdrawn partners: refresh them when that list grows.
            if !baseline.withdrawn.isEmpty {
                for p in pairResults.indices where pairResults[p].status == .uncovered { changed.insert(p) }
            }
        } else {
            pairResults = pairs.indices.map { coverage(of: $0, without: withdrawn, sweep: &sweep) }
        }
        let active = activeAgreements(without: withdrawn)
        let sectors = requiredSectors(partners: active.partners)
        let summary = window.map { _ in summarise(pairResults) }
        let indicators = IndicatorValues(index: self, pairs: pairResults, active: active, summary: summary)
        var result = Analyzer.Result(
            diagnostics: [], summary: summary, window: window, isSingleDay: isSingleDay, pairs: pairResults,
            ranking: Self.ranking(pairResults, model: model), requiredSectors: sectors, indicators: indicators,
            withdrawn: withdrawn.sorted(), newlyBroken: [], newlyMissingSectors: [], index: self)
        if let baseline {
            result.newlyBroken = Self.changes(from: baseline.pairs, to: pairResults)
            let metBefore = Set(baseline.requiredSectors.filter(\.isMet).map(\.sector))
            result.newlyMissingSectors = distinct(sectors.filter { !$0.isMet && metBefore.contains($0.sector) }.map(\.sector))
        }
        let findings = AnalysisFindings(model: model, result: result, reusing: baseline.map { ($0.findingsByPair, changed) })
        result.diagnostics = findings.diagnostics
        result.findingsByPair = findings.byPair
        return result
    }

    func isWithdrawn(_ service: Ref<Service>, _ withdrawn: Set<Ref<Partner>>) -> Bool {
        guard !withdrawn.isEmpty, let provider = model.services[service.index].provider else { return false }
        return withdrawn.contains(provider)
    }

    /// Sweeps one pair's live supplies.
    func coverage(of p: Int, without withdrawn: Set<Ref<Partner>>, sweep: inout CoverageSweep) -> PairCoverage {
        let entry = pairs[p]
        var live = entry.supplies.map { supplies[$0] }
        if !withdrawn.isEmpty {
            live.removeAll { supply in parties[supply.agreement.index].contains { withdrawn.contains($0) } || withdrawn.contains(supply.provider) }
        }
        let outcome = sweep.sweep(live, parties: parties)
        let days = window?.count ?? 0
        let uncovered = window.map { DayRange.gaps(in: $0, outside: outcome.covered) } ?? []
        let critical = outcome.critical
            .map { CriticalPartner(partner: Ref($0.key), days: $0.value) }
            .sorted { model.partners[$0.partner.index].header.name < model.partners[$1.partner.index].header.name }
        return PairCoverage(
            group: entry.group, need: entry.need, span: entry.span,
            services: entry.services.filter { !isWithdrawn($0, withdrawn) },
            supplies: live, covered: outcome.covered, uncovered: uncovered,
            days: days, coveredDays: DayRange.dayCount(outcome.covered),
            capacity: capacity(of: live), size: model.groups[entry.group.index].size, critical: critical)
    }

    /// Sum of yearly capacities of the distinct covering services; nil when one has none.
    func capacity(of live: [Supply]) -> Int? {
        // Each service once, found by sorting its numbers: a set of references hashed each
        // through the generic `Hashable` (a pair has a supply per agreement that provides it).
        var services = live.map(\.service.index)
        services.sort()
        var total = 0, previous = -1
        for service in services where service != previous {
            previous = service
            // Read in place: `model[service]` would copy the whole service across the module boundary.
            guard let capacity = model.services[service].capacity else { return nil }
            total += capacity.yearly
        }
        return total
    }

    /// Agreements overlapping the window and not voided by a withdrawal, with their parties.
    struct ActiveSet {
        var agreements: [Ref<Agreement>] = []
        var partners: [Ref<Partner>] = []
        var services: [Ref<Service>] = []
    }

    /// The baseline set minus the agreements the withdrawn partners void: O(agreements +
    /// partners + services) array work, no re-reading of the model.
    func activeAgreements(without withdrawn: Set<Ref<Partner>>) -> ActiveSet {
        guard !withdrawn.isEmpty else { return baseActive }
        var voided = [Bool](repeating: false, count: parties.count)
        var partnerUse = self.partnerUse, serviceUse = self.serviceUse
        for partner in withdrawn where partner.index < agreementsOfPartner.count {
            for a in agreementsOfPartner[partner.index] where !voided[a] {
                voided[a] = true
                for party in parties[a] { partnerUse[party.index] -= 1 }
                for service in servicesOfAgreement[a] { serviceUse[service.index] -= 1 }
            }
            for service in servicesOfPartner[partner.index] { serviceUse[service.index] = 0 }
        }
        return ActiveSet(agreements: baseActive.agreements.filter { !voided[$0.index] },
                         partners: baseActive.partners.filter { partnerUse[$0.index] > 0 },
                         services: baseActive.services.filter { serviceUse[$0.index] > 0 })
    }

    func requiredSectors(partners: [Ref<Partner>]) -> [RequiredSectorStatus] {
        guard let plan = model.plan else { return [] }
        var bySector: [Ref<Sector>: [Ref<Partner>]] = [:]
        let required = Set(plan.requiredSectors.map(\.value.index))
        for partner in partners where required.contains(sectorOfPartner[partner.index]) {
            bySector[Ref(sectorOfPartner[partner.index]), default: []].append(partner)
        }
        var seen = Set<Ref<Sector>>()
        return plan.requiredSectors.compactMap { item in
            guard seen.insert(item.value).inserted else { return nil }
            return RequiredSectorStatus(sector: item.value, span: item.span, partners: bySector[item.value] ?? [])
        }
    }

    func summarise(_ pairs: [PairCoverage]) -> CoverageSummary {
        let pairDays = pairs.reduce(0) { $0 + $1.days }
        let covered = pairs.reduce(0) { $0 + $1.coveredDays }
        return CoverageSummary(percent: pairDays == 0 ? 100 : Double(covered) * 100 / Double(pairDays),
                               pairs: pairs.count, covered: pairs.count { $0.status == .covered },
                               pairDays: pairDays, coveredPairDays: covered)
    }

    static func ranking(_ pairs: [PairCoverage], model: PlanModel) -> [PartnerCriticality] {
        var byPartner: [Ref<Partner>: PartnerCriticality] = [:]
        for (p, pair) in pairs.enumerated() {
            for critical in pair.critical {
                byPartner[critical.partner, default: PartnerCriticality(partner: critical.partner, pairs: [], pairDays: 0)].pairs.append(p)
                byPartner[critical.partner]!.pairDays += critical.dayCount
            }
        }
        return byPartner.values.sorted {
            if $0.pairs.count != $1.pairs.count { return $0.pairs.count > $1.pairs.count }
            if $0.pairDays != $1.pairDays { return $0.pairDays > $1.pairDays }
            return model.partners[$0.partner.index].header.name < model.partners[$1.partner.index].header.name
        }
    }

    static func changes(from before: [PairCoverage], to after: [PairCoverage]) -> [PairChange] {
        var result: [PairChange] = []
        for p in after.indices where after[p].coveredDays < before[p].coveredDays {
            let lost = DayRange.subtracting(before[p].covered, after[p].covered)
            result.append(PairChange(pair: p, before: before[p].status, after: after[p].status, lost: lost))
        }
        return result
    }
}
