import CoplanKit

/// The coverage effects of a change in one plan: both versions analysed with `Analyzer`, then
/// pairs, critical partners and indicators compared by name. Also keeps, per side, which pairs
/// each declaration takes part in, so impact classification can attribute an effect to the
/// declarations that could have caused it.
struct PlanEffects: Sendable {
    var pairs: [PairDelta] = []
    var gained: [CriticalDelta] = []
    var lost: [CriticalDelta] = []
    var indicators: [IndicatorDelta] = []
    /// Declarations (kind, id) → pairs they take part in, on either side.
    var touches: [ModelMatching.Key: Set<PairName>] = [:]
    /// New side: where each pair's findings point (file path, byte start) → the pair.
    var pairAt: [SpanKey: PairName] = [:]
    /// New critical (partner, pair) combinations.
    var newCritical: [(partner: String, pair: PairName)] = []

    struct SpanKey: Hashable {
        var file: String
        var start: Int
        var end: Int

        init(_ span: SourceSpan) {
            file = span.file.path
            start = span.range.start
            end = span.range.end
        }
    }

    init(plan: String, old: PlanModel?, new: PlanModel?) {
        let before = old.map { Analyzer.analyse($0) }, after = new.map { Analyzer.analyse($0) }
        let oldPairs = before.map(Self.pairsByName) ?? [:], newPairs = after.map(Self.pairsByName) ?? [:]
        for name in Set(oldPairs.keys).union(newPairs.keys).sorted() {
            let o = oldPairs[name], n = newPairs[name]
            var lost = 0
            if let o, let n {
                // Days covered before that are uncovered now; days outside the new window are not coverage lost.
                lost = DayRange.dayCount(DayRange.subtracting(o.covered, DayRange.subtracting(o.covered, n.uncovered)))
            }
            guard o?.coveredDays != n?.coveredDays || lost > 0 || o?.capacity != n?.capacity else { continue }
            pairs.append(PairDelta(plan: plan, group: name.group, need: name.need, before: o?.coveredDays, after: n?.coveredDays,
                                   lost: lost, capacityBefore: o?.capacity, capacityAfter: n?.capacity))
        }
        let oldSets = before.map(Self.critical) ?? [:], newSets = after.map(Self.critical) ?? [:]
        for partner in Set(oldSets.keys).union(newSets.keys).sorted() {
            let o = oldSets[partner] ?? [], n = newSets[partner] ?? []
            let gainedPairs = n.subtracting(o).sorted(), lostPairs = o.subtracting(n).sorted()
            if !gainedPairs.isEmpty { gained.append(CriticalDelta(plan: plan, partner: partner, pairs: gainedPairs)) }
            if !lostPairs.isEmpty { lost.append(CriticalDelta(plan: plan, partner: partner, pairs: lostPairs)) }
            newCritical += gainedPairs.map { (partner: partner, pair: $0) }
        }
        if let before, let after {
            for metric in Metric.allCases {
                let o = before.indicators.value(metric), n = after.indicators.value(metric)
                if o != n { indicators.append(IndicatorDelta(plan: plan, metric: metric, before: o, after: n)) }
            }
        }
        for result in [before, after].compactMap({ $0 }) { addTouches(result) }
        if let after, let model = new {
            for pair in after.pairs { pairAt[SpanKey(pair.span)] = PairName(group: model[pair.group].name, need: model[pair.need].name) }
        }
    }

    static func pairsByName(_ result: Analyzer.Result) -> [PairName: PairCoverage] {
        let model = result.index.model
        var out: [PairName: PairCoverage] = [:]
        for pair in result.pairs { out[PairName(group: model[pair.group].name, need: model[pair.need].name)] = pair }
        return out
    }

    static func critical(_ result: Analyzer.Result) -> [String: Set<PairName>] {
        let model = result.index.model
        var out: [String: Set<PairName>] = [:]
        for pair in result.pairs {
            for critical in pair.critical {
                out[model[critical.partner].name, default: []].insert(PairName(group: model[pair.group].name, need: model[pair.need].name))
            }
        }
        return out
    }

    /// Which declarations take part in which pairs: the group and need, every service meeting
    /// it, and for every possible supply its agreement, provider and the agreement's parties.
    mutating func addTouches(_ result: Analyzer.Result) {
        let index = result.index, model = index.model
        func touch(_ kind: EntityKind, _ id: String, _ pair: PairName) {
            touches[ModelMatching.Key(kind: kind, id: id), default: []].insert(pair)
        }
        for entry in index.pairs {
            let pair = PairName(group: model[entry.group].name, need: model[entry.need].name)
            touch(.group, pair.group, pair)
            touch(.need, pair.need, pair)
            if let plan = model.plan { touch(.plan, plan.header.name, pair) }
            for service in entry.services { touch(.service, model[service].name, pair) }
            for s in entry.supplies {
                let supply = index.supplies[s]
                touch(.agreement, model[supply.agreement].name, pair)
                touch(.partner, model[supply.provider].name, pair)
                for party in index.parties[supply.agreement.index] { touch(.partner, model[party].name, pair) }
            }
        }
    }
}
