import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// Language-dependent wording shared by agreements and reports: long dates, numerals that
/// agree with their noun (Polish has three plural forms), frequencies and durations.
package struct DocumentPhrases: Sendable {
    package var language: Language

    package init(_ language: Language) {
        self.language = language
    }

    static let polishMonths = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
                               "sierpnia", "września", "października", "listopada", "grudnia"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July",
                                "August", "September", "October", "November", "December"]

    /// "20 sierpnia 2018 r." or "20 August 2018".
    package func date(_ day: Day) -> String {
        let (y, m, d) = day.components
        switch language {
        case .pl: return "\(d) \(Self.polishMonths[m - 1]) \(y) r."
        case .en: return "\(d) \(Self.englishMonths[m - 1]) \(y)"
        }
    }

    /// "od 1 kwietnia 2018 r. do 31 marca 2021 r." / "from 1 April 2018 to 31 March 2021".
    package func period(_ range: DayRange) -> String {
        switch language {
        case .pl: return "od \(date(range.first)) do \(date(range.last))"
        case .en: return "from \(date(range.first)) to \(date(range.last))"
        }
    }

    /// The words around the page number and page count in a document's footer:
    /// "Strona 2 z 5" / "Page 2 of 5".
    var pageOf: (page: String, of: String) {
        switch language {
        case .pl: return ("Strona", "z")
        case .en: return ("Page", "of")
        }
    }

    func unitWord(_ unit: TimeUnit, _ n: Int) -> String {
        switch (language, unit) {
        case (.pl, .day): return PolishPlural.choose(n, "dzień", "dni", "dni")
        case (.pl, .week): return PolishPlural.choose(n, "tydzień", "tygodnie", "tygodni")
        case (.pl, .month): return PolishPlural.choose(n, "miesiąc", "miesiące", "miesięcy")
        case (.pl, .year): return PolishPlural.choose(n, "rok", "lata", "lat")
        case (.en, _): return n == 1 ? unit.rawValue : unit.rawValue + "s"
        }
    }

    /// "3 miesiące", "1 month".
    package func duration(_ duration: TimeSpan) -> String {
        "\(duration.amount) \(unitWord(duration.unit, duration.amount))"
    }

    /// "raz na kwartał", "co 2 miesiące" / "quarterly", "every 2 months".
    package func frequency(_ frequency: Frequency) -> String {
        switch (language, frequency) {
        case (.pl, .weekly): return "raz w tygodniu"
        case (.pl, .monthly): return "raz w miesiącu"
        case (.pl, .quarterly): return "raz na kwartał"
        case (.pl, .yearly): return "raz w roku"
        case (.pl, .every(let d)):
            return d.amount == 1 ? "co \(unitWord(d.unit, 1))" : "co \(self.duration(d))"
        case (.en, .weekly): return "once a week"
        case (.en, .monthly): return "once a month"
        case (.en, .quarterly): return "once a quarter"
        case (.en, .yearly): return "once a year"
        case (.en, .every(let d)):
            return d.amount == 1 ? "every \(d.unit.rawValue)" : "every \(self.duration(d))"
        }
    }

    /// "do 15 osób rocznie" / "up to 15 people a year".
    package func capacity(_ capacity: Capacity) -> String {
        switch language {
        case .pl:
            let people = PolishPlural.choose(capacity.amount, "osoby", "osób", "osób")
            let per = ["year": "rocznie", "month": "miesięcznie", "week": "tygodniowo"][capacity.unit.rawValue]!
            return "do \(capacity.amount) \(people) \(per)"
        case .en:
            return "up to \(capacity.amount) \(capacity.amount == 1 ? "person" : "people") a \(capacity.unit.rawValue)"
        }
    }

    /// The number of copies in words, as used in "w trzech jednobrzmiących egzemplarzach".
    package func copies(_ n: Int) -> String {
        switch language {
        case .pl:
            let words = [2: "dwóch", 3: "trzech", 4: "czterech", 5: "pięciu", 6: "sześciu", 7: "siedmiu",
                         8: "ośmiu", 9: "dziewięciu", 10: "dziesięciu"]
            return words[n] ?? String(n)
        case .en:
            let words = [2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
                         9: "nine", 10: "ten"]
            return words[n] ?? String(n)
        }
    }

    /// "w imieniu którego działa" / "represented by": the person's name follows after a
    /// colon in the nominative, which needs no declension of names coplan cannot inflect.
    package func actingFor(_ party: PolishGender, people: Int) -> String {
        switch language {
        case .en: return "represented by"
        case .pl: return "w imieniu \(party == .feminine ? "której" : "którego") \(people == 1 ? "działa" : "działają")"
        }
    }

    /// "zwany dalej" agreeing with the party's name, which stands in the nominative.
    package func hereinafterCalled(_ party: PolishGender) -> String {
        switch (language, party) {
        case (.en, _): return "hereinafter referred to as"
        case (.pl, .masculine): return "zwany dalej"
        case (.pl, .feminine): return "zwana dalej"
        case (.pl, .neuter): return "zwane dalej"
        }
    }

    /// "art. 2 ust. 2 ustawy z dnia 12 marca 2004 r. o pomocy społecznej" / "Article 2(2) of
    /// the Act of 12 March 2004 on Social Assistance".
    package func citation(_ act: LegalAct, _ title: LegalAct.Title) -> String {
        let name = language == .pl ? title.polish : title.english
        guard let provision = act.provision else { return name }
        return (language == .pl ? provision.polish : provision.english) + " " + name
    }

    /// Plain number with a decimal comma in Polish ("87,5") and a point in English.
    package func number(_ value: Double) -> String {
        NumberText.oneDecimal(value, decimalSeparator: language == .pl ? "," : ".")
    }
}

/// Grammatical gender of a Polish name, guessed from its first word, so that participles
/// agree: "Gmina Leśniowice, reprezentowaną przez …" but "Urząd Gminy, reprezentowanym przez …".
package enum PolishGender: Sendable {
    case masculine, feminine, neuter

    /// Adjectives in -a and nouns in -a (Szkoła, Komenda, Gmina) are feminine, as are a few
    /// soft-stem nouns; -o, -e, -um are neuter; other consonant stems masculine.
    package static func of(_ name: String) -> PolishGender {
        let first = name.split(whereSeparator: { $0 == " " || $0 == "," }).first.map { String($0).lowercased() } ?? ""
        let feminineStems: Set<String> = ["straż", "rada", "izba", "parafia", "gmina", "fundacja", "spółdzielnia"]
        if feminineStems.contains(first) { return .feminine }
        if first.hasSuffix("um") || first.hasSuffix("o") || first.hasSuffix("e") { return .neuter }
        if first.hasSuffix("a") { return .feminine }
        return .masculine
    }
}

extension String {
    /// The name's initials up to the first lowercase word or quoted part: "Gminny Ośrodek Pomocy
    /// Społecznej w Leśniowicach" → "GOPS", "Poradnia Psychologiczno-Pedagogiczna" → "PPP".
    /// Used for "zwanym dalej „GOPS”".
    package var initialism: String {
        var letters = ""
        var afterUnit = false
        for spaced in split(separator: " ") {
            guard let first = spaced.first, first.isLetter, first.isUppercase else { break }
            // "Urząd Gminy Leśniowice" is "UG": after the unit's name comes the place, not a word
            // of the institution's name.
            if afterUnit { break }
            afterUnit = Self.administrativeUnits.contains(String(spaced))
            // A word already in capitals (ROPS, SP, ZOZ) is kept whole; hyphenated words give a
            // letter per part ("Psychologiczno-Pedagogiczna" → "PP").
            if spaced.count > 1, spaced.allSatisfy({ $0.isUppercase || !$0.isLetter }) {
                letters += spaced.filter(\.isLetter)
                continue
            }
            for part in spaced.split(separator: "-") {
                if let initial = part.first, initial.isLetter, initial.isUppercase { letters.append(initial) }
            }
        }
        return letters
    }

    /// Words after which a capitalised word is a place name: "Urząd Gminy Leśniowice",
    /// "Urząd Miasta Działdowo", "Starostwo Powiatu X".
    static let administrativeUnits: Set<String> = ["Gminy", "Miasta", "Powiatu", "Województwa"]
}
