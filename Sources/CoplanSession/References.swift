import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
import CoplanFormat
import CoplanEmit
/// Who refers to a name: what `:show` lists as "used by" and what `:drop` warns about.
/// Computed from the resolved model on demand (a linear walk), never from text.
struct References {
    let model: PlanModel

    struct User: Sendable, Equatable {
        var kind: Keyword
        var name: String
    }

    func users(of name: String) -> [User] {
        guard let symbol = model.symbol(name) else { return [] }
        var users: [User] = []
        func add(_ kind: Keyword, _ header: EntityHeader) {
            let user = User(kind: kind, name: header.name)
            if !users.contains(user) { users.append(user) }
        }
        let i = symbol.index
        switch symbol.kind {
        case .partner:
            if let plan = model.plan, plan.leads.contains(where: { $0.value.index == i }) { add(.plan, plan.header) }
            for person in model.people where person.of?.index == i { add(.person, person.header) }
            for service in model.services where service.provider?.index == i { add(.service, service.header) }
            for agreement in model.agreements where agreement.parties.contains(where: { $0.value.index == i }) {
                add(.agreement, agreement.header)
            }
            for team in model.teams where team.members.contains(where: { $0.index == i }) { add(.team, team.header) }
        case .person:
            for agreement in model.agreements where agreement.signatories.contains(where: { $0.value.index == i }) {
                add(.agreement, agreement.header)
            }
            for team in model.teams where team.coordinator?.index == i { add(.team, team.header) }
        case .need:
            for group in model.groups where group.needs.contains(where: { $0.value.index == i }) { add(.group, group.header) }
            for service in model.services where service.needs.contains(where: { $0.index == i }) { add(.service, service.header) }
        case .group:
            for service in model.services where service.groups.contains(where: { $0.index == i }) { add(.service, service.header) }
        case .service:
            for agreement in model.agreements
            where agreement.provisions.contains(where: { $0.services.contains { $0.value.index == i } }) {
                add(.agreement, agreement.header)
            }
        case .sector:
            if let plan = model.plan, plan.requiredSectors.contains(where: { $0.value.index == i }) { add(.plan, plan.header) }
            for partner in model.partners where partner.sector?.index == i { add(.partner, partner.header) }
            for need in model.needs where need.sectors.contains(where: { $0.index == i }) { add(.need, need.header) }
        case .role:
            if let plan = model.plan, plan.requiredRoles.contains(where: { $0.role.index == i }) { add(.plan, plan.header) }
            for partner in model.partners where partner.roles.contains(where: { $0.index == i }) { add(.partner, partner.header) }
        default:
            break
        }
        return users
    }
}

extension PlanModel {
    /// Headers of every entity of a declaration kind, in declaration order (standard sectors
    /// and roles first).
    func headers(of kind: Keyword) -> [EntityHeader] {
        switch kind {
        case .plan: return plan.map { [$0.header] } ?? []
        case .sector: return sectors.map(\.header)
        case .role: return roles.map(\.header)
        case .partner: return partners.map(\.header)
        case .person: return people.map(\.header)
        case .need: return needs.map(\.header)
        case .group: return groups.map(\.header)
        case .service: return services.map(\.header)
        case .agreement: return agreements.map(\.header)
        case .team: return teams.map(\.header)
        case .goal: return goals.map(\.header)
        default: return []
        }
    }
}
