import CoplanCore

/// Every act coplan cites as an agreement's legal basis, with the days it is in force and the
/// title it bears on each day. The one place these facts live: documents read the titles,
/// W405 the repeals and successors. A lawyer checking a date edits this table only.
///
/// Titles are in the genitive, as they follow "na podstawie" or "art. … ust. …". Documents do
/// not cite the Dziennik Ustaw (the consolidated text changes every year); `publication` is
/// for diagnostics. Sources: the acts as published there, and for the 2023 and 2025 changes
/// the acts of 9 March 2023 and 20 March 2025 themselves.
package enum LegalAct: String, CaseIterable, Sendable {
    case socialAssistance, familySupport, employmentPromotion, labourMarket, socialEmployment,
         domesticViolence, publicBenefit

    /// A title an act bears from a day on (until the next title or the repeal).
    package struct Title: Sendable, Hashable {
        package var from: Day
        package var polish: String
        package var english: String
    }

    /// Its titles in order; the first starts on the day the act came into force.
    package var titles: [Title] {
        switch self {
        case .socialAssistance:
            // In force from 1 May 2004.
            return [Title(from: Self.day(2004, 5, 1),
                          polish: "ustawy z dnia 12 marca 2004 r. o pomocy społecznej",
                          english: "the Act of 12 March 2004 on Social Assistance")]
        case .familySupport:
            // In force from 1 January 2012.
            return [Title(from: Self.day(2012, 1, 1),
                          polish: "ustawy z dnia 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej",
                          english: "the Act of 9 June 2011 on Family Support and the Foster Care System")]
        case .employmentPromotion:
            // In force from 1 June 2004.
            return [Title(from: Self.day(2004, 6, 1),
                          polish: "ustawy z dnia 20 kwietnia 2004 r. o promocji zatrudnienia i instytucjach rynku pracy",
                          english: "the Act of 20 April 2004 on Employment Promotion and Labour Market Institutions")]
        case .labourMarket:
            // Published 12 May 2025; in force from 1 June 2025, the day it
            // repealed the act of 20 April 2004.
            return [Title(from: Self.day(2025, 6, 1),
                          polish: "ustawy z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia",
                          english: "the Act of 20 March 2025 on the Labour Market and Employment Services")]
        case .socialEmployment:
            // Published 14 July 2003. The day it came into force
            // is not verified here; the day of publication is the earliest it can be cited.
            return [Title(from: Self.day(2003, 7, 14),
                          polish: "ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym",
                          english: "the Act of 13 June 2003 on Social Employment")]
        case .domesticViolence:
            // In force from 21 November 2005. The act of 9 March
            // 2023 (Dz. U. 2023 poz. 535, art. 1 pkt 1) renamed it "o przeciwdziałaniu przemocy
            // domowej" from 22 June 2023.
            return [Title(from: Self.day(2005, 11, 21),
                          polish: "ustawy z dnia 29 lipca 2005 r. o przeciwdziałaniu przemocy w rodzinie",
                          english: "the Act of 29 July 2005 on Counteracting Family Violence"),
                    Title(from: Self.day(2023, 6, 22),
                          polish: "ustawy z dnia 29 lipca 2005 r. o przeciwdziałaniu przemocy domowej",
                          english: "the Act of 29 July 2005 on Counteracting Domestic Violence")]
        case .publicBenefit:
            // Published 29 May 2003; in force from 29 June 2003.
            return [Title(from: Self.day(2003, 6, 29),
                          polish: "ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie",
                          english: "the Act of 24 April 2003 on Public Benefit Activity and Volunteering")]
        }
    }

    /// Where the act was first published.
    package var publication: String {
        switch self {
        case .socialAssistance: return "Dz. U. 2004 Nr 64 poz. 593"
        case .familySupport: return "Dz. U. 2011 Nr 149 poz. 887"
        case .employmentPromotion: return "Dz. U. 2004 Nr 99 poz. 1001"
        case .labourMarket: return "Dz. U. 2025 poz. 620"
        case .socialEmployment: return "Dz. U. 2003 Nr 122 poz. 1143"
        case .domesticViolence: return "Dz. U. 2005 Nr 180 poz. 1493"
        case .publicBenefit: return "Dz. U. 2003 Nr 96 poz. 873"
        }
    }

    /// The first day the act is no longer in force, and the act that replaced it.
    package var repeal: (day: Day, successor: LegalAct)? {
        switch self {
        case .employmentPromotion:
            // Repealed by the act of 20 March 2025 (Dz. U. 2025 poz. 620) from 1 June 2025.
            return (Self.day(2025, 6, 1), .labourMarket)
        case .socialAssistance, .familySupport, .labourMarket, .socialEmployment, .domesticViolence, .publicBenefit:
            return nil
        }
    }

    /// The provision cited rather than the whole act, when there is one: social assistance is
    /// organised "in partnership" with NGOs, churches and others under art. 2 ust. 2.
    package var provision: (polish: String, english: String)? {
        switch self {
        case .socialAssistance: return ("art. 2 ust. 2", "Article 2(2) of")
        case .familySupport, .employmentPromotion, .labourMarket, .socialEmployment, .domesticViolence, .publicBenefit:
            return nil
        }
    }

    /// Whether the act is in force on `day`.
    package func isInForce(on day: Day) -> Bool {
        guard let first = titles.first, first.from <= day else { return false }
        if let repeal, repeal.day <= day { return false }
        return true
    }

    /// The title the act bears on `day`, if it is in force then.
    package func title(on day: Day) -> Title? {
        guard isInForce(on: day) else { return nil }
        return titles.last { $0.from <= day }
    }

    private static func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
        Day(year: year, month: month, day: day)!
    }
}
