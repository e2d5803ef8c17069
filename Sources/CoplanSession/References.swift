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
        var kind: DeclarationKind
        var name: String
    }

    /// Every declaration that names `name` through one of its attributes (read from the
    /// attribute specification) or, in an agreement, its party lines.
    func users(of name: String) -> [User] {
        guard let target = model.symbol(name) else { return [] }
        var users: [User] = []
        for kind in DeclarationKind.allCases {
            let schema = AttributeSchema.for(kind)
            for (index, header) in model.headers(of: kind).enumerated() {
                var named = schema.rules.flatMap { $0.references(in: model, index: index) }
                if schema.takesPartyClauses { named += AttributeSchema.partyClauseReferences(in: model, agreement: index) }
                let user = User(kind: kind, name: header.name)
                if named.contains(target), !users.contains(user) { users.append(user) }
            }
        }
        return users
    }
}

extension PlanModel {
    /// Headers of every entity of a declaration kind, in declaration order (standard sectors
    /// and roles first).
    func headers(of kind: DeclarationKind) -> [EntityHeader] {
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
        }
    }
}
