import CoplanKit

/// Every sentence the language server writes itself (hover, inlay hints, code action titles,
/// rename refusals), in Polish and English; findings come with their own catalogs. Rendered in
/// the server's `language`; the `switch` has no `default:`.
enum LSPMessage: Sendable, Hashable {
    // hover
    case sector
    case inNoAgreement
    case agreements
    case noPeriod
    case groupSize(Int)
    case noNeedsToCover
    case coverage
    case needsFullyCovered(full: Int, of: Int)
    case gaps
    case uncovered
    case partlyCovered
    case period
    case parties
    case coveredNeeds(String)
    case ofGroups(String)
    case coversNoService
    case covers

    // inlay hints
    case startsIn(days: Int)
    case expiredAgo(days: Int)
    case endsToday
    case daysLeft(days: Int)

    // code actions
    case replaceWith(String)
    case addParty(String)
    case addSigns(person: String)
    case removeStaleSuppression
    case silenceOnLine(code: String)

    // rename
    case standardNameCannotBeRenamed(String)
    case notAValidName(String)
    case alreadyDeclared(String)

    var text: Text {
        switch self {
        case .sector: return Text(en: "sector", pl: "sektor")
        case .inNoAgreement: return Text(en: "in no agreement", pl: "nie jest stroną żadnego porozumienia")
        case .agreements: return Text(en: "agreements", pl: "porozumienia")
        case .noPeriod: return Text(en: "no period", pl: "bez okresu")
        case .groupSize(let size):
            return Text(en: ", size \(size)", pl: ", liczebność \(NumberText.count(size, in: .pl))")
        case .noNeedsToCover: return Text(en: "no needs to cover", pl: "brak potrzeb do pokrycia")
        case .coverage: return Text(en: "coverage", pl: "pokrycie")
        case .needsFullyCovered(let full, let of):
            return Text(en: " (\(full) of \(of) needs fully covered)", pl: " (w pełni pokryte potrzeby: \(full) z \(of))")
        case .gaps: return Text(en: "gaps", pl: "luki")
        case .uncovered: return Text(en: "uncovered", pl: "niepokryta")
        case .partlyCovered: return Text(en: "partly covered", pl: "pokryta częściowo")
        case .period: return Text(en: "period", pl: "okres")
        case .parties: return Text(en: "parties", pl: "strony")
        case .coveredNeeds(let needs): return Text(en: ": needs \(needs)", pl: ": potrzeby \(needs)")
        case .ofGroups(let groups): return Text(en: " of \(groups)", pl: " grup \(groups)")
        case .coversNoService: return Text(en: "covers no service", pl: "nie obejmuje żadnej usługi")
        case .covers: return Text(en: "covers", pl: "obejmuje")

        case .startsIn(let days):
            return Text(en: "starts in ", pl: "zaczyna się za ") + Self.dayCount(days)
        case .expiredAgo(let days):
            return Text(en: "expired ", pl: "wygasło ") + Self.dayCount(days) + Text(en: " ago", pl: " temu")
        case .endsToday: return Text(en: "ends today", pl: "kończy się dziś")
        case .daysLeft(let days):
            return Text(en: "\(Self.dayCount(days).en) left", pl: "zostało \(Self.dayCount(days).pl)")

        case .replaceWith(let suggestion): return Text(en: "Replace with `\(suggestion)`", pl: "Zamień na `\(suggestion)`")
        case .addParty(let party): return Text(en: "Add `\(party)` to the parties", pl: "Dodaj `\(party)` do stron")
        case .addSigns(let person):
            return Text(en: "Add `\(Keyword.signs.english)` to `\(person)`", pl: "Dodaj `\(Keyword.signs.polish)` do `\(person)`")
        case .removeStaleSuppression: return Text(en: "Remove the stale suppression", pl: "Usuń zbędne wyciszenie")
        case .silenceOnLine(let code): return Text(en: "Silence \(code) on this line", pl: "Wycisz \(code) w tym wierszu")

        case .standardNameCannotBeRenamed(let name):
            return Text(en: "`\(name)` is a standard name and cannot be renamed", pl: "`\(name)` to nazwa standardowa i nie można jej zmienić")
        case .notAValidName(let name): return Text(en: "`\(name)` is not a valid name", pl: "`\(name)` nie jest poprawną nazwą")
        case .alreadyDeclared(let name): return Text(en: "`\(name)` is already declared", pl: "nazwa `\(name)` jest już zadeklarowana")
        }
    }

    /// "1 day", "5 days"; "1 dzień", "5 dni".
    static func dayCount(_ count: Int) -> Text {
        Text(en: "\(count) day\(count == 1 ? "" : "s")",
             pl: "\(NumberText.count(count, in: .pl)) \(PolishPlural.choose(count, "dzień", "dni", "dni"))")
    }
}
