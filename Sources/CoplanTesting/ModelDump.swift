import CoplanKit

/// A canonical text dump of what a plan means: every entity with its resolved values (names
/// instead of indices) and every finding as code and message (no positions, which formatting
/// moves). Two sources mean the same when their dumps are equal. Used by the formatter tests
/// and by the `FuzzFormat` target, hence in the library.
package enum ModelDump {
    package static func of(_ text: String, path: String = "/repo/plan.plan") -> String {
        let tree = Parser.parse(SourceFile(path: path, text: text))
        let (model, resolveDiagnostics) = Resolver.resolve([tree])
        let diagnostics = tree.diagnostics + resolveDiagnostics + Validator.validate(model) + Analyzer.analyse(model).diagnostics
        return dump(model) + "\n--\n" + diagnostics.map { "\($0.code) \($0.message)" }.sorted().joined(separator: "\n")
    }

    static func dump(_ model: PlanModel) -> String {
        var lines: [String] = []
        func add(_ kind: String, _ header: EntityHeader, _ fields: [(String, Any?)]) {
            var line = "\(kind) \(header.name) \(header.displayName.map { "\"\($0)\"" } ?? "-")"
            for (key, value) in fields { line += " \(key)=\(describe(value))" }
            lines.append(line)
        }
        func names<T>(_ refs: [Ref<T>], _ lookup: (Ref<T>) -> String) -> String { refs.map(lookup).joined(separator: ",") }
        let partner = { (ref: Ref<Partner>) in model[ref].name }
        if let plan = model.plan {
            add("plan", plan.header, [
                ("period", plan.period), ("territory", plan.territory.map { "\($0.kind) \($0.name) \($0.teryt?.value ?? "-")" }),
                ("language", plan.language), ("program", plan.program), ("budget", plan.budget.map { "\($0.text) \($0.currency)" }),
                ("sectors", names(plan.requiredSectors.map(\.value)) { model[$0].name }),
                ("roles", plan.requiredRoles.map { "\(model[$0.role].name)\($0.comparison.rawValue)\($0.count)" }.joined(separator: ",")),
                ("coverage", plan.requiredCoverage?.value), ("leads", names(plan.leads.map(\.value), partner)),
            ])
        }
        for sector in model.sectors where !sector.header.isPredeclared { add("sector", sector.header, []) }
        for role in model.roles where !role.header.isPredeclared { add("role", role.header, []) }
        for p in model.partners {
            add("partner", p.header, [("sector", p.sector.map { model[$0].name }), ("level", p.level), ("kind", p.kind),
                                      ("regon", p.regon?.value), ("nip", p.nip?.value), ("krs", p.krs?.value),
                                      ("address", p.address), ("roles", names(p.roles) { model[$0].name })])
        }
        for p in model.people {
            add("person", p.header, [("of", p.of.map(partner)), ("title", p.title), ("signs", p.signs), ("email", p.email), ("phone", p.phone)])
        }
        for n in model.needs { add("need", n.header, [("sectors", names(n.sectors) { model[$0].name })]) }
        for g in model.groups { add("group", g.header, [("size", g.size), ("needs", names(g.needs.map(\.value)) { model[$0].name })]) }
        for s in model.services {
            add("service", s.header, [("by", s.provider.map(partner)), ("for", names(s.groups) { model[$0].name }),
                                      ("meets", names(s.needs) { model[$0].name }), ("capacity", s.capacity.map { "\($0.amount)/\($0.unit)" })])
        }
        for a in model.agreements {
            add("agreement", a.header, [
                ("parties", names(a.parties.map(\.value), partner)), ("written", a.writtenPartyCount), ("period", a.period),
                ("signed", a.signed), ("at", a.signedAt),
                ("provides", a.provisions.map { "\(partner($0.party)):\(names($0.services.map(\.value)) { model[$0].name })" }.joined(separator: ";")),
                ("commits", a.commitments.map { "\(partner($0.party)):\($0.text)" }.joined(separator: ";")),
                ("signatories", names(a.signatories.map(\.value)) { model[$0].name }), ("data", a.dataSharing),
                ("meetings", a.meetings), ("notice", a.notice), ("template", a.template?.value),
            ])
        }
        for t in model.teams {
            add("team", t.header, [("coordinator", t.coordinator.map { model[$0].name }), ("members", names(t.members, partner)), ("meets", t.meets)])
        }
        for g in model.goals {
            add("goal", g.header, [("indicators", g.indicators.map { "\($0.metric)\($0.comparison.rawValue)\($0.target)" }.joined(separator: ","))])
        }
        return lines.joined(separator: "\n")
    }

    static func describe(_ value: Any?) -> String {
        guard let value else { return "-" }
        if let optional = value as? OptionalProtocol { return optional.isNone ? "-" : "\(optional.unwrappedDescription)" }
        return "\(value)"
    }
}

private protocol OptionalProtocol {
    var isNone: Bool { get }
    var unwrappedDescription: String { get }
}

extension Optional: OptionalProtocol {
    var isNone: Bool { self == nil }
    var unwrappedDescription: String {
        switch self {
        case .some(let wrapped): return "\(wrapped)"
        case .none: return "-"
        }
    }
}
