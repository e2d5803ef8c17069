import CoplanCore

/// The acts an agreement is concluded under when the plan writes no `basis`: chosen from its
/// parties' sectors and kinds and its services (the bases such agreements usually cite), for
/// the law in force on the day it is signed, else the day its period starts. A plan's `basis`
/// replaces all of them.
extension PlanModel {
    /// The day whose law the derived basis follows.
    package func basisDay(of agreement: Agreement) -> Day? {
        agreement.signed ?? agreement.period?.first
    }

    /// The acts, in the order documents cite them, each with the title it bears that day.
    /// `repealedOnly` keeps the subjects whose acts have been repealed (all W405 asks about),
    /// which spares reading every service's title for the others.
    package func statutoryBasis(of ref: Ref<Agreement>, repealedOnly: Bool = false) -> [(act: LegalAct, title: LegalAct.Title)] {
        let agreement = self[ref]
        // W405 asks this of every agreement; most have no party whose subjects were ever
        // repealed, and are answered without building sets (it was a third of validating).
        // Fields read in place: `partners[i]` and `self[ref]` copy a whole entity.
        if repealedOnly, !agreement.parties.contains(where: { party in
            partners[party.value.index].sector.flatMap { self.sectors[$0.index].standard }.map(Self.repealedSectors.contains) == true
                || partners[party.value.index].kind.map(Self.repealedKinds.contains) == true
        }) { return [] }
        let sectors = Set(agreement.parties.compactMap { partners[$0.value.index].sector.flatMap { self.sectors[$0.index].standard } })
        let kinds = Set(agreement.parties.compactMap { partners[$0.value.index].kind })
        let familyAssistant = !repealedOnly && agreement.provisions.contains(where: { $0.services.contains { services[$0.value.index].isFamilyAssistant } })
        var subjects = Self.subjects(sectors: sectors, kinds: kinds, familyAssistant: familyAssistant)
        if repealedOnly { subjects.removeAll { acts in !acts.contains { $0.repeal != nil } } }
        let day = basisDay(of: agreement)
        return subjects.compactMap { acts in
            // Without any date (the period failed to parse), the newest act stands in.
            guard let day else { return acts.last.map { ($0, $0.titles.last!) } }
            for act in acts { if let title = act.title(on: day) { return (act, title) } }
            return nil
        }
    }
}

extension PlanModel {
    /// Each subject the parties' sectors and kinds bring, with the acts that governed it,
    /// oldest first: the one in force on the day is cited.
    static func subjects(sectors: Set<StandardSector>, kinds: Set<PartnerKind>, familyAssistant: Bool) -> [[LegalAct]] {
        var subjects: [[LegalAct]] = []
        if sectors.contains(.socialAssistance) { subjects.append([.socialAssistance]) }
        if familyAssistant { subjects.append([.familySupport]) }
        if sectors.contains(.employment) { subjects.append([.employmentPromotion, .labourMarket]) }
        if sectors.contains(.socialEconomy) { subjects.append([.socialEmployment]) }
        if sectors.contains(.police) || sectors.contains(.justice) { subjects.append([.domesticViolence]) }
        if sectors.contains(.ngo) || kinds.contains(.ngo) || kinds.contains(.church) { subjects.append([.publicBenefit]) }
        return subjects
    }

    /// The sectors and kinds whose subjects include a repealed act, from `subjects` itself.
    static let repealedSectors = Set(StandardSector.allCases.filter { sector in
        subjects(sectors: [sector], kinds: [], familyAssistant: false).contains { $0.contains { $0.repeal != nil } }
    })
    static let repealedKinds = Set(PartnerKind.allCases.filter { kind in
        subjects(sectors: [], kinds: [kind], familyAssistant: false).contains { $0.contains { $0.repeal != nil } }
    })
}

extension Service {
    /// A family assistant (asystent rodziny) is a service the act of 9 June 2011 regulates, so
    /// providing one makes that act part of the basis. Plans name it in their
    /// own words; the standard identifier and the Polish and English titles are recognised.
    var isFamilyAssistant: Bool {
        let title = header.title.lowercased()
        return name == "family_assistant" || title.contains("asystent rodziny") || title.contains("asystenta rodziny")
            || title.contains("family assistant")
    }
}
