import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// Builds what an agreement template sees from the model: parties with identifiers and
/// representatives, their services and commitments, coordination, data, duration, copies
/// and signature rows, all as display text in the document's language.
package struct AgreementContext {
    package var model: PlanModel
    package var phrases: DocumentPhrases

    /// The people of each partner, by partner index, built once: every agreement asks for its
    /// parties' people, and a scan of everyone per party was quadratic on large plans.
    let peopleOf: [Int: [Ref<Person>]]

    package init(model: PlanModel, language: Language) {
        self.model = model
        self.phrases = DocumentPhrases(language)
        var people: [Int: [Ref<Person>]] = [:]
        for (index, person) in model.people.enumerated() {
            if let partner = person.of { people[partner.index, default: []].append(Ref(index)) }
        }
        peopleOf = people
    }

    var language: Language { phrases.language }

    /// The context keys, for validating templates before rendering.
    package static let schema: TemplateSchema = {
        let service: TemplateSchema = .object(["title": .text, "capacity": .text, "groups": .text, "needs": .text,
                                               "sentence": .text, "number": .text, "last": .flag])
        let numbered: TemplateSchema = .object(["text": .text, "number": .text, "last": .flag])
        let contact: TemplateSchema = .object(["name": .text, "title": .text, "email": .text, "phone": .text, "party": .text, "number": .text, "last": .flag])
        let party: TemplateSchema = .object([
            "number": .text, "name": .text, "title": .text, "short": .text, "short_quoted": .text, "address": .text,
            "regon": .text, "nip": .text, "krs": .text, "identifiers": .text, "sector": .text,
            "representatives": .list(.object(["name": .text, "title": .text, "authorisation": .text, "number": .text, "last": .flag])),
            "has_representatives": .flag, "represented": .text, "called": .text,
            "services": .list(service), "commitments": .list(numbered), "obligations": .list(numbered),
            "contacts": .list(contact),
            "first": .flag, "last": .flag,
        ])
        return .object([
            "name": .text, "title": .text, "number": .text, "language": .text,
            "doc": .object(["nom": .text, "gen": .text, "acc": .text, "ins": .text, "loc": .text,
                            "this_ins": .text, "concluded": .text, "its": .text, "terminated": .text]),
            "signing": .object(["date": .text, "place": .text, "at": .text]),
            "plan": .object(["name": .text, "title": .text, "title_quoted": .text, "program": .text, "territory": .text, "period": .text]),
            "period": .object(["from": .text, "to": .text, "text": .text]),
            "parties": .list(party), "parties_count": .text, "after_parties": .text,
            "groups": .list(.object(["title": .text, "size": .text, "number": .text, "last": .flag])), "has_groups": .flag,
            "needs": .list(.object(["title": .text, "number": .text, "last": .flag])), "has_needs": .flag,
            "contacts": .list(contact), "has_contacts": .flag,
            "meetings": .text,
            "teams": .list(.object(["title": .text, "title_quoted": .text, "coordinator": .text, "coordinator_title": .text, "meets": .text,
                                    "number": .text, "last": .flag])),
            "has_teams": .flag,
            "data_sharing": .text, "notice": .text,
            "copies": .object(["number": .text, "words": .text]),
            "legal_bases": .list(numbered), "legal_basis": .text,
            "signature_columns": .list(.text),
            "signature_rows": .list(.object(["cells": .list(.text)])),
        ])
    }()

    package func context(for ref: Ref<Agreement>) -> TemplateValue {
        let agreement = model[ref]
        let partyRefs = agreement.parties.map(\.value)
        let shorts = shortNames(partyRefs, in: agreement)
        let signatoryRefs = agreement.signatories.map(\.value)

        var parties: [TemplateValue] = []
        var allContacts: [TemplateValue] = []
        var groupRefs: [Ref<Group>] = [], needRefs: [Ref<Need>] = []
        for (i, ref) in partyRefs.enumerated() {
            let partner = model[ref]
            let services = agreement.provisions.filter { $0.party == ref }.flatMap { $0.services.map(\.value) }
            for service in services {
                for g in model[service].groups where !groupRefs.contains(g) { groupRefs.append(g) }
                for n in model[service].needs where !needRefs.contains(n) { needRefs.append(n) }
            }
            let serviceValues = services.map(service)
            let sentences = serviceValues.compactMap { value -> String? in
                if case .text(let text)? = value["sentence"] { return text }
                return nil
            }
            let commitments = agreement.commitments.filter { $0.party == ref }.map(\.text)
            let representatives = signatoryRefs.filter { model[$0].of == ref }
            let contacts = contactPeople(of: ref, signatories: signatoryRefs).map { contact($0, party: shorts[i]) }
            allContacts += contacts
            let gender = PolishGender.of(partner.title)
            parties.append(.record([
                "number": .text(String(i + 1)),
                "name": .text(partner.name),
                "title": .text(partner.title),
                "short": .text(shorts[i]),
                "short_quoted": .text(phrases.quoted(shorts[i])),
                "address": .opt(partner.address),
                "regon": .opt(partner.regon?.value),
                "nip": .opt(partner.nip?.value),
                "krs": .opt(partner.krs?.value),
                "identifiers": .opt(identifiers(partner)),
                "sector": .opt(partner.sector.map { phrases.sectorLabel(model[$0]) }),
                "representatives": .list(withLast(representatives.map { person in
                    .record(["name": .text(model[person].header.title), "title": .opt(distinctTitle(person)),
                             "authorisation": .opt(model[person].authorisation)])
                })),
                "has_representatives": .flag(!representatives.isEmpty),
                "represented": .text(phrases.actingFor(gender, people: representatives.count)),
                "called": .text(phrases.hereinafterCalled(gender)),
                "services": .list(withLast(serviceValues)),
                "commitments": .list(withLast(commitments.map { .record(["text": .text($0)]) })),
                // What the party does, services first, each a sentence: one numbered point each.
                "obligations": .list(withLast((sentences + commitments).map { .record(["text": .text($0)]) })),
                "contacts": .list(withLast(contacts)),
                "first": .flag(i == 0),
                "last": .flag(i == partyRefs.count - 1),
            ]))
        }

        let teams = model.teams.filter { team in team.members.contains(where: partyRefs.contains) }
        let plan = model.plan
        var signing: TemplateValue?
        if let signed = agreement.signed {
            signing = .record([
                "date": .text(phrases.date(signed)),
                "place": .opt(agreement.signedAt),
                "at": .opt(agreement.signedAt.map(placePhrase)),
            ])
        }
        return .record([
            "name": .text(agreement.name),
            "title": .text(agreement.title),
            "number": .opt(agreement.number),
            "language": .text(language.rawValue),
            "doc": documentForms(agreement),
            "signing": signing,
            "plan": plan.map { plan in
                .record([
                    "name": .text(plan.name), "title": .text(plan.title), "title_quoted": .text(phrases.quoted(plan.title)),
                    "program": .opt(plan.program),
                    "territory": .opt(plan.territory?.name), "period": .opt(plan.period.map(phrases.period)),
                ])
            },
            "period": agreement.period.map { period in
                .record(["from": .text(phrases.date(period.first)), "to": .text(phrases.date(period.last)),
                         "text": .text(phrases.period(period))])
            },
            "parties": .list(parties),
            "parties_count": .text(String(partyRefs.count)),
            "after_parties": .text(String(partyRefs.count + 1)),
            "groups": .list(withLast(groupRefs.map { g in
                .record(["title": .text(model[g].title), "size": .opt(model[g].size.map(String.init))])
            })),
            "has_groups": .flag(!groupRefs.isEmpty),
            "needs": .list(withLast(needRefs.map { n in .record(["title": .text(model[n].title)]) })),
            "has_needs": .flag(!needRefs.isEmpty),
            "contacts": .list(withLast(allContacts)),
            "has_contacts": .flag(!allContacts.isEmpty),
            "meetings": .opt(agreement.meetings.map(phrases.frequency)),
            "teams": .list(withLast(teams.map { team in
                .record([
                    "title": .text(team.title),
                    "title_quoted": .text(phrases.quoted(team.title)),
                    "coordinator": .opt(team.coordinator.map { model[$0].header.title }),
                    "coordinator_title": .opt(team.coordinator.flatMap(distinctTitle)),
                    "meets": .opt(team.meets.map(phrases.frequency)),
                ])
            })),
            "has_teams": .flag(!teams.isEmpty),
            "data_sharing": .opt(agreement.dataSharing),
            "notice": .opt(agreement.notice.map(phrases.duration)),
            "copies": .record(["number": .text(String(partyRefs.count)), "words": .text(phrases.copies(partyRefs.count))]),
            "legal_bases": .list(withLast(legalBases(ref).map { .record(["text": .text($0)]) })),
            "legal_basis": .opt(legalBasis(ref)),
            "signature_columns": .list(shorts.map { .text($0) }),
            "signature_rows": .list(signatureRows(partyRefs, signatories: signatoryRefs)),
        ])
    }

    /// The document's own noun in the cases the Polish template needs: "Porozumienie" (neuter)
    /// or, when the title starts with it, "Umowa" (feminine), with agreeing participles.
    func documentForms(_ agreement: Agreement) -> TemplateValue {
        let isUmowa = language == .pl && agreement.title.lowercased().hasPrefix("umowa")
        switch (language, isUmowa) {
        case (.en, _):
            return .record(["nom": .text("Agreement"), "gen": .text("Agreement"), "acc": .text("Agreement"), "ins": .text("Agreement"),
                           "loc": .text("Agreement"), "this_ins": .text("this Agreement"), "concluded": .text("concluded"),
                           "its": .text("its"), "terminated": .text("terminated")])
        case (.pl, true):
            return .record(["nom": .text("Umowa"), "gen": .text("Umowy"), "acc": .text("Umowę"), "ins": .text("Umową"),
                           "loc": .text("Umowie"), "this_ins": .text("niniejszą Umową"), "concluded": .text("zawarta"),
                           "its": .text("jej"), "terminated": .text("rozwiązana")])
        case (.pl, false):
            return .record(["nom": .text("Porozumienie"), "gen": .text("Porozumienia"), "acc": .text("Porozumienie"),
                           "ins": .text("Porozumieniem"), "loc": .text("Porozumieniu"), "this_ins": .text("niniejszym Porozumieniem"),
                           "concluded": .text("zawarte"), "its": .text("jego"), "terminated": .text("rozwiązane")])
        }
    }

    /// "Asystent rodziny" with its groups, needs and capacity, and one sentence saying it.
    func service(_ ref: Ref<Service>) -> TemplateValue {
        let service = model[ref]
        let groups = service.groups.map { model[$0].title }.joined(separator: ", ")
        let needs = service.needs.map { model[$0].title }.joined(separator: ", ")
        let capacity = service.capacity.map(phrases.capacity)
        var sentence: String
        switch language {
        case .pl:
            sentence = "Zapewnia usługę \(phrases.quoted(service.title))"
            if let capacity { sentence += " (\(capacity))" }
            if !groups.isEmpty { sentence += " dla grup: \(groups)" }
            if !needs.isEmpty { sentence += "; w zakresie potrzeb: \(needs)" }
        case .en:
            sentence = "Provides the service \(phrases.quoted(service.title))"
            if let capacity { sentence += " (\(capacity))" }
            if !groups.isEmpty { sentence += " for: \(groups)" }
            if !needs.isEmpty { sentence += "; meeting the needs: \(needs)" }
        }
        return .record([
            "title": .text(service.title), "capacity": .opt(capacity),
            "groups": .text(groups), "needs": .text(needs), "sentence": .text(sentence + "."),
        ])
    }

    func contact(_ person: Ref<Person>, party: String) -> TemplateValue {
        let p = model[person]
        return .record(["name": .text(p.header.title), "title": .opt(distinctTitle(person)), "email": .opt(p.email),
                        "phone": .opt(p.phone), "party": .text(party)])
    }

    /// Contact people for a party: its people with an e-mail or phone who do not sign (the
    /// working contacts), else those who sign, else its signatories without contact data.
    func contactPeople(of party: Ref<Partner>, signatories: [Ref<Person>]) -> [Ref<Person>] {
        let people = peopleOf[party.index] ?? []
        let reachable = people.filter { ref in
            let person = model.people[ref.index]
            return person.email != nil || person.phone != nil || person.contactWithheld
        }
        let working = reachable.filter { !signatories.contains($0) }
        if !working.isEmpty { return working }
        if !reachable.isEmpty { return reachable }
        return signatories.filter { model[$0].of == party }
    }

    func identifiers(_ partner: Partner) -> String? {
        var parts: [String] = []
        if let regon = partner.regon?.value { parts.append("REGON: \(regon)") }
        if let nip = partner.nip?.value { parts.append("NIP: \(nip)") }
        if let krs = partner.krs?.value { parts.append("KRS: \(krs)") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// "w miejscowości Leśniowice": Polish place names inflect irregularly, so the locative is
    /// avoided unless the plan already wrote it ("w Leśniowicach").
    func placePhrase(_ place: String) -> String {
        switch language {
        case .en: return "in \(place)"
        case .pl:
            let lower = place.lowercased()
            return lower.hasPrefix("w ") || lower.hasPrefix("we ") ? place : "w miejscowości \(place)"
        }
    }

    /// The agreement's legal bases: as the plan writes them, else the acts of
    /// `PlanModel.statutoryBasis` under their titles of that day.
    func legalBases(_ ref: Ref<Agreement>) -> [String] {
        let written = model[ref].bases
        if !written.isEmpty { return written }
        return model.statutoryBasis(of: ref).map { act, title in phrases.citation(act, title) }
    }

    /// Numbers the objects of a list and marks the last, so templates can number points and end
    /// the list with a full stop. Every list a template may test `last` or `number` in must
    /// carry them: Mustache would otherwise find the enclosing object's value.
    func withLast(_ items: [TemplateValue]) -> [TemplateValue] {
        items.enumerated().map { i, item in
            guard case .object(var members) = item else { return item }
            members["number"] = .text(String(i + 1))
            members["last"] = .flag(i == items.count - 1)
            return .object(members)
        }
    }

    /// The bases joined into one phrase: "A, B oraz C" / "A, B and C".
    func legalBasis(_ ref: Ref<Agreement>) -> String? {
        let acts = legalBases(ref)
        guard let last = acts.last else { return nil }
        if acts.count == 1 { return last }
        return acts.dropLast().joined(separator: ", ") + (language == .pl ? " oraz " : " and ") + last
    }

    /// A person's function, unless it is what the document already calls them: a redacted
    /// person is named by their function, which must not follow as well.
    func distinctTitle(_ person: Ref<Person>) -> String? {
        let p = model[person]
        let function: String? = p.title
        guard let function, function != p.header.title else { return nil }
        return function
    }

    /// Rows under the party columns: a dotted line to sign on, then each signatory's name and
    /// function (parties with fewer signatories get empty cells).
    func signatureRows(_ parties: [Ref<Partner>], signatories: [Ref<Person>]) -> [TemplateValue] {
        let perParty = parties.map { party in signatories.filter { model[$0].of == party } }
        let depth = max(1, perParty.map(\.count).max() ?? 1)
        var rows: [[String]] = [parties.map { _ in "……………………………" }]
        for k in 0..<depth {
            rows.append(perParty.map { k < $0.count ? model[$0[k]].header.title : "" })
            rows.append(perParty.map { k < $0.count ? (distinctTitle($0[k]) ?? "") : "" })
        }
        return rows.filter { $0.contains { !$0.isEmpty } }.map { .record(["cells": .list($0.map { .text($0) })]) }
    }
}

