import CoplanCore
import CoplanSyntax
/// Whole-model rules of docs/LANGUAGE.md §5 that need every name resolved: required attributes,
/// parties and signatories, periods, identifiers, role counts, and the W4xx warnings.
/// Reads the model only; reports, never repairs.
package struct Validator {
    let model: PlanModel
    var diagnostics: [Diagnostic] = []

    package static func validate(_ model: PlanModel) -> [Diagnostic] {
        var validator = Validator(model: model)
        validator.run()
        return validator.diagnostics
    }

    mutating func run() {
        checkPlan()
        checkRequired()
        checkPartners()
        checkAgreements()
        checkPeriods()
        checkRepealedActs()
        checkRoles()
        checkUnused()
    }

    mutating func report(_ code: DiagnosticCode, _ message: String, _ span: SourceSpan,
                         help: String? = nil, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(code, message, at: span, help: help, notes: notes))
    }

    mutating func checkPlan() {
        guard model.plan == nil, let root = model.rootFile else { return }
        // A file that only declares partners is a registry meant to be imported; it still needs
        // a plan to be checked on its own.
        diagnostics.append(Diagnostic(.E300, "no `plan` declaration: a plan file needs `plan NAME { period … }`",
                                      at: SourceSpan(file: root, range: .empty),
                                      help: "if this file is a shared registry, import it from a plan instead of checking it alone"))
    }

    /// E300 for attributes the schema marks required and the declaration never wrote.
    mutating func checkRequired() {
        func check(_ header: EntityHeader, _ kind: DeclarationKind, _ index: Int) {
            if header.isIncomplete { return }
            // An unknown attribute that is a near miss of the missing one is reported once, as E102.
            let misspelled = model.misspelled[Symbol(kind: kind, index: index)] ?? []
            for rule in AttributeSchema.for(kind).rules
            where rule.required && header.attributeSpans[rule.keyword] == nil && !misspelled.contains(rule.keyword) {
                report(.E300, "\(kind.english) `\(header.name)` is missing `\(rule.keyword.english)`", header.nameSpan,
                       help: rule.missingHelp)
            }
        }
        if let plan = model.plan { check(plan.header, .plan, 0) }
        for (i, partner) in model.partners.enumerated() { check(partner.header, .partner, i) }
        for (i, person) in model.people.enumerated() { check(person.header, .person, i) }
        for (i, group) in model.groups.enumerated() { check(group.header, .group, i) }
        for (i, service) in model.services.enumerated() { check(service.header, .service, i) }
        for (i, agreement) in model.agreements.enumerated() { check(agreement.header, .agreement, i) }
        for (i, team) in model.teams.enumerated() { check(team.header, .team, i) }
    }

    /// E306 for registry numbers.
    mutating func checkPartners() {
        if let teryt = model.plan?.territory?.teryt, let problem = Identifiers.terytProblem(teryt.value) {
            report(.E306, problem, teryt.span)
        }
        for partner in model.partners {
            if let regon = partner.regon, let problem = Identifiers.regonProblem(regon.value) { report(.E306, problem, regon.span) }
            if let nip = partner.nip, let problem = Identifiers.nipProblem(nip.value) { report(.E306, problem, nip.span) }
            if let krs = partner.krs, let problem = Identifiers.krsProblem(krs.value) { report(.E306, problem, krs.span) }
        }
    }

    mutating func checkAgreements() {
        for (index, agreement) in model.agreements.enumerated() {
            let name = agreement.name
            let symbol = Symbol(kind: .agreement, index: index)
            // A party or clause whose name did not resolve (E200) and that probably meant X makes
            // "X is not a party" and "X does nothing" guesses: the typo's own finding says it.
            let partiesKnown = !model.hasUnresolved(symbol, .parties)
            func meantAsParty(_ party: Ref<Partner>) -> Bool { model.probablyMeant(model[party].name, in: symbol, .parties) }
            func meantInAClause(_ party: Ref<Partner>) -> Bool {
                model.probablyMeant(model[party].name, in: symbol, .provides) || model.probablyMeant(model[party].name, in: symbol, .commits)
            }
            var parties: [Ref<Partner>] = []
            for party in agreement.parties {
                if parties.contains(party.value) {
                    report(.E201, "`\(model[party.value].name)` is listed twice among the parties of `\(name)`", party.span)
                } else {
                    parties.append(party.value)
                }
            }
            if agreement.header.attributeSpans[.parties] != nil, parties.count < 2, agreement.writtenPartyCount < 2 {
                report(.E301, "agreement `\(name)` has \(parties.count) part\(parties.count == 1 ? "y" : "ies"); it needs at least two",
                       agreement.header.span(of: .parties), help: "add the other party to `parties`")
            }
            // E303 and clauses for non-parties.
            for provision in agreement.provisions {
                if !parties.contains(provision.party), !meantAsParty(provision.party) {
                    report(.E302, "`\(model[provision.party].name)` provides services in `\(name)` but is not one of its parties",
                           provision.span, help: "add it to `parties`")
                }
                for service in provision.services {
                    let runner = model[service.value].provider
                    if let runner, runner != provision.party {
                        report(.E303, "`\(model[provision.party].name)` provides `\(model[service.value].name)`, which is run by `\(model[runner].name)`",
                               service.span, help: "let `\(model[runner].name)` provide it, or change the service's `by`")
                    }
                }
            }
            for commitment in agreement.commitments where !parties.contains(commitment.party) && !meantAsParty(commitment.party) {
                report(.E302, "`\(model[commitment.party].name)` commits in `\(name)` but is not one of its parties",
                       commitment.span, help: "add it to `parties`")
            }
            // E302: a party with no clause.
            for party in agreement.parties where parties.contains(party.value) && !meantInAClause(party.value) {
                // A `provides` line counts even when its services failed to resolve (already reported).
                let acts = agreement.provisions.contains { $0.party == party.value }
                    || agreement.commitments.contains { $0.party == party.value }
                if !acts {
                    report(.E302, "party `\(model[party.value].name)` of `\(name)` neither provides nor commits anything", party.span,
                           help: "add `\(model[party.value].name) provides SERVICE` or `\(model[party.value].name) commits \"…\"`")
                }
            }
            checkSignatories(agreement, parties: parties, partiesKnown: partiesKnown,
                             signatoriesKnown: !model.hasUnresolved(symbol, .signatories))
        }
    }

    /// E305: signatories must be `signs` people of a party, and every party needs one.
    mutating func checkSignatories(_ agreement: Agreement, parties: [Ref<Partner>], partiesKnown: Bool, signatoriesKnown: Bool) {
        guard !agreement.signatories.isEmpty else { return }
        var signed: Set<Ref<Partner>> = []
        // With a party name that did not resolve (E200), "not a party" would be a guess.
        for signatory in agreement.signatories {
            let person = model[signatory.value]
            guard let employer = person.of else { continue }
            if !parties.contains(employer) {
                guard partiesKnown else { continue }
                report(.E305, "`\(person.name)` signs `\(agreement.name)` but works for `\(model[employer].name)`, which is not a party",
                       signatory.span)
            } else if !person.signs {
                report(.E305, "`\(person.name)` may not sign for `\(model[employer].name)`", signatory.span,
                       help: "add `signs` to person `\(person.name)` if they represent `\(model[employer].name)`")
            } else {
                signed.insert(employer)
            }
        }
        // With a signatory that did not resolve, the party it was meant for may have one.
        for party in agreement.parties where signatoriesKnown && !signed.contains(party.value) {
            let partyName = model[party.value].name
            let candidates = model.people.filter { $0.of == party.value && $0.signs }.map(\.name)
            report(.E305, "party `\(partyName)` of `\(agreement.name)` has no signatory", party.span,
                   help: candidates.isEmpty
                       ? "declare a person `of \(partyName)` with `signs` and list them in `signatories`"
                       : "add \(candidates.map { "`\($0)`" }.joined(separator: " or ")) to `signatories`")
        }
    }

    /// E304 reversed periods; W402 late signing; W404 agreements outside the plan period.
    mutating func checkPeriods() {
        if let plan = model.plan, let period = plan.period, period.isEmpty {
            report(.E304, "the plan's period ends (\(period.last)) before it starts (\(period.first))", plan.header.span(of: .period))
        }
        let planPeriod = model.plan?.period.flatMap { $0.isEmpty ? nil : $0 }
        for agreement in model.agreements {
            guard let period = agreement.period else { continue }
            let span = agreement.header.span(of: .period)
            if period.isEmpty {
                report(.E304, "the period of `\(agreement.name)` ends (\(period.last)) before it starts (\(period.first))", span)
                continue
            }
            if let signed = agreement.signed, signed > period.first {
                report(.W402, "`\(agreement.name)` is signed on \(signed), after its period starts on \(period.first)",
                       agreement.header.span(of: .signed), help: "the days before signing have no legal basis; start the period on the day of signing or later")
            }
            if let planPeriod, !period.overlaps(planPeriod) {
                report(.W404, "the period of `\(agreement.name)` (\(period)) does not overlap the plan's period (\(planPeriod))", span)
            }
        }
    }

    /// W405: the derived basis cites an act that is repealed before the period ends, so the
    /// agreement needs an annex citing the successor. A written `basis` is the plan's own
    /// reading of the law and is not second-guessed.
    mutating func checkRepealedActs() {
        for (index, agreement) in model.agreements.enumerated() where agreement.bases.isEmpty {
            guard let period = agreement.period, !period.isEmpty else { continue }
            for (act, title) in model.statutoryBasis(of: Ref(index), repealedOnly: true) {
                guard let repeal = act.repeal, repeal.day <= period.last,
                      let successor = repeal.successor.title(on: repeal.day) else { continue }
                let eve = Day(ordinal: repeal.day.ordinal - 1)
                report(.W405, "`\(agreement.name)` runs until \(period.last), past \(repeal.day), when \(title.english), which it is concluded under, is repealed",
                       agreement.header.span(of: .period),
                       help: "from \(repeal.day) the law is \(successor.english) (\(repeal.successor.publication)): an annex citing it is due; or end the period by \(eve), or write the `basis`")
            }
        }
    }

    /// E307: role counts against `require roles`. A partner holds a role through `roles` or,
    /// for `lead`, through the plan's `lead PARTNER`.
    mutating func checkRoles() {
        guard let plan = model.plan else { return }
        for requirement in plan.requiredRoles {
            var holders = Set(model.partners.indices.filter { model.partners[$0].roles.contains(requirement.role) }.map { Ref<Partner>($0) })
            if model[requirement.role].standard == .lead { holders.formUnion(plan.leads.map(\.value)) }
            let count = holders.count
            if !requirement.comparison.holds(Double(count), Double(requirement.count)) {
                let names = holders.sorted().map { "`\(model[$0].name)`" }.joined(separator: ", ")
                report(.E307, "role `\(model[requirement.role].name)` is held by \(count) partner\(count == 1 ? "" : "s")\(count > 0 ? " (\(names))" : ""); the plan requires \(requirement.comparison.rawValue) \(requirement.count)",
                       requirement.span)
            }
        }
    }

    /// W400 idle partners, W401 services no agreement provides. Only for the root file:
    /// an imported registry lists partners that not every plan uses.
    mutating func checkUnused() {
        var active = Set<Int>()
        var provided = Set<Int>()
        for agreement in model.agreements {
            for party in agreement.parties { active.insert(party.value.index) }
            for provision in agreement.provisions { for service in provision.services { provided.insert(service.value.index) } }
        }
        for team in model.teams { for member in team.members { active.insert(member.index) } }
        // An idle partner that a name which did not resolve probably meant is not idle, only
        // misspelt there (E200 says so); likewise a service.
        let meantPartners = model.probablyMeant[.partner] ?? [], meantServices = model.probablyMeant[.service] ?? []
        for (index, partner) in model.partners.enumerated()
        where !meantPartners.contains(partner.name) && !active.contains(index) && model.isInRoot(partner.header) && !partner.header.isIncomplete {
            report(.W400, "partner `\(partner.name)` is in no agreement and no team", partner.header.nameSpan,
                   help: "add it to an agreement's `parties` or a team's `members`, or remove it")
        }
        for (index, service) in model.services.enumerated()
        where !meantServices.contains(service.name) && !provided.contains(index) && model.isInRoot(service.header) && !service.header.isIncomplete {
            report(.W401, "service `\(service.name)` is provided under no agreement", service.header.nameSpan,
                   help: service.provider.map { "add `\(model[$0].name) provides \(service.name)` to an agreement" })
        }
    }
}
