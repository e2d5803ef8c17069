import CoplanSyntax

/// What an attribute's value looks like. The resolver's reader, the formatter's keyword
/// respelling, completion and the language reference all read it, so a value's form is
/// described once.
package enum ValueShape: Sendable, Equatable {
    /// One name of a declaration of that kind (`by gops`).
    case name(DeclarationKind)
    /// A comma-separated list of names of that kind (`parties gops, pup`).
    case names(DeclarationKind)
    /// Text in quotes (`title "Kierownik"`).
    case text
    /// A registry number, in quotes or as digits (`regon "110201992"`).
    case code
    /// `YYYY-MM-DD .. YYYY-MM-DD`
    case period
    /// A whole number (`size 120`).
    case count
    /// `12_893_583.46 PLN`
    case money
    /// `gmina "Leśniowice" teryt "0603062"`
    case territory
    /// One word of a closed set (`level gmina`).
    case choice(ChoiceSet)
    /// No value: the word alone says it (`signs`).
    case flag
    /// `15 per year|month|week`
    case capacity
    /// `DATE [at "place"]`
    case signing
    /// `weekly|monthly|quarterly|yearly` or `every N days|weeks|months|years`
    case frequency
    /// `N days|weeks|months|years`
    case duration
    /// `sectors NAME, …` | `roles ROLE OP N, …` | `coverage N%`
    case requirement
    /// `METRIC OP VALUE`
    case indicator
    /// A built-in template's name or a path in quotes.
    case template

    /// The kind of declaration the value names, when it names one.
    package var referencedKind: DeclarationKind? {
        switch self {
        case .name(let kind), .names(let kind): return kind
        case .text, .code, .period, .count, .money, .territory, .choice, .flag, .capacity, .signing,
             .frequency, .duration, .requirement, .indicator, .template:
            return nil
        }
    }

    /// The value's form as the language reference writes it.
    package var written: String {
        switch self {
        case .name(let kind): return kind.english.uppercased()
        case .names(let kind): return "\(kind.english.uppercased()), …"
        case .text: return "\"text\""
        case .code: return "\"digits\""
        case .period: return "YYYY-MM-DD .. YYYY-MM-DD"
        case .count: return "N"
        case .money: return "AMOUNT CUR"
        case .territory: return "KIND \"name\" [teryt \"code\"]"
        case .choice(let set): return set.values.joined(separator: " | ")
        case .flag: return "(no value)"
        case .capacity: return "N per year|month|week"
        case .signing: return "YYYY-MM-DD [at \"place\"]"
        case .frequency: return "weekly | monthly | quarterly | yearly | every N UNIT"
        case .duration: return "N days|weeks|months|years"
        case .requirement: return "sectors SECTOR, … | roles ROLE OP N, … | coverage N%"
        case .indicator: return "METRIC OP N"
        case .template: return "NAME | \"path\""
        }
    }

    /// Which of the value's words are keywords: at atom `position`, one of `candidates`.
    /// The formatter respells them in the file's language (a unit agreeing with the number
    /// at `countAt`, or singular when `singular`); completion offers them. `isWord(i, k)`
    /// tells whether atom `i` spells `k`, for slots that depend on an earlier word.
    package func keywordSlots(isWord: (Int, Keyword) -> Bool) -> [KeywordSlot] {
        let units: [Keyword] = [.day, .week, .month, .year]
        switch self {
        case .requirement:
            return [KeywordSlot(0, [.sectors, .roles, .coverage])]
        case .capacity:
            return [KeywordSlot(1, [.per]), KeywordSlot(2, [.year, .month, .week], singular: true)]
        case .signing:
            return [KeywordSlot(1, [.at])]
        case .frequency:
            let first = KeywordSlot(0, Frequency.keywords)
            return isWord(0, .every) ? [first, KeywordSlot(2, units, countAt: 1)] : [first]
        case .duration:
            return [KeywordSlot(1, units, countAt: 0)]
        case .indicator:
            return [KeywordSlot(0, Metric.allCases.map(\.keyword))]
        case .name, .names, .text, .code, .period, .count, .money, .territory, .choice, .flag, .template:
            return []
        }
    }
}

/// A position in an attribute's value where a keyword stands (`ValueShape.keywordSlots`).
package struct KeywordSlot: Sendable, Equatable {
    package var position: Int
    package var candidates: [Keyword]
    /// The atom holding the number a duration unit agrees with (`2 weeks`, `1 week`).
    package var countAt: Int?
    /// The unit is always singular (`per year`).
    package var singular: Bool

    package init(_ position: Int, _ candidates: [Keyword], countAt: Int? = nil, singular: Bool = false) {
        self.position = position
        self.candidates = candidates
        self.countAt = countAt
        self.singular = singular
    }
}
