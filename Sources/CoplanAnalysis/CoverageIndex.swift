import CoplanCore
import CoplanSyntax
import CoplanModel
/// Everything the evaluator needs from a `PlanModel`, gathered once in linear time: the
/// (group, need) pairs of docs/LANGUAGE.md §4, and for each the supplies that cover it.
///
/// The index is what makes what-if cheap: removing partners only filters supplies (a supply
/// dies when any party of its agreement is removed) and re-sweeps the pairs those partners
/// touch; nothing is read from the model again.
package struct CoverageIndex: Sendable {
    /// The model the index was built from; findings take names and spans from it.
    package let model: PlanModel
    /// The days analysed: the plan period, or one day for `--at`; nil when the plan has no
    /// usable period (already an E300/E304), and then nothing is covered or judged.
    package let window: DayRange?
    /// Whether the window is a single day asked for with `--at`, not the plan period.
    package let isSingleDay: Bool
    /// The keyword language help in findings spells keywords in: the one asked for, else the plan's.
    package var keywords: KeywordLanguage { chosenKeywords ?? model.planKeywordLanguage }
    /// The keyword language a caller asked for (a document in its own language), which also names
    /// metrics and sectors in messages; nil: each is named as its own file writes it.
    package let chosenKeywords: KeywordLanguage?

    /// One way of covering a pair: a service provided by its own provider, as a party, under
    /// an agreement, on the agreement's days inside the window.
    package struct Supply: Sendable, Hashable {
        package var service: Ref<Service>
        package var agreement: Ref<Agreement>
        package var provider: Ref<Partner>
        package var days: DayRange
    }

    /// A pair with everything that could cover it.
    package struct Entry: Sendable {
        package var group: Ref<Group>
        package var need: Ref<Need>
        /// The group's `needs` entry: where pair findings point.
        package var span: SourceSpan
        /// Services listing the group in `for` and the need in `meets`, agreed or not.
        package var services: [Ref<Service>]
        /// Indices into `supplies`, sorted by first day.
        package var supplies: [Int]
    }

    package internal(set) var supplies: [Supply] = []
    package internal(set) var pairs: [Entry] = []
    /// Per agreement: its distinct resolved parties, the partners whose removal voids it.
    package internal(set) var parties: [[Ref<Partner>]] = []
    /// Per agreement: whether its period overlaps the window (reversed periods never do).
    package internal(set) var isActive: [Bool] = []
    /// Per partner: the pairs it can affect (it is a party of one of their supplies), sorted.
    var pairsOfPartner = FlatLists<Int>()
    /// Per service: whether any agreement provides it at all (to explain G500).
    var isProvidedAnywhere: [Bool] = []
    /// Per service: the pairs it meets.
    var pairsOfService = FlatLists<Int>()
    /// Per partner: the services it runs (`by`).
    var servicesOfPartner = FlatLists<Ref<Service>>()
    /// Per partner: its sector's index, or -1.
    var sectorOfPartner: [Int] = []
    /// Per partner: the active agreements it is a party to (what its withdrawal voids).
    var agreementsOfPartner = FlatLists<Int>()
    /// Per agreement: the distinct services provided under it.
    var servicesOfAgreement = FlatLists<Ref<Service>>()
    /// The active set with nobody withdrawn, and how many active agreements use each partner
    /// and service, so a what-if subtracts the voided agreements instead of starting over.
    var baseActive = ActiveSet()
    var partnerUse: [Int32] = []
    var serviceUse: [Int32] = []

    package init(model: PlanModel, at day: Day? = nil, keywords: KeywordLanguage? = nil) {
        self.model = model
        self.chosenKeywords = keywords
        let period = model.plan?.period.flatMap { $0.isEmpty ? nil : $0 }
        if let day {
            window = DayRange(day, day)
            isSingleDay = true
        } else {
            window = period
            isSingleDay = false
        }
        build()
    }

    private mutating func build() {
        // Pairs in declaration order, a group's together; a need listed twice by a group is
        // one pair.
        var lookup = PairLookup(groups: model.groups.count)
        for g in model.groups.indices {
            let first = pairs.count
            var needs: [Ref<Need>] = []
            var seen = SmallSet<Ref<Need>>()
            for entry in model.groups[g].needs where seen.insert(entry.value) {
                needs.append(entry.value)
                pairs.append(Entry(group: Ref(g), need: entry.value, span: entry.span, services: [], supplies: []))
            }
            lookup.add(group: g, first: first, needs: needs)
        }
        // Services indexed by the pairs they meet.
        var serviceEntries: [(key: Int32, value: Ref<Service>)] = []
        var pairEntries: [(key: Int32, value: Int)] = []
        serviceEntries.reserveCapacity(model.services.count)
        sectorOfPartner = model.partners.map { $0.sector?.index ?? -1 }
        for (s, service) in model.services.enumerated() {
            if let provider = service.provider { serviceEntries.append((Int32(provider.index), Ref(s))) }
            var seen = SmallSet<Int>()
            for group in service.groups {
                for need in service.needs {
                    guard let p = lookup.pair(group: group, need: need, in: pairs), seen.insert(p) else { continue }
                    pairs[p].services.append(Ref(s))
                    pairEntries.append((Int32(s), p))
                }
            }
        }
        servicesOfPartner = FlatLists(count: model.partners.count, entries: serviceEntries)
        pairsOfService = FlatLists(count: model.services.count, entries: pairEntries)
        // Supplies: one per (service, agreement) where the service's provider is a party and provides it.
        parties.reserveCapacity(model.agreements.count)
        isActive.reserveCapacity(model.agreements.count)
        isProvidedAnywhere = [Bool](repeating: false, count: model.services.count)
        var partnerPairs: [(key: Int32, value: Int)] = []
        var partnerAgreements: [(key: Int32, value: Int)] = []
        var agreementServices: [(key: Int32, value: Ref<Service>)] = []
        partnerUse = [Int32](repeating: 0, count: model.partners.count)
        serviceUse = [Int32](repeating: 0, count: model.services.count)
        for (a, agreement) in model.agreements.enumerated() {
            var distinct: [Ref<Partner>] = []
            for party in agreement.parties where !distinct.contains(party.value) { distinct.append(party.value) }
            parties.append(distinct)
            let days = window.flatMap { window in agreement.period.flatMap { $0.clamped(to: window) } }
            isActive.append(days != nil)
            var provided: [Ref<Service>] = []
            if days != nil {
                var seen = SmallSet<Ref<Service>>()
                for provision in agreement.provisions {
                    for service in provision.services where seen.insert(service.value) { provided.append(service.value) }
                }
                baseActive.agreements.append(Ref(a))
                for party in distinct {
                    partnerAgreements.append((Int32(party.index), a))
                    if partnerUse[party.index] == 0 { baseActive.partners.append(party) }
                    partnerUse[party.index] += 1
                }
                for service in provided {
                    if serviceUse[service.index] == 0 { baseActive.services.append(service) }
                    serviceUse[service.index] += 1
                }
            }
            for service in provided { agreementServices.append((Int32(a), service)) }
            var seenServices = SmallSet<Int>()
            for provision in agreement.provisions where distinct.contains(provision.party) {
                for service in provision.services {
                    guard model.services[service.value.index].provider == provision.party else { continue }
                    isProvidedAnywhere[service.value.index] = true
                    guard let days, seenServices.insert(service.value.index) else { continue }
                    let supply = supplies.count
                    supplies.append(Supply(service: service.value, agreement: Ref(a), provider: provision.party, days: days))
                    for p in pairsOfService[service.value.index] {
                        pairs[p].supplies.append(supply)
                        for party in distinct { partnerPairs.append((Int32(party.index), p)) }
                    }
                }
            }
        }
        for p in pairs.indices where pairs[p].supplies.count > 1 {
            pairs[p].supplies.sort { supplies[$0].days.first < supplies[$1].days.first }
        }
        agreementsOfPartner = FlatLists(count: model.partners.count, entries: partnerAgreements)
        servicesOfAgreement = FlatLists(count: model.agreements.count, entries: agreementServices)
        // Sorted and deduplicated in place: a `Set` per partner was a sixth of building the index.
        pairsOfPartner = FlatLists(count: model.partners.count, entries: partnerPairs).sortedUnique()
    }

    /// The pairs that removing any of `partners` can change.
    func pairsAffected(by partners: Set<Ref<Partner>>) -> [Int] {
        var result = Set<Int>()
        for partner in partners where partner.index < pairsOfPartner.count {
            result.formUnion(pairsOfPartner[partner.index])
        }
        return result.sorted()
    }
}

/// A (group, need) pair as a dictionary key.
