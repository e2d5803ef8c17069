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
            // Read in place: copying every header first was most of a `:drop` on a large plan.
            for index in 0..<model.count(of: kind) {
                let names = schema.rules.contains { $0.references(in: model, index: index).contains(target) }
                    || (schema.takesPartyClauses && AttributeSchema.partyClauseReferences(in: model, agreement: index).contains(target))
                guard names else { continue }
                let user = User(kind: kind, name: model.header(of: Symbol(kind: kind, index: index)).name)
                if !users.contains(user) { users.append(user) }
            }
        }
        return users
    }
}

extension PlanModel {
    /// How many entities of a declaration kind the model holds.
    func count(of kind: DeclarationKind) -> Int {
        switch kind {
        case .plan: return plan == nil ? 0 : 1
        case .sector: return sectors.count
        case .role: return roles.count
        case .partner: return partners.count
        case .person: return people.count
        case .need: return needs.count
        case .group: return groups.count
        case .service: return services.count
        case .agreement: return agreements.count
        case .team: return teams.count
        case .goal: return goals.count
        }
    }

    /// Headers of every entity of a declaration kind, in declaration order (standard sectors
    /// and roles first).
    func headers(of kind: DeclarationKind) -> [EntityHeader] {
        (0..<count(of: kind)).map { header(of: Symbol(kind: kind, index: $0)) }
    }
}
