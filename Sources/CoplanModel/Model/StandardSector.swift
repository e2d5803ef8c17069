import CoplanCore

/// The predeclared sectors of docs/LANGUAGE.md §3. Code that treats a sector specially (legal bases of
/// an agreement, English labels) asks a `Sector` for its `standard` case, never compares names.
package enum StandardSector: String, CaseIterable, Sendable {
    case socialAssistance = "social_assistance"
    case employment, education, health, police, justice, culture, sport, housing
    case socialEconomy = "social_economy"
    case ngo, church
    case localGovernment = "local_government"

    /// The identifier plans write (`social_assistance`).
    package var id: String { rawValue }

    /// The display name of the predeclared sector.
    package var polishLabel: String {
        switch self {
        case .socialAssistance: return "pomoc społeczna"
        case .employment: return "rynek pracy"
        case .education: return "edukacja"
        case .health: return "ochrona zdrowia"
        case .police: return "policja"
        case .justice: return "wymiar sprawiedliwości"
        case .culture: return "kultura"
        case .sport: return "sport i rekreacja"
        case .housing: return "mieszkalnictwo"
        case .socialEconomy: return "ekonomia społeczna"
        case .ngo: return "organizacje pozarządowe"
        case .church: return "kościoły i związki wyznaniowe"
        case .localGovernment: return "samorząd"
        }
    }

    /// The label in English documents.
    package var englishLabel: String {
        switch self {
        case .socialAssistance: return "social assistance"
        case .employment: return "labour market"
        case .education: return "education"
        case .health: return "health care"
        case .police: return "police"
        case .justice: return "justice"
        case .culture: return "culture"
        case .sport: return "sport and recreation"
        case .housing: return "housing"
        case .socialEconomy: return "social economy"
        case .ngo: return "NGOs"
        case .church: return "churches and religious associations"
        case .localGovernment: return "local government"
        }
    }

    /// The label in both languages, for text that names the sector.
    package var label: Text { Text(en: englishLabel, pl: polishLabel) }

    /// Polish identifiers accepted where a sector is expected (and only there, so a partner may
    /// still be called `policja`), with and without diacritics.
    package var polishIdentifiers: [String] {
        switch self {
        case .socialAssistance: return ["pomoc_społeczna", "pomoc_spoleczna"]
        case .employment: return ["rynek_pracy"]
        case .education: return ["edukacja"]
        case .health: return ["ochrona_zdrowia", "zdrowie"]
        case .police: return ["policja"]
        case .justice: return ["wymiar_sprawiedliwości", "wymiar_sprawiedliwosci"]
        case .culture: return ["kultura"]
        case .sport: return ["sport_i_rekreacja"]
        case .housing: return ["mieszkalnictwo"]
        case .socialEconomy: return ["ekonomia_społeczna", "ekonomia_spoleczna"]
        case .ngo: return ["organizacje_pozarządowe", "organizacje_pozarzadowe"]
        case .church: return ["kościół", "kosciol", "kościoły", "koscioly"]
        case .localGovernment: return ["samorząd", "samorzad"]
        }
    }

    private static let byPolishIdentifier: [String: StandardSector] = Dictionary(
        uniqueKeysWithValues: allCases.flatMap { sector in sector.polishIdentifiers.map { ($0, sector) } })

    package init?(polishIdentifier word: String) {
        guard let sector = Self.byPolishIdentifier[word] else { return nil }
        self = sector
    }
}
