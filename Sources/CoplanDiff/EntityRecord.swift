import CoplanKit

/// One declaration as the diff compares it: kind, id, and every attribute as language-free
/// text (names instead of indices, keywords in English, lists sorted), so that keyword
/// language, layout, comments and order in the file never read as changes.
package struct EntityRecord: Sendable {
    package var kind: EntityKind
    package var id: String
    /// Display path of the declaring file.
    package var file: String
    package var span: SourceSpan
    /// In schema order; absent attributes are left out.
    package var attributes: [(name: String, value: String)]

    package func value(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
}

/// Builds the records of a model (attribute comparison reads only these).
enum EntityRecords {
    static func of(_ model: PlanModel) -> [EntityRecord] {
        var records: [EntityRecord] = []
        func add(_ kind: EntityKind, _ header: EntityHeader, _ fields: [(String, String?)]) {
            guard !header.isPredeclared else { return }
            var attributes: [(name: String, value: String)] = []
            if let title = header.displayName { attributes.append(("name", title)) }
            for (name, value) in fields {
                if let value, !value.isEmpty { attributes.append((name, value)) }
            }
            records.append(EntityRecord(kind: kind, id: header.name, file: header.span.file.path, span: header.span, attributes: attributes))
        }
        func list(_ names: [String]) -> String { names.sorted().joined(separator: ", ") }
        let partner = { (ref: Ref<Partner>) in model[ref].name }
        if let plan = model.plan {
            // `language` only when written: the resolver defaults it, and a default is no setting.
            let language = plan.header.attributeSpans[.language] != nil ? plan.language.rawValue : nil
            add(.plan, plan.header, [
                ("period", plan.period?.description),
                ("territory", plan.territory.map { [$0.kind, $0.name, $0.teryt?.value].compactMap { $0 }.joined(separator: " ") }),
                ("language", language), ("program", plan.program),
                ("budget", plan.budget.map { "\($0.text) \($0.currency)" }),
                ("require sectors", list(plan.requiredSectors.map { model[$0.value].name })),
                ("require roles", list(plan.requiredRoles.map { "\(model[$0.role].name) \($0.comparison.rawValue) \($0.count)" })),
                ("require coverage", plan.requiredCoverage.map { NumberText.plain($0.value) + "%" }),
                ("lead", list(plan.leads.map { partner($0.value) })),
            ])
        }
        for sector in model.sectors { add(.sector, sector.header, []) }
        for role in model.roles { add(.role, role.header, []) }
        for p in model.partners {
            add(.partner, p.header, [
                ("sector", p.sector.map { model[$0].name }), ("level", p.level?.rawValue), ("kind", p.kind?.rawValue),
                ("regon", p.regon?.value), ("nip", p.nip?.value), ("krs", p.krs?.value), ("address", p.address),
                ("roles", list(p.roles.map { model[$0].name })),
            ])
        }
        for p in model.people {
            add(.person, p.header, [("of", p.of.map(partner)), ("title", p.title), ("signs", p.signs ? "yes" : nil),
                                    ("email", p.email), ("phone", p.phone)])
        }
        for n in model.needs { add(.need, n.header, [("sectors", list(n.sectors.map { model[$0].name }))]) }
        for g in model.groups {
            add(.group, g.header, [("size", g.size.map(String.init)), ("needs", list(g.needs.map { model[$0.value].name }))])
        }
        for s in model.services {
            add(.service, s.header, [
                ("by", s.provider.map(partner)), ("for", list(s.groups.map { model[$0].name })),
                ("meets", list(s.needs.map { model[$0].name })),
                ("capacity", s.capacity.map { "\($0.amount) per \($0.unit.rawValue)" }),
            ])
        }
        for a in model.agreements {
            var fields: [(String, String?)] = [
                ("parties", list(a.parties.map { partner($0.value) })), ("period", a.period?.description),
                ("signed", a.signed?.description), ("signed at", a.signedAt),
            ]
            // What each party provides and commits, one attribute per party, parties by name.
            var provides: [String: [String]] = [:], commits: [String: [String]] = [:]
            for provision in a.provisions { provides[partner(provision.party), default: []] += provision.services.map { model[$0.value].name } }
            for commitment in a.commitments { commits[partner(commitment.party), default: []].append(commitment.text) }
            for party in provides.keys.sorted() { fields.append(("\(party) provides", list(provides[party]!))) }
            for party in commits.keys.sorted() { fields.append(("\(party) commits", commits[party]!.sorted().joined(separator: " | "))) }
            fields += [
                ("signatories", list(a.signatories.map { model[$0.value].name })), ("data_sharing", a.dataSharing),
                ("meetings", a.meetings.map(describe)), ("notice", a.notice.map(describe)), ("template", a.template?.value),
            ]
            add(.agreement, a.header, fields)
        }
        for t in model.teams {
            add(.team, t.header, [("coordinator", t.coordinator.map { model[$0].name }), ("members", list(t.members.map(partner))),
                                  ("meets", t.meets.map(describe))])
        }
        for g in model.goals {
            let indicators = g.indicators.map { "\($0.metric.rawValue) \($0.comparison.rawValue) \(target($0))" }
            add(.goal, g.header, [("indicators", list(indicators))])
        }
        return records
    }

    static func target(_ indicator: Indicator) -> String {
        NumberText.plain(indicator.target) + (indicator.metric == .coverage ? "%" : "")
    }

    static func describe(_ span: TimeSpan) -> String {
        "\(span.amount) \(span.unit.rawValue)\(span.amount == 1 ? "" : "s")"
    }

    static func describe(_ frequency: Frequency) -> String {
        switch frequency {
        case .weekly: return "weekly"
        case .monthly: return "monthly"
        case .quarterly: return "quarterly"
        case .yearly: return "yearly"
        case .every(let span): return "every \(describe(span))"
        }
    }
}
