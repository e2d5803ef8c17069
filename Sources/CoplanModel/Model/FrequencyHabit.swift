import CoplanCore
import CoplanSyntax
/// Frequencies as people say them, which a plan does not take: `co miesiąc`, `co roku`,
/// `raz w tygodniu`, `co dwa tygodnie`, `codziennie`, `every month`, `once a week`. Each maps to
/// the frequency meant, so the finding can say exactly what to write (docs/LANGUAGE.md §2:
/// `weekly`, `monthly`, `quarterly`, `yearly` or `every N UNIT`).
enum FrequencyHabit {
    /// The frequency `words` (lower-cased, as written) mean, if they are such a habit.
    static func meaning(of words: [String]) -> Frequency? {
        switch words.count {
        case 1:
            return single[words[0]]
        case 2:
            // co miesiąc, every week, co pół roku is three words
            guard everyWords.contains(words[0]) else { return nil }
            return unit(words[1]).map(fixed)
        case 3:
            if everyWords.contains(words[0]) {
                if words[1] == "pół" || words[1] == "pol", unit(words[2]) == .year { return .every(TimeSpan(amount: 6, unit: .month)) }
                guard let amount = numberWords[words[1]], let unit = unit(words[2]) else { return nil }
                return every(amount, unit)
            }
            // raz w miesiącu, raz na rok, once a week, once per month
            guard onceWords.contains(words[0]), perWords.contains(words[1]), let unit = unit(words[2]) else { return nil }
            return fixed(unit)
        default:
            return nil
        }
    }

    /// How `frequency` is written in a file of `keywords`: `miesięcznie`, `co 2 tygodnie`.
    static func written(_ frequency: Frequency, _ keywords: KeywordLanguage) -> String {
        switch frequency {
        case .weekly: return keywords.canonical(.weekly)
        case .monthly: return keywords.canonical(.monthly)
        case .quarterly: return keywords.canonical(.quarterly)
        case .yearly: return keywords.canonical(.yearly)
        case .every(let span):
            let unit: Keyword
            switch span.unit {
            case .day: unit = .day
            case .week: unit = .week
            case .month: unit = .month
            case .year: unit = .year
            }
            return "\(keywords.canonical(.every)) \(span.amount) \(keywords.canonical(unit, count: span.amount))"
        }
    }

    /// A period word in any case a planner uses after `co`, `raz w` or `raz na`.
    private enum Period { case day, week, month, quarter, year }

    private static func unit(_ word: String) -> Period? {
        switch word {
        case "dzień", "dzien", "dnia", "dniu", "day": return .day
        case "tydzień", "tydzien", "tygodnia", "tygodniu", "week": return .week
        case "miesiąc", "miesiac", "miesiąca", "miesiaca", "miesiącu", "miesiacu", "month": return .month
        case "kwartał", "kwartal", "kwartału", "kwartalu", "kwartale", "quarter": return .quarter
        case "rok", "roku", "year": return .year
        case "kwartały", "kwartaly", "kwartałów", "kwartalow", "quarters": return .quarter
        default:
            // Any spelling of a unit of time (`tygodnie`, `months`): after a number word.
            let units: [(Keyword, Period)] = [(.day, .day), (.week, .week), (.month, .month), (.year, .year)]
            return units.first { Keyword.word(word, is: $0.0) }?.1
        }
    }

    private static func fixed(_ period: Period) -> Frequency {
        switch period {
        case .day: return .every(TimeSpan(amount: 1, unit: .day))
        case .week: return .weekly
        case .month: return .monthly
        case .quarter: return .quarterly
        case .year: return .yearly
        }
    }

    private static func every(_ amount: Int, _ period: Period) -> Frequency {
        switch period {
        case .day: return .every(TimeSpan(amount: amount, unit: .day))
        case .week: return .every(TimeSpan(amount: amount, unit: .week))
        case .month: return .every(TimeSpan(amount: amount, unit: .month))
        case .quarter: return .every(TimeSpan(amount: amount * 3, unit: .month))
        case .year: return .every(TimeSpan(amount: amount, unit: .year))
        }
    }

    private static let everyWords: Set<String> = ["co", "every", "each"]
    private static let onceWords: Set<String> = ["raz", "once"]
    private static let perWords: Set<String> = ["w", "na", "a", "per", "every", "each"]

    /// Number words written where the digits belong (`co dwa tygodnie`).
    private static let numberWords: [String: Int] = [
        "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "piec": 5, "sześć": 6, "szesc": 6,
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    ]

    private static let single: [String: Frequency] = [
        "codziennie": .every(TimeSpan(amount: 1, unit: .day)), "daily": .every(TimeSpan(amount: 1, unit: .day)),
        "cotygodniowo": .weekly,
        "comiesięcznie": .monthly, "comiesiecznie": .monthly,
        "dwutygodniowo": .every(TimeSpan(amount: 2, unit: .week)),
        "biweekly": .every(TimeSpan(amount: 2, unit: .week)), "fortnightly": .every(TimeSpan(amount: 2, unit: .week)),
        "corocznie": .yearly, "annually": .yearly, "annual": .yearly,
        "półrocznie": .every(TimeSpan(amount: 6, unit: .month)), "polrocznie": .every(TimeSpan(amount: 6, unit: .month)),
        "semiannually": .every(TimeSpan(amount: 6, unit: .month)),
    ]
}
