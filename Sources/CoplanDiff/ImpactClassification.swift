import CoplanKit

/// Decides each change's impact: first what the change is by itself (an agreement removed or
/// shortened, a partner running services removed, a capacity cut), then the effects it could
/// have caused — coverage lost, capacity reduced, a new single point of failure, a new finding —
/// attributed to every change that takes part in the affected pair or declaration. Effects no
/// change explains go to one `effectsOnly` change per plan, so nothing breaking goes uncounted.
struct ImpactClassification {
    var changes: [Change]
    let plan: String
    let planName: String
    let old: PlanModel?
    let new: PlanModel?
    let effects: PlanEffects?
    /// The changes that take part in each pair, built once: every effect asks for them, and a
    /// scan of all changes per pair was quadratic on large plans.
    let changesByPair: [PairName: [Int]]

    init(changes: [Change], plan: String, planName: String, old: PlanModel?, new: PlanModel?, effects: PlanEffects?) {
        self.changes = changes
        self.plan = plan
        self.planName = planName
        self.old = old
        self.new = new
        self.effects = effects
        var index: [PairName: [Int]] = [:]
        if let effects {
            for i in changes.indices where !changes[i].effectsOnly {
                for pair in effects.touches[ModelMatching.Key(kind: changes[i].entity, id: changes[i].id)] ?? [] {
                    index[pair, default: []].append(i)
                }
            }
        }
        changesByPair = index
    }

    // MARK: What a change is by itself

    mutating func classifyIntrinsic() {
        let oldAgreements = Self.byName(old?.agreements), newAgreements = Self.byName(new?.agreements)
        let oldServices = Self.byName(old?.services), newServices = Self.byName(new?.services)
        var servicesRun: [String: Int] = [:]
        if let old { for service in old.services { if let p = service.provider { servicesRun[old[p].name, default: 0] += 1 } } }
        for i in changes.indices {
            let change = changes[i]
            switch (change.entity, change.change) {
            case (.agreement, .removed):
                changes[i].reasons.append(.agreementRemoved)
            case (.agreement, .changed):
                if let before = oldAgreements[change.id]?.period, !before.isEmpty {
                    let after = newAgreements[change.id]?.period
                    if DayRange.dayCount(DayRange.subtracting([before], after.map { [$0] } ?? [])) > 0 {
                        changes[i].reasons.append(.agreementShortened(before: before, after: after))
                    }
                }
            case (.partner, .removed):
                if let n = servicesRun[change.id], n > 0 { changes[i].reasons.append(.partnerWithServicesRemoved(services: n)) }
            case (.service, .changed):
                if let before = oldServices[change.id]?.capacity?.yearly, let after = newServices[change.id]?.capacity?.yearly, after < before {
                    changes[i].reasons.append(.capacityReduced(service: change.id, before: before, after: after))
                }
            default:
                break
            }
        }
    }

    static func byName<T: Entity>(_ entities: [T]?) -> [String: T] {
        var out: [String: T] = [:]
        for entity in entities ?? [] where out[entity.name] == nil { out[entity.name] = entity }
        return out
    }

    // MARK: Effects attributed to changes

    /// Whether a change can alter which days and with what capacity pairs are covered: added
    /// and removed declarations can; a changed one only through its coverage attributes.
    static func affectsCoverage(_ change: Change) -> Bool {
        guard change.change == .changed else { return true }
        let names = Set(change.attributes.map(\.name))
        switch change.entity {
        case .plan: return names.contains("period")
        case .group: return !names.isDisjoint(with: ["needs", "size"])
        case .service: return !names.isDisjoint(with: ["by", "for", "meets", "capacity"])
        case .agreement: return names.contains { $0 == "parties" || $0 == "period" || $0.hasSuffix(" provides") }
        case .sector, .role, .partner, .person, .need, .team, .goal: return false
        }
    }

    /// Whether a change can alter on which days pairs are covered (a capacity or a size
    /// cannot).
    static func affectsDays(_ change: Change) -> Bool {
        guard affectsCoverage(change) else { return false }
        guard change.change == .changed else { return true }
        return change.attributes.contains { !["capacity", "size"].contains($0.name) }
    }

    /// Changes that take part in a pair on either side; `days`: only those that can move
    /// covered days.
    func candidates(for pair: PairName, days: Bool = false) -> [Int] {
        (changesByPair[pair] ?? []).filter { i in days ? Self.affectsDays(changes[i]) : Self.affectsCoverage(changes[i]) }
    }

    /// For a partner newly critical for a pair: the changes of that partner, its agreements
    /// and services; else whatever moved the pair's days (an alternative removed).
    func candidates(critical partner: String, pair: PairName) -> [Int] {
        let all = candidates(for: pair, days: true)
        let involving = all.filter { i in
            let change = changes[i]
            switch change.entity {
            case .partner: return change.id == partner
            case .agreement:
                return [old, new].contains { model in
                    guard let model, let a = model.agreement(named: change.id) else { return false }
                    return a.parties.contains { model[$0.value].name == partner }
                }
            case .service:
                return [old, new].contains { model in
                    guard let model, let s = model.service(named: change.id), let p = s.provider else { return false }
                    return model[p].name == partner
                }
            default: return false
            }
        }
        return involving.isEmpty ? all : involving
    }

    /// Adds `reason` to `targets`, or to the plan's effects-only change when there are none
    /// (unless it is only info: a new warning is listed among the findings and counts nowhere).
    mutating func attribute(_ reason: ImpactReason, to targets: [Int]) {
        var targets = targets
        if targets.isEmpty {
            guard reason.impact > .info else { return }
            if let existing = changes.firstIndex(where: \.effectsOnly) {
                targets = [existing]
            } else {
                changes.append(Change(plan: plan, entity: .plan, id: planName, file: plan, change: .changed,
                                      attributes: [], reasons: [], span: nil, effectsOnly: true))
                targets = [changes.count - 1]
            }
        }
        for i in targets where !changes[i].reasons.contains(reason) { changes[i].reasons.append(reason) }
    }

    mutating func classifyEffects() {
        guard let effects else { return }
        for pair in effects.pairs {
            let name = PairName(group: pair.group, need: pair.need)
            if pair.lost > 0 {
                attribute(.coverageLost(group: pair.group, need: pair.need, days: pair.lost), to: candidates(for: name, days: true))
            } else if let before = pair.capacityBefore, let after = pair.capacityAfter, after < before, (pair.after ?? 0) > 0 {
                attribute(.pairCapacityReduced(group: pair.group, need: pair.need, before: before, after: after), to: candidates(for: name))
            }
        }
        for (partner, pair) in effects.newCritical {
            attribute(.newCriticalPartner(partner: partner, group: pair.group, need: pair.need), to: candidates(critical: partner, pair: pair))
        }
    }

    /// A finding of the new version: attributed through its pair, its sector, the coverage
    /// lost in the plan, or the declaration it lies in.
    mutating func classify(newFinding diagnostic: Diagnostic, declaration: String) {
        let reason = ImpactReason.newFinding(code: diagnostic.code, message: diagnostic.message)
        if diagnostic.code.severity == .gap {
            guard let effects else { return }   // not evaluated: gaps are not judged
            if let span = diagnostic.span, let pair = effects.pairAt[PlanEffects.SpanKey(span)] {
                // Already said as coverage lost or a new critical partner.
                if diagnostic.code == .G504, effects.newCritical.contains(where: { $0.pair == pair }) { return }
                if [.G500, .G502].contains(diagnostic.code), effects.pairs.contains(where: { $0.group == pair.group && $0.need == pair.need && $0.lost > 0 }) { return }
                attribute(reason, to: candidates(for: pair))
                return
            }
            if diagnostic.code == .G501, let sector = Self.firstName(in: diagnostic.message.en) {
                attribute(reason, to: changes(touchingSector: sector))
                return
            }
            if diagnostic.code == .G505, declaration.hasPrefix("goal:") {
                // A goal indicator: the goal itself, or whatever cut coverage or capacity.
                let targets = changes.indices.filter { i in
                    "\(changes[i].entity.rawValue):\(changes[i].id)" == declaration || changes[i].reasons.contains { reason in
                        switch reason {
                        case .coverageLost, .capacityReduced, .pairCapacityReduced, .agreementRemoved, .agreementShortened, .partnerWithServicesRemoved: return true
                        default: return false
                        }
                    }
                }
                attribute(reason, to: targets)
                return
            }
            if diagnostic.code == .G505, declaration.hasPrefix("plan:") {
                // `require coverage`: whatever lost coverage, or the requirement itself.
                let targets = changes.indices.filter { i in
                    changes[i].reasons.contains { if case .coverageLost = $0 { return true } else { return false } }
                        || (changes[i].entity == .plan && changes[i].attributes.contains { $0.name == "require coverage" })
                }
                attribute(reason, to: targets)
                return
            }
        }
        attribute(reason, to: changes.indices.filter { !changes[$0].effectsOnly && "\(changes[$0].entity.rawValue):\(changes[$0].id)" == declaration })
    }

    /// Partners of the sector added, removed or moved between sectors, and agreements whose
    /// parties include such a partner, on either side.
    func changes(touchingSector sector: String) -> [Int] {
        func sectorOf(_ partner: String, in model: PlanModel?) -> String? {
            guard let model, let p = model.partner(named: partner).map({ model[$0] }), let s = p.sector else { return nil }
            return model[s].name
        }
        return changes.indices.filter { i in
            let change = changes[i]
            switch change.entity {
            case .partner:
                let touched = sectorOf(change.id, in: old) == sector || sectorOf(change.id, in: new) == sector
                return touched && (change.change != .changed || change.attributes.contains { $0.name == "sector" })
            case .agreement:
                guard Self.affectsCoverage(change) else { return false }
                let parties = [old, new].flatMap { model -> [String] in
                    guard let model, let a = model.agreement(named: change.id) else { return [] }
                    return a.parties.map { model[$0.value].name }
                }
                return parties.contains { sectorOf($0, in: old) == sector || sectorOf($0, in: new) == sector }
            default:
                return false
            }
        }
    }

    /// The first name in backticks of a message (`required sector `health` …`).
    static func firstName(in message: String) -> String? {
        let parts = message.split(separator: "`", omittingEmptySubsequences: false)
        return parts.count >= 3 ? String(parts[1]) : nil
    }
}

extension PlanModel {
    /// Entities by name through the namespace (constant time, unlike a scan of the array).
    func agreement(named name: String) -> Agreement? {
        guard let symbol = symbol(name), symbol.kind == .agreement else { return nil }
        return agreements[symbol.index]
    }

    func service(named name: String) -> Service? {
        guard let symbol = symbol(name), symbol.kind == .service else { return nil }
        return services[symbol.index]
    }
}
