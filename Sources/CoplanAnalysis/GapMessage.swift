import CoplanCore
import CoplanSyntax
import CoplanModel

/// The catalog of the gap findings (G500–G505): messages, help and notes in both languages.
/// A pair is the subject of its findings ("need `x` of group `y`", "potrzeba `x` grupy `y`"),
/// so the Polish sentences agree with the feminine "potrzeba". Keywords in help are spelled in
/// the file's own keyword language (`keywords`), the same in both renderings.
package enum GapMessage: Sendable, Hashable {
    /// Why an uncovered pair has no coverage at all (G500).
    package enum Uncovered: Sendable, Hashable {
        /// No service lists the group in `for` and the need in `meets`.
        case noService(group: String, need: String)
        /// Under a what-if: every service meeting it is run by a withdrawn partner.
        case runByWithdrawn(withdrawn: [String])
        /// Services meet it but no agreement provides any of them.
        case notProvided(services: [String])
        /// Under a what-if: every agreement providing them has a withdrawn party.
        case voidWithout(services: [String], withdrawn: [String])
        /// Agreements provide them but none is in force on the analysed days.
        case notInForce(services: [String], day: Day?)
    }

    /// A partner that alone would take covered days away (G504), with how many.
    package struct CriticalDays: Sendable, Hashable {
        package var partner: String
        package var days: Int

        package init(partner: String, days: Int) {
            self.partner = partner
            self.days = days
        }
    }

    // G500
    case uncovered(need: String, group: String, day: Day?, reason: Uncovered)
    case declareServiceHelp(group: String, need: String, keywords: KeywordLanguage)
    case addProvidesHelp(partner: String, service: String, keywords: KeywordLanguage)
    case provideUnderAgreementHelp
    case provideBetweenOthersHelp
    case extendToPlanPeriodHelp(keywords: KeywordLanguage)
    // G502
    case uncoveredRange(need: String, group: String, range: DayRange, reason: Text?)
    case uncoveredDays(need: String, group: String, days: Int, ranges: [DayRange], more: Int)
    /// Why a range is uncovered: an agreement ending the day before and/or one starting after.
    case rangeReason(ending: String?, endsOn: Day, starting: String?, startsOn: Day)
    /// A note: the first day of an uncovered range and why.
    case rangeNote(first: Day, reason: Text)
    case extendOrProvideHelp(keywords: KeywordLanguage)
    // G503
    case capacityShort(need: String, group: String, capacity: Int, size: Int, shortfall: Int)
    case serviceCapacity(service: String, capacity: Capacity?, keywords: KeywordLanguage)
    case raiseCapacityHelp(keywords: KeywordLanguage)
    // G504
    case dependsOnOne(need: String, group: String, partner: String, days: [DayRange])
    case dependsOnAnyOf(need: String, group: String, partners: [String], days: [DayRange])
    case losesDaysWithout(need: String, group: String, partners: [CriticalDays])
    case avoidPartnersHelp(partners: [String])
    // G501
    case sectorWithoutPartner(sector: String, day: Day?)
    case addSectorPartnerHelp(sector: String, keywords: KeywordLanguage)
    case makePartyHelp(candidates: [String])
    // G505
    case indicatorMissed(goal: String, metric: String, value: Double, comparison: String, target: Double, percent: Bool)
    case coverageBelowRequired(percent: Double, required: Double)
    case coverageRequiredHelp(keywords: KeywordLanguage)

    package var text: Text {
        switch self {
        case .uncovered(let need, let group, let day, let reason):
            let pair = Self.pair(need: need, group: group)
            return Text(en: "\(pair.en) is not covered \(day.map { "on \($0)" } ?? "on any day of the plan period"): ",
                        pl: "\(pair.pl) nie jest pokryta \(day.map { "w dniu \($0)" } ?? "w żadnym dniu okresu planu"): ")
                + Self.text(reason)
        case .declareServiceHelp(let group, let need, let keywords):
            let forGroup = "`\(keywords.canonical(.for)) \(group)`", meetsNeed = "`\(keywords.canonical(.meets)) \(need)`"
            return Text(en: "declare a service with \(forGroup) and \(meetsNeed), and provide it under an agreement",
                        pl: "dodaj usługę z \(forGroup) oraz \(meetsNeed) i zapewnij ją w ramach porozumienia")
        case .addProvidesHelp(let partner, let service, let keywords):
            let line = "`\(partner) \(keywords.canonical(.provides)) \(service)`"
            return Text(en: "add \(line) to an agreement of `\(partner)`",
                        pl: "dodaj \(line) do porozumienia, którego stroną jest `\(partner)`")
        case .provideUnderAgreementHelp:
            return Text(en: "provide it under an agreement", pl: "zapewnij tę usługę w ramach porozumienia")
        case .provideBetweenOthersHelp:
            return Text(en: "provide it under an agreement between other partners",
                        pl: "zapewnij tę usługę w porozumieniu między innymi podmiotami")
        case .extendToPlanPeriodHelp(let keywords):
            let period = "`\(keywords.canonical(.period))`"
            return Text(en: "extend the agreement's \(period) to cover the plan period",
                        pl: "wydłuż \(period) porozumienia, tak aby obejmował okres planu")

        case .uncoveredRange(let need, let group, let range, let reason):
            let pair = Self.pair(need: need, group: group)
            return Text(en: "\(pair.en) is uncovered \(Self.span(range).en)", pl: "\(pair.pl) nie jest pokryta \(Self.during(range).pl)")
                + (reason.map { Text(verbatim: " — ") + $0 } ?? Text(verbatim: ""))
        case .uncoveredDays(let need, let group, let days, let ranges, let more):
            let pair = Self.pair(need: need, group: group)
            let listed = ranges.map(\.description).joined(separator: ", ")
            return Text(en: "\(pair.en) is uncovered on \(Self.days(days).en): \(listed)" + (more > 0 ? " and \(more) more range\(more == 1 ? "" : "s")" : ""),
                        pl: "\(pair.pl) nie jest pokryta przez \(Self.days(days).pl): \(listed)"
                            + (more > 0 ? " i jeszcze \(more) \(PolishPlural.choose(more, "okres", "okresy", "okresów"))" : ""))
        case .rangeReason(let ending, let endsOn, let starting, let startsOn):
            var parts: [Text] = []
            if let ending { parts.append(Text(en: "agreement `\(ending)` ends \(endsOn)", pl: "porozumienie `\(ending)` obowiązuje do \(endsOn)")) }
            if let starting { parts.append(Text(en: "agreement `\(starting)` starts \(startsOn)", pl: "porozumienie `\(starting)` obowiązuje od \(startsOn)")) }
            return parts.count == 2 ? parts[0] + Text(en: " and ", pl: " i ") + parts[1] : parts.first ?? Text(verbatim: "")
        case .rangeNote(let first, let reason):
            return Text(verbatim: "\(first): ") + reason
        case .extendOrProvideHelp(let keywords):
            let period = "`\(keywords.canonical(.period))`"
            return Text(en: "extend an agreement's \(period) or provide a service for these days under another agreement",
                        pl: "wydłuż \(period) porozumienia lub zapewnij usługę na te dni w innym porozumieniu")

        case .capacityShort(let need, let group, let capacity, let size, let shortfall):
            let pair = Self.pair(need: need, group: group)
            let en = "\(pair.en) has capacity for \(NumberText.count(capacity, in: .en)) \(capacity == 1 ? "person" : "people") a year; "
                + "the group has \(NumberText.count(size, in: .en)) (\(NumberText.count(shortfall, in: .en)) short)"
            let pl = "\(pair.pl) ma zapewnione miejsca dla \(NumberText.count(capacity, in: .pl)) \(PolishPlural.choose(capacity, "osoby", "osób", "osób")) rocznie, "
                + "a grupa liczy \(Self.people(size)) (brakuje \(Self.places(shortfall)))"
            return Text(en: en, pl: pl)
        case .serviceCapacity(let service, let capacity, let keywords):
            guard let capacity else {
                let word = "`\(keywords.canonical(.capacity))`"
                return Text(en: "`\(service)` gives no \(word)", pl: "usługa `\(service)` nie ma atrybutu \(word)")
            }
            let amount = (en: NumberText.count(capacity.amount, in: .en), pl: NumberText.count(capacity.amount, in: .pl))
            let yearly = (en: NumberText.count(capacity.yearly, in: .en), pl: NumberText.count(capacity.yearly, in: .pl))
            let polishPeople = PolishPlural.choose(capacity.amount, "osobę", "osoby", "osób")
            switch capacity.unit {
            case .year:
                return Text(en: "`\(service)` serves \(amount.en) a year", pl: "usługa `\(service)` obejmuje \(amount.pl) \(polishPeople) rocznie")
            case .month, .week:
                let per = capacity.unit == .month ? (en: "month", pl: "miesięcznie") : (en: "week", pl: "tygodniowo")
                return Text(en: "`\(service)` serves \(amount.en) a \(per.en) (\(yearly.en) a year)",
                            pl: "usługa `\(service)` obejmuje \(amount.pl) \(polishPeople) \(per.pl) (\(yearly.pl) rocznie)")
            }
        case .raiseCapacityHelp(let keywords):
            let word = "`\(keywords.canonical(.capacity))`"
            return Text(en: "raise a service's \(word) or provide another service for this need",
                        pl: "zwiększ \(word) usługi lub zapewnij inną usługę dla tej potrzeby")

        case .dependsOnOne(let need, let group, let partner, let days):
            let pair = Self.pair(need: need, group: group), when = Self.when(days)
            return Text(en: "\(pair.en) depends on one partner: without `\(partner)` it is uncovered \(when.en)",
                        pl: "\(pair.pl) zależy od jednego podmiotu: bez `\(partner)` nie jest pokryta \(when.pl)")
        case .dependsOnAnyOf(let need, let group, let partners, let days):
            let pair = Self.pair(need: need, group: group), when = Self.when(days), names = Self.list(partners)
            return Text(en: "\(pair.en) depends on single partners: without any one of \(names) it is uncovered \(when.en)",
                        pl: "\(pair.pl) zależy od pojedynczych podmiotów: bez któregokolwiek z podmiotów \(names) nie jest pokryta \(when.pl)")
        case .losesDaysWithout(let need, let group, let partners):
            let pair = Self.pair(need: need, group: group)
            let en = partners.map { "`\($0.partner)` (\(Self.days($0.days).en))" }.joined(separator: ", ")
            let pl = partners.map { "`\($0.partner)` (\(Self.days($0.days).pl))" }.joined(separator: ", ")
            return Text(en: "\(pair.en) depends on single partners: it loses covered days without any one of \(en)",
                        pl: "\(pair.pl) zależy od pojedynczych podmiotów: traci dni pokrycia bez któregokolwiek z nich: \(pl)")
        case .avoidPartnersHelp(let partners):
            if partners.count == 1 {
                return Text(en: "provide a service for it under another agreement that does not involve `\(partners[0])`",
                            pl: "zapewnij usługę dla tej potrzeby w innym porozumieniu, którego stroną nie jest `\(partners[0])`")
            }
            return Text(en: "provide a service for it under another agreement that does not involve these partners",
                        pl: "zapewnij usługę dla tej potrzeby w innym porozumieniu, którego stronami nie są te podmioty")

        case .sectorWithoutPartner(let sector, let day):
            return Text(en: "required sector `\(sector)` has no partner in an agreement in force \(day.map { "on \($0)" } ?? "during the plan period")",
                        pl: "żaden podmiot wymaganego sektora `\(sector)` nie jest stroną porozumienia obowiązującego \(day.map { "w dniu \($0)" } ?? "w okresie planu")")
        case .addSectorPartnerHelp(let sector, let keywords):
            let line = "`\(keywords.canonical(.sector)) \(sector)`"
            return Text(en: "add a partner with \(line) and make it a party of an agreement",
                        pl: "dodaj podmiot z \(line) i uczyń go stroną porozumienia")
        case .makePartyHelp(let candidates):
            let en = candidates.map { "`\($0)`" }.joined(separator: " or "), pl = candidates.map { "`\($0)`" }.joined(separator: " lub ")
            return Text(en: "make \(en) a party of an agreement in force during the plan",
                        pl: "uczyń \(pl) stroną porozumienia obowiązującego w okresie planu")

        case .indicatorMissed(let goal, let metric, let value, let comparison, let target, let percent):
            func shown(_ number: Double, _ language: Language) -> String {
                percent ? NumberText.percent(number, in: language) : NumberText.plain(number, decimalSeparator: language.decimalSeparator)
            }
            return Text(en: "goal `\(goal)`: `\(metric)` is \(shown(value, .en)); the target is \(comparison) \(shown(target, .en))",
                        pl: "cel `\(goal)`: wskaźnik `\(metric)` wynosi \(shown(value, .pl)) przy wartości docelowej \(comparison) \(shown(target, .pl))")
        case .coverageBelowRequired(let percent, let required):
            return Text(en: "coverage is \(NumberText.percent(percent, in: .en)); the plan requires at least \(NumberText.percent(required, in: .en))",
                        pl: "pokrycie wynosi \(NumberText.percent(percent, in: .pl)), a wymagane jest co najmniej \(NumberText.percent(required, in: .pl))")
        case .coverageRequiredHelp(let keywords):
            let line = "`\(keywords.canonical(.require)) \(keywords.canonical(.coverage))`"
            return Text(en: "\(line) makes this fail the check; close the gaps reported as G500 and G502",
                        pl: "z powodu \(line) sprawdzenie kończy się niepowodzeniem; usuń luki zgłoszone jako G500 i G502")
        }
    }

    /// The subject of every pair finding: "need `x` of group `y`", "potrzeba `x` grupy `y`".
    static func pair(need: String, group: String) -> (en: String, pl: String) {
        ("need `\(need)` of group `\(group)`", "potrzeba `\(need)` grupy `\(group)`")
    }

    static func text(_ reason: Uncovered) -> Text {
        switch reason {
        case .noService(let group, let need):
            return Text(en: "no service for `\(group)` meets `\(need)`",
                        pl: "żadna usługa dla grupy `\(group)` nie zaspokaja potrzeby `\(need)`")
        case .runByWithdrawn(let withdrawn):
            return Text(en: "every service meeting it is run by \(list(withdrawn))",
                        pl: "każdą zaspokajającą ją usługę realizuje " + (withdrawn.count == 1 ? "podmiot " : "któryś z podmiotów ") + list(withdrawn))
        case .notProvided(let services):
            let one = services.count == 1
            return subject(services) + Text(en: " but no agreement provides \(one ? "it" : "them")",
                                            pl: ", ale żadne porozumienie \(one ? "jej" : "ich") nie zapewnia")
        case .voidWithout(let services, let withdrawn):
            let one = services.count == 1
            return subject(services) + Text(en: " but every agreement providing \(one ? "it" : "them") is void without \(list(withdrawn))",
                                            pl: ", ale każde zapewniające \(one ? "ją" : "je") porozumienie traci moc bez "
                                                + (withdrawn.count == 1 ? "podmiotu " : "podmiotów ") + list(withdrawn))
        case .notInForce(let services, let day):
            let one = services.count == 1
            return subject(services) + Text(en: " but no agreement providing \(one ? "it" : "them") is in force \(day.map { "on \($0)" } ?? "during the plan period")",
                                            pl: ", ale żadne zapewniające \(one ? "ją" : "je") porozumienie nie obowiązuje \(day.map { "w dniu \($0)" } ?? "w okresie planu")")
        }
    }

    /// "service `a` meets it", "zaspokaja ją usługa `a`" (the need is "it", "ją").
    static func subject(_ services: [String]) -> Text {
        services.count == 1
            ? Text(en: "service \(list(services)) meets it", pl: "zaspokaja ją usługa \(list(services))")
            : Text(en: "services \(list(services)) meet it", pl: "zaspokajają ją usługi \(list(services))")
    }

    static func list(_ names: [String]) -> String {
        names.map { "`\($0)`" }.joined(separator: ", ")
    }

    /// `121 days`, `121 dni`; `1 day`, `1 dzień`.
    package static func days(_ count: Int) -> (en: String, pl: String) {
        ("\(NumberText.count(count, in: .en)) day\(count == 1 ? "" : "s")",
         "\(NumberText.count(count, in: .pl)) \(PolishPlural.choose(count, "dzień", "dni", "dni"))")
    }

    /// `1 miejsca`, `12 miejsc`: places short, in the genitive ("brakuje 12 miejsc").
    package static func places(_ count: Int) -> String {
        "\(NumberText.count(count, in: .pl)) \(PolishPlural.choose(count, "miejsca", "miejsc", "miejsc"))"
    }

    /// `1 osobę`, `3 osoby`, `120 osób`: how many people a group has (accusative).
    static func people(_ count: Int) -> String {
        "\(NumberText.count(count, in: .pl)) \(PolishPlural.choose(count, "osobę", "osoby", "osób"))"
    }

    /// `2020-12-01 .. 2021-03-31 (121 days)`, `2020-05-01 (1 day)`: a range with its length.
    package static func span(_ range: DayRange) -> Text {
        let length = days(range.count)
        if range.first == range.last { return Text(en: "\(range.first) (\(length.en))", pl: "\(range.first) (\(length.pl))") }
        return Text(en: "\(range) (\(length.en))", pl: "\(range) (\(length.pl))")
    }

    /// When a range is uncovered, after a verb: English spells the range, Polish says
    /// "w okresie 2020-12-01 .. 2021-03-31 (121 dni)" or "w dniu 2020-05-01".
    package static func during(_ range: DayRange) -> Text {
        if range.first == range.last { return Text(en: span(range).en, pl: "w dniu \(range.first)") }
        return Text(en: span(range).en, pl: "w okresie \(span(range).pl)")
    }

    /// One range as `during` says it, several as their day count.
    static func when(_ ranges: [DayRange]) -> Text {
        if ranges.count == 1 { return during(ranges[0]) }
        let count = days(DayRange.dayCount(ranges))
        return Text(en: "on \(count.en)", pl: "przez \(count.pl)")
    }
}
