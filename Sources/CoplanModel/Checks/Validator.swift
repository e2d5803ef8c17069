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

    mutating func report(_ code: DiagnosticCode, _ message: CheckMessage, _ span: SourceSpan,
                         help: CheckMessage? = nil, notes: [Diagnostic.Note] = []) {
        report(code, message.text, span, help: help?.text, notes: notes)
    }

    mutating func report(_ code: DiagnosticCode, _ message: Text, _ span: SourceSpan,
                         help: Text? = nil, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(code, message, at: span, help: help, notes: notes))
    }

    /// The keyword language of the file `span` is in, for help that suggests code.
    func words(_ span: SourceSpan) -> KeywordLanguage { model.keywordLanguage(of: span.file) }

    mutating func checkPlan() {
        guard model.plan == nil, let root = model.rootFile else { return }
        // A file that only declares partners is a registry meant to be imported; it still needs
        // a plan to be checked on its own.
        report(.E300, .noPlan(words: model.keywordLanguage(of: root)), SourceSpan(file: root, range: .empty), help: .registryHelp)
    }

    /// E300 for attributes the schema marks required and the declaration never wrote.
    mutating func checkRequired() {
        func check(_ header: EntityHeader, _ kind: DeclarationKind, _ index: Int) {
            if header.isIncomplete { return }
            // An unknown attribute that is a near miss of the missing one is reported once, as E102.
            let misspelled = model.misspelled.isEmpty ? [] : model.misspelled[Symbol(kind: kind, index: index)] ?? []
            let schema = AttributeSchema.for(kind)
            // By index, not `for rule in`: a rule holds closures, and copying one per entity
            // and rule was a quarter of this check.
            for ruleIndex in schema.rules.indices where schema.rules[ruleIndex].required {
                let keyword = schema.rules[ruleIndex].keyword
                guard !header.attributeSpans.contains(keyword), !misspelled.contains(keyword) else { continue }
                let rule = schema.rules[ruleIndex]
                let words = words(header.nameSpan)
                report(.E300, CheckMessage.missingAttribute(kind: kind, name: header.name, attribute: words.word(rule.keyword)).text,
                       header.nameSpan, help: rule.missingHelp?.text(words))
            }
        }
        if let plan = model.plan { check(plan.header, .plan, 0) }
        // By index: `for … in` copies each whole entity to read its header.
        for i in model.partners.indices { check(model.partners[i].header, .partner, i) }
        for i in model.people.indices { check(model.people[i].header, .person, i) }
        for i in model.groups.indices { check(model.groups[i].header, .group, i) }
        for i in model.services.indices { check(model.services[i].header, .service, i) }
        for i in model.agreements.indices { check(model.agreements[i].header, .agreement, i) }
        for i in model.teams.indices { check(model.teams[i].header, .team, i) }
    }

    /// E306 for registry numbers.
    mutating func checkPartners() {
        if let teryt = model.plan?.territory?.teryt, let problem = Identifiers.terytProblem(teryt.value) {
            report(.E306, problem.text, teryt.span)
        }
        // By index: `for partner in` copies each whole partner to read three fields.
        for index in model.partners.indices {
            if let regon = model.partners[index].regon, let problem = Identifiers.regonProblem(regon.value) { report(.E306, problem.text, regon.span) }
            if let nip = model.partners[index].nip, let problem = Identifiers.nipProblem(nip.value) { report(.E306, problem.text, nip.span) }
            if let krs = model.partners[index].krs, let problem = Identifiers.krsProblem(krs.value) { report(.E306, problem.text, krs.span) }
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
                    report(.E201, .partyListedTwice(party: model[party.value].name, agreement: name), party.span)
                } else {
                    parties.append(party.value)
                }
            }
            if agreement.header.attributeSpans[.parties] != nil, parties.count < 2, agreement.writtenPartyCount < 2 {
                let span = agreement.header.span(of: .parties)
                report(.E301, .tooFewParties(agreement: name, count: parties.count), span, help: .addOtherParty(words: words(span)))
            }
            // E303 and clauses for non-parties.
            for provision in agreement.provisions {
                if !parties.contains(provision.party), !meantAsParty(provision.party) {
                    report(.E302, .providesButNotParty(party: model[provision.party].name, agreement: name),
                           provision.span, help: .addToParties(words: words(provision.span)))
                }
                for service in provision.services {
                    // Read in place: `model[ref]` copies the whole service.
                    let runner = model.services[service.value.index].provider
                    if let runner, runner != provision.party {
                        report(.E303, .foreignService(party: model[provision.party].name, service: model[service.value].name, runner: model[runner].name),
                               service.span, help: .letRunnerProvide(runner: model[runner].name, words: words(service.span)))
                    }
                }
            }
            for commitment in agreement.commitments where !parties.contains(commitment.party) && !meantAsParty(commitment.party) {
                report(.E302, .commitsButNotParty(party: model[commitment.party].name, agreement: name),
                       commitment.span, help: .addToParties(words: words(commitment.span)))
            }
            // E302: a party with no clause.
            for party in agreement.parties where parties.contains(party.value) && !meantInAClause(party.value) {
                // A `provides` line counts even when its services failed to resolve (already reported).
                let acts = agreement.provisions.contains { $0.party == party.value }
                    || agreement.commitments.contains { $0.party == party.value }
                if !acts {
                    let partyName = model[party.value].name
                    report(.E302, .idleParty(party: partyName, agreement: name), party.span,
                           help: .addClause(party: partyName, words: words(party.span)))
                }
            }
            checkSignatories(agreement, parties: parties, partiesKnown: partiesKnown,
                             signatoriesKnown: !model.hasUnresolved(symbol, .signatories))
        }
    }

    /// E305: signatories must be `signs` people of a party, and every party needs one.
    mutating func checkSignatories(_ agreement: Agreement, parties: [Ref<Partner>], partiesKnown: Bool, signatoriesKnown: Bool) {
        guard !agreement.signatories.isEmpty else { return }
        // An array, not a set: an agreement has a few parties, and hashing each reference
        // through the generic `Hashable` cost more than looking through them.
        var signed: [Ref<Partner>] = []
        signed.reserveCapacity(parties.count)
        // With a party name that did not resolve (E200), "not a party" would be a guess.
        for signatory in agreement.signatories {
            // Read in place: `model[ref]` copies the whole person.
            let index = signatory.value.index
            guard let employer = model.people[index].of else { continue }
            if !parties.contains(employer) {
                guard partiesKnown else { continue }
                report(.E305, .signsForNonParty(person: model.people[index].name, agreement: agreement.name, employer: model[employer].name),
                       signatory.span)
            } else if !model.people[index].signs {
                let person = model.people[index].name
                report(.E305, .mayNotSign(person: person, employer: model[employer].name), signatory.span,
                       help: .addSigns(person: person, employer: model[employer].name, words: words(signatory.span)))
            } else if !signed.contains(employer) {
                signed.append(employer)
            }
        }
        // With a signatory that did not resolve, the party it was meant for may have one.
        for party in agreement.parties where signatoriesKnown && !signed.contains(party.value) {
            let partyName = model[party.value].name
            let candidates = model.people.filter { $0.of == party.value && $0.signs }.map(\.name)
            let words = words(party.span)
            report(.E305, .noSignatory(party: partyName, agreement: agreement.name), party.span,
                   help: candidates.isEmpty ? .declareSignatory(party: partyName, words: words) : .addSignatories(candidates: candidates, words: words))
        }
    }

    /// E304 reversed periods; W402 late signing; W404 agreements outside the plan period.
    mutating func checkPeriods() {
        if let plan = model.plan, let period = plan.period, period.isEmpty {
            report(.E304, .planPeriodReversed(first: period.first, last: period.last), plan.header.span(of: .period))
        }
        let planPeriod = model.plan?.period.flatMap { $0.isEmpty ? nil : $0 }
        for agreement in model.agreements {
            guard let period = agreement.period else { continue }
            let span = agreement.header.span(of: .period)
            if period.isEmpty {
                report(.E304, .agreementPeriodReversed(agreement: agreement.name, first: period.first, last: period.last), span)
                continue
            }
            if let signed = agreement.signed, signed > period.first {
                report(.W402, .signedLate(agreement: agreement.name, signed: signed, start: period.first),
                       agreement.header.span(of: .signed), help: .signedLateHelp)
            }
            if let planPeriod, !period.overlaps(planPeriod) {
                report(.W404, .outsidePlan(agreement: agreement.name, period: period, plan: planPeriod), span)
            }
        }
    }

    /// W405: the derived basis cites an act that is repealed before the period ends, so the
    /// agreement needs an annex citing the successor. A written `basis` is the plan's own
    /// reading of the law and is not second-guessed.
    mutating func checkRepealedActs() {
        for index in model.agreements.indices where model.agreements[index].bases.isEmpty {
            guard let period = model.agreements[index].period, !period.isEmpty else { continue }
            let agreement = model.agreements[index]
            for (act, title) in model.statutoryBasis(of: Ref(index), repealedOnly: true) {
                guard let repeal = act.repeal, repeal.day <= period.last,
                      let successor = repeal.successor.title(on: repeal.day) else { continue }
                let eve = Day(ordinal: repeal.day.ordinal - 1)
                let span = agreement.header.span(of: .period)
                report(.W405, .repealedAct(agreement: agreement.name, until: period.last, repeal: repeal.day, act: title), span,
                       help: .successorDue(from: repeal.day, successor: successor, publication: repeal.successor.publication,
                                           endBy: eve, words: words(span)))
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
                let role = model[requirement.role]
                // A standard role is named as the file writes it (`lider` in a Polish file).
                let name = role.standard.map { words(requirement.span).spell($0) } ?? role.name
                report(.E307, .roleCount(role: name, holders: holders.sorted().map { model[$0].name },
                                         comparison: requirement.comparison, required: requirement.count),
                       requirement.span)
            }
        }
    }

    /// W400 idle partners, W401 services no agreement provides. Only for the root file:
    /// an imported registry lists partners that not every plan uses.
    mutating func checkUnused() {
        var active = Set<Int>()
        var provided = Set<Int>()
        // By index throughout: `for … in` copies each whole entity to read one list of it.
        for index in model.agreements.indices {
            for party in model.agreements[index].parties { active.insert(party.value.index) }
            for provision in model.agreements[index].provisions { for service in provision.services { provided.insert(service.value.index) } }
        }
        for index in model.teams.indices { for member in model.teams[index].members { active.insert(member.index) } }
        // An idle partner that a name which did not resolve probably meant is not idle, only
        // misspelt there (E200 says so); likewise a service.
        let meantPartners = model.probablyMeant[.partner] ?? [], meantServices = model.probablyMeant[.service] ?? []
        for index in model.partners.indices where !active.contains(index) {
            let partner = model.partners[index]
            guard !meantPartners.contains(partner.name), model.isInRoot(partner.header), !partner.header.isIncomplete else { continue }
            report(.W400, .idlePartner(name: partner.name), partner.header.nameSpan,
                   help: .idlePartnerHelp(words: words(partner.header.nameSpan)))
        }
        for index in model.services.indices where !provided.contains(index) {
            let service = model.services[index]
            guard !meantServices.contains(service.name), model.isInRoot(service.header), !service.header.isIncomplete else { continue }
            report(.W401, .unprovidedService(name: service.name), service.header.nameSpan,
                   help: service.provider.map { .provideService(provider: model[$0].name, service: service.name, words: words(service.header.nameSpan)) })
        }
    }
}
