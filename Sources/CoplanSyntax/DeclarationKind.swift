import CoplanCore

/// The kinds of declaration a `.plan` file can hold. A closed set: every switch over it is
/// exhaustive, so a new kind does not compile until each stage says what it does with it.
/// Spellings stay in `Keyword` (one table of words); this is what a declaration *is*.
package enum DeclarationKind: String, CaseIterable, Sendable, Hashable {
    case plan, sector, partner, person, role, need, group, service, agreement, team, goal

    /// The word that starts such a declaration.
    package var keyword: Keyword {
        switch self {
        case .plan: return .plan
        case .sector: return .sector
        case .partner: return .partner
        case .person: return .person
        case .role: return .role
        case .need: return .need
        case .group: return .group
        case .service: return .service
        case .agreement: return .agreement
        case .team: return .team
        case .goal: return .goal
        }
    }

    /// The kind a declaration's first word names, by its number when it has one.
    package init?(word: Word) {
        guard let keywords = Keyword.spelled(by: word.id) else { self.init(word: word.text); return }
        guard let kind = keywords.lazy.compactMap(Self.init(keyword:)).first else { return nil }
        self = kind
    }

    /// The kind whose declarations `keyword` starts.
    package init?(keyword: Keyword) {
        guard let kind = Self.allCases.first(where: { $0.keyword == keyword }) else { return nil }
        self = kind
    }

    /// The kind a declaration's first word names, in either language.
    package init?(word: String) {
        guard let number = Self.byWord.number(of: word) else { return nil }
        self = Self.kindOfWord[number]
    }

    /// The kind's place in `allCases`, for tables indexed by kind.
    package var ordinal: Int {
        switch self {
        case .plan: return 0
        case .sector: return 1
        case .partner: return 2
        case .person: return 3
        case .role: return 4
        case .need: return 5
        case .group: return 6
        case .service: return 7
        case .agreement: return 8
        case .team: return 9
        case .goal: return 10
        }
    }

    /// Every spelling of every kind's keyword, numbered, and the kind of each number.
    private static let (byWord, kindOfWord): (NameIndex, [DeclarationKind]) = {
        var table = NameIndex()
        var kinds: [DeclarationKind] = []
        for kind in allCases {
            for spelling in kind.keyword.spellings where table.number(of: spelling) == nil {
                table.add(spelling)
                kinds.append(kind)
            }
        }
        return (table, kinds)
    }()

    /// Every spelling of the word that starts the declaration, English first.
    package var spellings: [String] { keyword.spellings }
    package var english: String { keyword.english }
    package var polish: String { keyword.polish }

    /// The kind's name in messages ("a partner", "an agreement").
    package var article: String {
        switch self {
        case .agreement: return "an agreement"
        default: return "a \(english)"
        }
    }

    /// Plural words for `:list` (English first, then Polish with and without diacritics).
    package var plurals: [String] {
        switch self {
        case .plan: return ["plans", "plany"]
        case .sector: return ["sectors", "sektory"]
        case .role: return ["roles", "role"]
        case .partner: return ["partners", "podmioty"]
        case .person: return ["people", "persons", "osoby"]
        case .need: return ["needs", "potrzeby"]
        case .group: return ["groups", "grupy"]
        case .service: return ["services", "usługi", "uslugi"]
        case .agreement: return ["agreements", "porozumienia"]
        case .team: return ["teams", "zespoły", "zespoly"]
        case .goal: return ["goals", "cele"]
        }
    }
}
