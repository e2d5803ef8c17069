import CoplanCore
/// Every reserved word of the `.plan` language, with its English spelling and Polish aliases.
///
/// Keywords are *contextual*: the lexer produces plain identifiers and the parser or the
/// lowering stage asks this table what a word means where it stands. That is why `partner`
/// can be both a declaration kind and the predeclared role `partner`.
/// `Grammar/coplan.ebnf` and `Grammar/coplan.tmLanguage.json` list the same words; a test keeps them in step.
package enum Keyword: String, CaseIterable, Sendable {
    // Declaration kinds and statements
    case plan, sector, partner, person, role, need, group, service, agreement, team, goal
    case `import`
    // plan
    case period, territory, teryt, language, program, budget, require, lead, coverage, sectors, roles
    // partner
    case short, level, kind, regon, nip, krs, address
    // person
    case of, title, signs, authorisation, email, phone
    // group / service
    case size, needs, by, `for`, meets, capacity, per
    // agreement
    case parties, signed, at, number, basis, provides, commits, signatories, data_sharing, meetings, notice, template
    // team
    case coordinator, members, gathers
    // goal
    case indicator, agreements, partners, services, people_reached
    // frequencies and duration units
    case weekly, monthly, quarterly, yearly, every
    case day, week, month, year

    /// The English spelling first, then Polish aliases (with and without diacritics).
    package var spellings: [String] {
        switch self {
        case .plan: return ["plan"]
        case .sector: return ["sector", "sektor"]
        case .partner: return ["partner", "podmiot"]
        case .person: return ["person", "osoba"]
        case .role: return ["role", "rola"]
        case .need: return ["need", "potrzeba"]
        case .group: return ["group", "grupa"]
        case .service: return ["service", "usługa", "usluga"]
        case .agreement: return ["agreement", "porozumienie"]
        case .team: return ["team", "zespół", "zespol"]
        case .goal: return ["goal", "cel"]
        case .import: return ["import", "importuj"]
        case .period: return ["period", "okres"]
        case .territory: return ["territory", "terytorium"]
        case .teryt: return ["teryt"]
        case .language: return ["language", "język", "jezyk"]
        case .program: return ["program"]
        case .budget: return ["budget", "budżet", "budzet"]
        case .require: return ["require", "wymagaj"]
        case .lead: return ["lead", "lider"]
        case .coverage: return ["coverage", "pokrycie"]
        case .sectors: return ["sectors", "sektory"]
        case .roles: return ["roles", "role"]
        case .short: return ["short", "skrót", "skrot"]
        case .level: return ["level", "poziom"]
        case .kind: return ["kind", "rodzaj"]
        case .regon: return ["regon"]
        case .nip: return ["nip"]
        case .krs: return ["krs"]
        case .address: return ["address", "adres"]
        case .of: return ["of", "z"]
        case .title: return ["title", "funkcja"]
        case .signs: return ["signs", "podpisuje"]
        case .authorisation: return ["authorisation", "upoważnienie", "upowaznienie"]
        case .email: return ["email"]
        case .phone: return ["phone", "telefon"]
        case .size: return ["size", "liczebność", "liczebnosc"]
        case .needs: return ["needs", "potrzeby"]
        case .by: return ["by", "przez"]
        case .for: return ["for", "dla"]
        case .meets: return ["meets", "zaspokaja"]
        case .capacity: return ["capacity", "pojemność", "pojemnosc"]
        case .per: return ["per", "na"]
        case .parties: return ["parties", "strony"]
        case .signed: return ["signed", "podpisano"]
        case .at: return ["at", "w"]
        case .number: return ["number", "numer"]
        case .basis: return ["basis", "podstawa"]
        case .provides: return ["provides", "zapewnia"]
        case .commits: return ["commits", "zobowiązuje", "zobowiazuje"]
        case .signatories: return ["signatories", "sygnatariusze"]
        case .data_sharing: return ["data_sharing", "dane_osobowe"]
        case .meetings: return ["meetings", "spotkania"]
        case .notice: return ["notice", "wypowiedzenie"]
        case .template: return ["template", "szablon"]
        case .coordinator: return ["coordinator", "koordynator"]
        case .members: return ["members", "członkowie", "czlonkowie"]
        // A team's `meets FREQUENCY`; the Polish alias differs from a service's `meets` (zaspokaja).
        case .gathers: return ["meets", "zbiera_się", "zbiera_sie"]
        case .indicator: return ["indicator", "wskaźnik", "wskaznik"]
        case .agreements: return ["agreements", "porozumienia"]
        case .partners: return ["partners", "podmioty"]
        case .services: return ["services", "usługi", "uslugi"]
        case .people_reached: return ["people_reached", "objęci", "objeci"]
        case .weekly: return ["weekly", "tygodniowo"]
        case .monthly: return ["monthly", "miesięcznie", "miesiecznie"]
        case .quarterly: return ["quarterly", "kwartalnie"]
        case .yearly: return ["yearly", "rocznie"]
        case .every: return ["every", "co"]
        case .day: return ["day", "days", "dzień", "dzien", "dni"]
        case .week: return ["week", "weeks", "tydzień", "tydzien", "tygodnie", "tygodni"]
        case .month: return ["month", "months", "miesiąc", "miesiac", "miesiące", "miesiace", "miesięcy", "miesiecy"]
        case .year: return ["year", "years", "rok", "lata", "lat"]
        }
    }

    /// The canonical English spelling.
    package var english: String { spellings[0] }

    /// The canonical Polish spelling (with diacritics); English when there is no alias.
    package var polish: String { spellings.count > 1 ? spellings[1] : spellings[0] }

    /// Whether `word` is one of the Polish spellings (used by `fmt` to keep a file's language).
    package func isPolish(_ word: String) -> Bool {
        spellings.count > 1 && spellings.dropFirst().contains(word) && word != english
    }

    /// Every spelling of every keyword (for the grammar test and completion).
    package static var allSpellings: Set<String> {
        Set(allCases.flatMap(\.spellings))
    }

    /// Which keywords a spelling can stand for (a few words, like `meets`, have two meanings).
    package static func matching(_ word: String) -> [Keyword] {
        lookup[word] ?? []
    }

    /// Whether `word` spells `keyword`.
    package static func word(_ word: String, is keyword: Keyword) -> Bool {
        keyword.spellings.contains(word)
    }

    private static let lookup: [String: [Keyword]] = {
        var table: [String: [Keyword]] = [:]
        for keyword in allCases {
            for spelling in keyword.spellings { table[spelling, default: []].append(keyword) }
        }
        return table
    }()
}
