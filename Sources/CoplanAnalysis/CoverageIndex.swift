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
    /// Per partner: the pairs it can affect (it is a party of one of their supplies).
    var pairsOfPartner: [[Int]] = []
    /// Per service: whether any agreement provides it at all (to explain G500).
    var isProvidedAnywhere: [Bool] = []
    /// Per service: the pairs it meets.
    var pairsOfService: [[Int]] = []
    /// Per partner: the services it runs (`by`).
    var servicesOfPartner: [[Ref<Service>]] = []
    /// Per partner: its sector's index, or -1.
    var sectorOfPartner: [Int] = []
    /// Per partner: the active agreements it is a party to (what its withdrawal voids).
    var agreementsOfPartner: [[Int]] = []
    /// Per agreement: the distinct services provided under it.
    var servicesOfAgreement: [[Ref<Service>]] = []
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
        // Pairs in declaration order; a need listed twice by a group is one pair.
        var pairIndex: [PairKey: Int] = [:]
        for (g, group) in model.groups.enumerated() {
            for entry in group.needs {
                let key = PairKey(group: Ref(g), need: entry.value)
                guard pairIndex[key] == nil else { continue }
                pairIndex[key] = pairs.count
                pairs.append(Entry(group: key.group, need: key.need, span: entry.span, services: [], supplies: []))
            }
        }
        // Services indexed by the pairs they meet.
        pairsOfService = [[Int]](repeating: [], count: model.services.count)
        servicesOfPartner = [[Ref<Service>]](repeating: [], count: model.partners.count)
        sectorOfPartner = model.partners.map { $0.sector?.index ?? -1 }
        for (s, service) in model.services.enumerated() {
            if let provider = service.provider { servicesOfPartner[provider.index].append(Ref(s)) }
            // At most one pair per (group, need): one allocation instead of growing.
            pairsOfService[s].reserveCapacity(service.groups.count * service.needs.count)
            var seen = SmallSet<Int>()
            for group in service.groups {
                for need in service.needs {
                    guard let p = pairIndex[PairKey(group: group, need: need)], seen.insert(p) else { continue }
                    pairs[p].services.append(Ref(s))
                    pairsOfService[s].append(p)
                }
            }
        }
        // Supplies: one per (service, agreement) where the service's provider is a party and provides it.
        parties.reserveCapacity(model.agreements.count)
        isActive.reserveCapacity(model.agreements.count)
        isProvidedAnywhere = [Bool](repeating: false, count: model.services.count)
        pairsOfPartner = [[Int]](repeating: [], count: model.partners.count)
        agreementsOfPartner = [[Int]](repeating: [], count: model.partners.count)
        partnerUse = [Int32](repeating: 0, count: model.partners.count)
        serviceUse = [Int32](repeating: 0, count: model.services.count)
        servicesOfAgreement.reserveCapacity(model.agreements.count)
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
                    agreementsOfPartner[party.index].append(a)
                    if partnerUse[party.index] == 0 { baseActive.partners.append(party) }
                    partnerUse[party.index] += 1
                }
                for service in provided {
                    if serviceUse[service.index] == 0 { baseActive.services.append(service) }
                    serviceUse[service.index] += 1
                }
            }
            servicesOfAgreement.append(provided)
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
                        for party in distinct { pairsOfPartner[party.index].append(p) }
                    }
                }
            }
        }
        for p in pairs.indices where pairs[p].supplies.count > 1 {
            pairs[p].supplies.sort { supplies[$0].days.first < supplies[$1].days.first }
        }
        // Sorted and deduplicated in place: a `Set` per partner was a sixth of building the index.
        for partner in pairsOfPartner.indices where pairsOfPartner[partner].count > 1 {
            pairsOfPartner[partner].sort()
            pairsOfPartner[partner].removeAdjacentDuplicates()
        }
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
struct PairKey: Hashable {
    var group: Ref<Group>
    var need: Ref<Need>
}

private extension Array where Element: Equatable {
    /// Keeps the first of each run of equal elements: on a sorted array, every value once.
    mutating func removeAdjacentDuplicates() {
        guard count > 1 else { return }
        var kept = 1
        for index in 1..<count where self[index] != self[kept - 1] {
            self[kept] = self[index]
            kept += 1
        }
        removeLast(count - kept)
    }
}
