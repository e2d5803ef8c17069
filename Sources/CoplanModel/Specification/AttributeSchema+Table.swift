import CoplanCore
import CoplanSyntax

/// The language's attributes, kind by kind (docs/LANGUAGE.md §3 is generated from this).
/// Adding an attribute is one entry here plus the entity field it lowers into.
extension AttributeSchema {
    static func specification(of kind: DeclarationKind) -> [AttributeSpec] {
        switch kind {
        case .plan: return plan
        case .sector, .role: return []
        case .partner: return partner
        case .person: return person
        case .need: return need
        case .group: return group
        case .service: return service
        case .agreement: return agreement
        case .team: return team
        case .goal: return goal
        }
    }

    private static let periodHelp = MissingAttributeHelp.add(.period) { words in "\(words.datePlaceholder) .. \(words.datePlaceholder)" }

    private static let plan: [AttributeSpec] = [
        .init(.period, .required, .period, help: periodHelp) { r, a, _ in r.model.plan!.period = r.readPeriod(a) },
        .init(.territory, .territory) { r, a, _ in r.model.plan!.territory = r.readTerritory(a) },
        .init(.language, .choice(.language)) { r, a, _ in r.model.plan!.language = r.readChoice(a, .language) ?? .pl },
        .init(.program, .text) { r, a, _ in r.model.plan!.program = r.readString(a) },
        .init(.budget, .money) { r, a, _ in r.model.plan!.budget = r.readMoney(a) },
        .init(.lead, .repeatable, .names(.partner), referenced: { m, _ in Symbol.all(.partner, m.plan?.leads.map(\.value.index) ?? []) }) { r, a, _ in
            r.model.plan!.leads.adopt(r.readRefs(a, as: .partner))
        },
        .init(.require, .repeatable, .requirement, referenced: { m, _ in
            Symbol.all(.sector, m.plan?.requiredSectors.map(\.value.index) ?? [])
                + Symbol.all(.role, m.plan?.requiredRoles.map(\.role.index) ?? [])
        }) { r, a, _ in r.readRequirement(a) },
    ]

    private static let partner: [AttributeSpec] = [
        .init(.short, .text) { r, a, i in r.model.partners[i].short = r.readString(a) },
        .init(.sector, .required, .name(.sector), help: .add(.sector, .anotherSector) { $0.spell(StandardSector.socialAssistance) },
              referenced: { m, i in Symbol.all(.sector, m.partners[i].sector.map { [$0.index] } ?? []) }) { r, a, i in
            r.model.partners[i].sector = r.readRef(a, as: .sector)
        },
        .init(.level, .choice(.level)) { r, a, i in r.model.partners[i].level = r.readChoice(a, .level) },
        .init(.kind, .choice(.partnerKind)) { r, a, i in r.model.partners[i].kind = r.readChoice(a, .partnerKind) },
        .init(.regon, .code) { r, a, i in r.model.partners[i].regon = r.readCode(a) },
        .init(.nip, .code) { r, a, i in r.model.partners[i].nip = r.readCode(a) },
        .init(.krs, .code) { r, a, i in r.model.partners[i].krs = r.readCode(a) },
        .init(.address, .text) { r, a, i in r.model.partners[i].address = r.readString(a) },
        .init(.roles, .repeatable, .names(.role), referenced: { m, i in Symbol.all(.role, m.partners[i].roles.map(\.index)) }) { r, a, i in
            r.model.partners[i].roles.adopt(r.readRefValues(a, as: .role))
        },
    ]

    private static let person: [AttributeSpec] = [
        .init(.of, .required, .name(.partner), help: .add(.of, names: .partner, .employer),
              referenced: { m, i in Symbol.all(.partner, m.people[i].of.map { [$0.index] } ?? []) }) { r, a, i in
            r.model.people[i].of = r.readRef(a, as: .partner)
        },
        .init(.title, .text) { r, a, i in r.model.people[i].title = r.readString(a) },
        .init(.signs, .flag) { r, a, i in
            r.expectEnd(a.atoms[...], after: a.name)
            r.model.people[i].signs = true
        },
        .init(.authorisation, .text) { r, a, i in r.model.people[i].authorisation = r.readString(a) },
        .init(.email, .text) { r, a, i in r.model.people[i].email = r.readString(a) },
        .init(.phone, .text) { r, a, i in r.model.people[i].phone = r.readString(a) },
    ]

    private static let need: [AttributeSpec] = [
        .init(.sectors, .repeatable, .names(.sector), referenced: { m, i in Symbol.all(.sector, m.needs[i].sectors.map(\.index)) }) { r, a, i in
            r.model.needs[i].sectors.adopt(r.readRefValues(a, as: .sector))
        },
    ]

    private static let group: [AttributeSpec] = [
        .init(.size, .count) { r, a, i in
            r.model.groups[i].size = r.readCount(a.atoms.first, a).map { size in
                r.expectEnd(a.atoms.dropFirst(), after: a.name)
                return size
            }
        },
        .init(.needs, [.required, .repeatable], .names(.need), help: .add(.needs, names: .need, list: true),
              referenced: { m, i in Symbol.all(.need, m.groups[i].needs.map(\.value.index)) }) { r, a, i in
            r.model.groups[i].needs.adopt(r.readRefs(a, as: .need))
        },
    ]

    private static let service: [AttributeSpec] = [
        .init(.by, .required, .name(.partner), help: .add(.by, names: .partner, .runner),
              referenced: { m, i in Symbol.all(.partner, m.services[i].provider.map { [$0.index] } ?? []) }) { r, a, i in
            r.model.services[i].provider = r.readRef(a, as: .partner)
        },
        .init(.for, [.required, .repeatable], .names(.group), help: .add(.for, names: .group, list: true),
              referenced: { m, i in Symbol.all(.group, m.services[i].groups.map(\.index)) }) { r, a, i in
            r.model.services[i].groups.adopt(r.readRefValues(a, as: .group))
        },
        .init(.meets, [.required, .repeatable], .names(.need), help: .add(.meets, names: .need, list: true),
              referenced: { m, i in Symbol.all(.need, m.services[i].needs.map(\.index)) }) { r, a, i in
            r.model.services[i].needs.adopt(r.readRefValues(a, as: .need))
        },
        .init(.capacity, .capacity) { r, a, i in r.model.services[i].capacity = r.readCapacity(a) },
    ]

    private static let agreement: [AttributeSpec] = [
        .init(.number, .text) { r, a, i in r.model.agreements[i].number = r.readString(a) },
        .init(.parties, [.required, .repeatable], .names(.partner), help: .add(.parties) { "\($0.placeholder(.partner)), \($0.placeholder(.partner))" },
              referenced: { m, i in Symbol.all(.partner, m.agreements[i].parties.map(\.value.index)) }) { r, a, i in
            r.model.agreements[i].writtenPartyCount += a.items.count
            r.model.agreements[i].parties.adopt(r.readRefs(a, as: .partner))
        },
        .init(.period, .required, .period, help: periodHelp) { r, a, i in r.model.agreements[i].period = r.readPeriod(a) },
        .init(.basis, .repeatable, .text) { r, a, i in
            if let basis = r.readString(a) { r.model.agreements[i].bases.append(basis) }
        },
        .init(.signed, .signing) { r, a, i in r.readSigned(a, agreement: i) },
        .init(.signatories, .repeatable, .names(.person),
              referenced: { m, i in Symbol.all(.person, m.agreements[i].signatories.map(\.value.index)) }) { r, a, i in
            r.model.agreements[i].signatories.adopt(r.readRefs(a, as: .person))
        },
        .init(.data_sharing, .text) { r, a, i in r.model.agreements[i].dataSharing = r.readString(a) },
        .init(.meetings, .frequency) { r, a, i in r.model.agreements[i].meetings = r.readFrequency(a) },
        .init(.notice, .duration) { r, a, i in r.model.agreements[i].notice = r.readDuration(a.atoms[...], a) },
        .init(.template, .template) { r, a, i in r.model.agreements[i].template = r.readTemplate(a) },
    ]

    private static let team: [AttributeSpec] = [
        .init(.coordinator, .required, .name(.person), help: .add(.coordinator, names: .person),
              referenced: { m, i in Symbol.all(.person, m.teams[i].coordinator.map { [$0.index] } ?? []) }) { r, a, i in
            r.model.teams[i].coordinator = r.readRef(a, as: .person)
        },
        .init(.members, [.required, .repeatable], .names(.partner), help: .add(.members, names: .partner, list: true),
              referenced: { m, i in Symbol.all(.partner, m.teams[i].members.map(\.index)) }) { r, a, i in
            r.model.teams[i].members.adopt(r.readRefValues(a, as: .partner))
        },
        .init(.gathers, .frequency) { r, a, i in r.model.teams[i].meets = r.readFrequency(a) },
    ]

    private static let goal: [AttributeSpec] = [
        .init(.indicator, .repeatable, .indicator) { r, a, i in
            if let indicator = r.readIndicator(a) { r.model.goals[i].indicators.append(indicator) }
        },
    ]
}
