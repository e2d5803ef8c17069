import CoplanKit
import CoplanTesting
import Foundation

/// A resolved plan as the YAML a planner might keep instead of a `.plan` file, in the shape
/// `bench/peer/plan.schema.json` describes: one list per kind, references as identifiers,
/// every field of the model that the plan text can set. Written from the `PlanModel` (not from
/// the generator) so that the peer reads exactly what coplan resolved.
enum YAMLExport {
    static func yaml(of model: PlanModel) -> String {
        var w = YAMLWriter()
        if let plan = model.plan {
            w.mapping("plan", 0) { w, l in planInfo(plan, model, &w, l) }
        }
        w.sequence("sectors", model.sectors.filter { !$0.header.isPredeclared }, 0) { w, sector, l in header(sector.header, &w, l) }
        w.sequence("roles", model.roles.filter { !$0.header.isPredeclared }, 0) { w, role, l in header(role.header, &w, l) }
        w.sequence("needs", model.needs, 0) { w, need, l in
            header(need.header, &w, l)
            w.strings("sectors", need.sectors.map { name(model[$0]) }, l)
        }
        w.sequence("groups", model.groups, 0) { w, group, l in
            header(group.header, &w, l)
            w.number("size", group.size, l)
            w.strings("needs", group.needs.map { model[$0.value].header.name }, l, always: true)
        }
        w.sequence("partners", model.partners, 0) { w, partner, l in
            header(partner.header, &w, l)
            w.string("short", partner.short, l)
            w.string("sector", partner.sector.map { name(model[$0]) }, l)
            w.string("level", partner.level?.rawValue, l)
            w.string("kind", partner.kind?.rawValue, l)
            w.string("regon", partner.regon?.value, l)
            w.string("nip", partner.nip?.value, l)
            w.string("krs", partner.krs?.value, l)
            w.string("address", partner.address, l)
            w.strings("roles", partner.roles.map { name(model[$0]) }, l)
        }
        w.sequence("persons", model.people, 0) { w, person, l in
            header(person.header, &w, l)
            w.string("of", person.of.map { model[$0].header.name }, l)
            w.string("title", person.title, l)
            w.bool("signs", person.signs, l)
            w.string("authorisation", person.authorisation, l)
            w.string("email", person.email, l)
            w.string("phone", person.phone, l)
        }
        w.sequence("services", model.services, 0) { w, service, l in
            header(service.header, &w, l)
            w.string("by", service.provider.map { model[$0].header.name }, l)
            w.strings("for", service.groups.map { model[$0].header.name }, l, always: true)
            w.strings("meets", service.needs.map { model[$0].header.name }, l, always: true)
            if let capacity = service.capacity {
                w.mapping("capacity", l) { w, l in
                    w.number("amount", capacity.amount, l)
                    w.string("per", capacity.unit.rawValue, l)
                }
            }
        }
        w.sequence("agreements", model.agreements, 0) { w, agreement, l in agreementFields(agreement, model, &w, l) }
        w.sequence("teams", model.teams, 0) { w, team, l in
            header(team.header, &w, l)
            w.string("coordinator", team.coordinator.map { model[$0].header.name }, l)
            w.strings("members", team.members.map { model[$0].header.name }, l, always: true)
            frequency("meets", team.meets, &w, l)
        }
        w.sequence("goals", model.goals, 0) { w, goal, l in
            header(goal.header, &w, l)
            w.sequence("indicators", goal.indicators, l) { w, indicator, l in
                w.string("metric", indicator.metric.rawValue, l)
                w.string("op", indicator.comparison.rawValue, l)
                w.number("target", indicator.target, l)
            }
        }
        return w.text
    }

    /// Resolves `text` as `coplan-bench measure` does and exports it; the count of errors the
    /// resolver reported comes along (a generated plan has none).
    static func yaml(ofPlanText text: String, path: String) -> (yaml: String, errors: Int) {
        let tree = Parser.parse(SourceFile(path: path, text: text))
        let resolved = Resolver.resolve([tree])
        let errors = (tree.diagnostics + resolved.diagnostics).filter { $0.severity == .error }.count
        return (yaml(of: resolved.model), errors)
    }

    /// A sector or role as plans write it: the standard identifier, else the declared name.
    private static func name(_ sector: Sector) -> String { sector.standard?.id ?? sector.header.name }
    private static func name(_ role: Role) -> String { role.standard?.id ?? role.header.name }

    private static func header(_ header: EntityHeader, _ w: inout YAMLWriter, _ level: Int) {
        w.string("id", header.name, level)
        w.string("name", header.displayName, level)
    }

    private static func period(_ key: String, _ range: DayRange?, _ w: inout YAMLWriter, _ level: Int) {
        guard let range else { return }
        w.mapping(key, level) { w, l in
            w.string("start", range.first.description, l)
            w.string("end", range.last.description, l)
        }
    }

    private static func frequency(_ key: String, _ frequency: Frequency?, _ w: inout YAMLWriter, _ level: Int) {
        switch frequency {
        case nil: return
        case .weekly?: w.string(key, "weekly", level)
        case .monthly?: w.string(key, "monthly", level)
        case .quarterly?: w.string(key, "quarterly", level)
        case .yearly?: w.string(key, "yearly", level)
        case .every(let span)?:
            w.mapping(key, level) { w, l in
                w.mapping("every", l) { w, l in timeSpan(span, &w, l) }
            }
        }
    }

    private static func timeSpan(_ span: TimeSpan, _ w: inout YAMLWriter, _ level: Int) {
        w.number("amount", span.amount, level)
        w.string("unit", span.unit.rawValue, level)
    }

    private static func planInfo(_ plan: PlanInfo, _ model: PlanModel, _ w: inout YAMLWriter, _ l: Int) {
        header(plan.header, &w, l)
        period("period", plan.period, &w, l)
        if let territory = plan.territory {
            w.mapping("territory", l) { w, l in
                w.string("kind", territory.kind, l)
                w.string("name", territory.name, l)
                w.string("teryt", territory.teryt?.value, l)
            }
        }
        w.string("language", plan.language.rawValue, l)
        w.string("program", plan.program, l)
        if let budget = plan.budget {
            w.mapping("budget", l) { w, l in
                w.number("amount", budget.amount, l)
                w.string("currency", budget.currency, l)
            }
        }
        w.strings("lead", plan.leads.map { model[$0.value].header.name }, l)
        if !plan.requiredSectors.isEmpty || !plan.requiredRoles.isEmpty || plan.requiredCoverage != nil {
            w.mapping("require", l) { w, l in
                w.strings("sectors", plan.requiredSectors.map { name(model[$0.value]) }, l)
                w.sequence("roles", plan.requiredRoles, l) { w, requirement, l in
                    w.string("role", name(model[requirement.role]), l)
                    w.string("op", requirement.comparison.rawValue, l)
                    w.number("count", requirement.count, l)
                }
                w.number("coverage", plan.requiredCoverage?.value, l)
            }
        }
    }

    private static func agreementFields(_ agreement: Agreement, _ model: PlanModel, _ w: inout YAMLWriter, _ l: Int) {
        header(agreement.header, &w, l)
        w.string("number", agreement.number, l)
        w.strings("parties", agreement.parties.map { model[$0.value].header.name }, l, always: true)
        period("period", agreement.period, &w, l)
        w.strings("basis", agreement.bases, l)
        if let signed = agreement.signed {
            w.mapping("signed", l) { w, l in
                w.string("date", signed.description, l)
                w.string("at", agreement.signedAt, l)
            }
        }
        w.sequence("provides", agreement.provisions, l) { w, provision, l in
            w.string("party", model[provision.party].header.name, l)
            w.strings("services", provision.services.map { model[$0.value].header.name }, l, always: true)
        }
        w.sequence("commits", agreement.commitments, l) { w, commitment, l in
            w.string("party", model[commitment.party].header.name, l)
            w.string("text", commitment.text, l)
        }
        w.strings("signatories", agreement.signatories.map { model[$0.value].header.name }, l)
        w.string("data_sharing", agreement.dataSharing, l)
        frequency("meetings", agreement.meetings, &w, l)
        if let notice = agreement.notice {
            w.mapping("notice", l) { w, l in timeSpan(notice, &w, l) }
        }
        w.string("template", agreement.template?.value, l)
    }
}

/// `coplan-bench peer-export N DIR`: the generated N-partner plan as `DIR/plan-N.yaml`.
@discardableResult
func exportPeerYAML(partners: Int, folder: String) -> String {
    let (yaml, errors) = YAMLExport.yaml(ofPlanText: PlanGenerator(partners: partners).text(), path: "synthetic-\(partners).plan")
    if errors > 0 { emit("warning: the generated \(partners)-partner plan resolved with \(errors) errors") }
    let path = URL(fileURLWithPath: folder).appendingPathComponent("plan-\(partners).yaml").path
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    guard FileManager.default.createFile(atPath: path, contents: Data(yaml.utf8)) else { fatalError("cannot write \(path)") }
    return path
}
