/// Turning the index into an `Analyzer.Result`, for the plan as written or with partners removed.
extension CoverageIndex {
    /// The analysis with `withdrawn` partners removed. With a `baseline` (an evaluation of this
    /// index with fewer partners removed) only the pairs the newly removed partners touch are
    /// swept again, and what newly breaks is reported.
    public func evaluate(without withdrawn: Set<Ref<Partner>> = [], baseline: Analyzer.Result? = nil) -> Analyzer.Result {
        var pairResults: [PairCoverage]
        var sweep = CoverageSweep(partners: model.partners.count)
        if let baseline {
            pairResults = baseline.pairs
            let added = withdrawn.subtracting(baseline.withdrawn)
            for p in pairsAffected(by: added) {
                pairResults[p] = coverage(of: p, without: withdrawn, sweep: &sweep)
            }
            // Withdrawn partners' services no longer meet anything, even unagreed ones.
            for p in pairResults.indices where pairResults[p].services.contains(where: { isWithdrawn($0, withdrawn) }) {
                pairResults[p].services.removeAll { isWithdrawn($0, withdrawn) }
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
        result.diagnostics = AnalysisFindings(model: model, result: result).diagnostics
        return result
    }

    func isWithdrawn(_ service: Ref<Service>, _ withdrawn: Set<Ref<Partner>>) -> Bool {
        guard !withdrawn.isEmpty, let provider = model[service].provider else { return false }
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
            .sorted { model[$0.partner].name < model[$1.partner].name }
        let group = model[entry.group]
        return PairCoverage(
            group: entry.group, need: entry.need, span: entry.span,
            services: entry.services.filter { !isWithdrawn($0, withdrawn) },
            supplies: live, covered: outcome.covered, uncovered: uncovered,
            days: days, coveredDays: DayRange.dayCount(outcome.covered),
            capacity: capacity(of: live), size: group.size, critical: critical)
    }

    /// Sum of yearly capacities of the distinct covering services; nil when one has none.
    func capacity(of live: [Supply]) -> Int? {
        var total = 0
        for service in distinct(live.map(\.service)) {
            guard let capacity = model[service].capacity else { return nil }
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

    func activeAgreements(without withdrawn: Set<Ref<Partner>>) -> ActiveSet {
        var set = ActiveSet()
        var partners = Set<Ref<Partner>>(), services = Set<Ref<Service>>()
        for a in model.agreements.indices where isActive[a] {
            guard !parties[a].contains(where: { withdrawn.contains($0) }) else { continue }
            set.agreements.append(Ref(a))
            for party in parties[a] where partners.insert(party).inserted { set.partners.append(party) }
            for provision in model.agreements[a].provisions {
                for service in provision.services where !isWithdrawn(service.value, withdrawn) {
                    if services.insert(service.value).inserted { set.services.append(service.value) }
                }
            }
        }
        return set
    }

    func requiredSectors(partners: [Ref<Partner>]) -> [RequiredSectorStatus] {
        guard let plan = model.plan else { return [] }
        var bySector: [Ref<Sector>: [Ref<Partner>]] = [:]
        for partner in partners {
            if let sector = model[partner].sector { bySector[sector, default: []].append(partner) }
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
            return model[$0.partner].name < model[$1.partner].name
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
