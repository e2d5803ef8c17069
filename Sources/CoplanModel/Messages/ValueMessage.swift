import CoplanCore
import CoplanSyntax
/// The catalog of what the resolver says about attribute values and attributes (E100 for a
/// value of the wrong shape, E101 for a bad value, E102 for an unknown or repeated attribute).
/// Attribute names are shown as the file writes them; code suggested in help is spelled in the
/// file's keyword language (`keywords`), so both renderings carry the same code.
package enum ValueMessage: Sendable, Hashable {
    // MARK: shape
    case followedBy(found: TokenDescription, attribute: String)
    case needsValue(attribute: String)
    case emptyItem(attribute: String)
    case listEndsWithComma(attribute: String)
    case expected(ExpectedValue, attribute: String, found: TokenDescription)
    case missing(ExpectedValue, attribute: String)
    case countTooLarge(attribute: String, written: String, limit: Int)
    case missingDotDot(attribute: String)
    case needsTwoDates(attribute: String, keywords: KeywordLanguage)

    // MARK: closed sets
    case notChoiceValue(written: String, attribute: String, options: [String])
    case notUnitOfTime(written: String, options: [String])
    case notFrequency(written: String, options: [String])
    /// A frequency as a planner says it (`co miesiąc`, `raz w tygodniu`, `every month`).
    case frequencyHabit(written: String)
    case unknownMetric(written: String)
    case metrics(options: [String])
    case percentOnlyForCoverage(metric: String, keywords: KeywordLanguage)
    case unknownRequirement(written: String)
    case requirementForms(keywords: KeywordLanguage)
    case coverageAbove100

    // MARK: composite values
    case notCurrencyCode(written: String)
    case missingCurrency(attribute: String)
    /// `250 000,50 zł`: an amount in Polish style.
    case amountStyle(written: String)
    case capacityNeedsPeriod(attribute: String, amount: String, keywords: KeywordLanguage)
    case capacityUnit(written: String, keywords: KeywordLanguage)
    case expectedSigningPlace(keywords: KeywordLanguage)
    case expectedTeryt(found: TokenDescription)
    case terytNeedsCode
    /// The one thing to write instead: `write `2025-01-01``.
    case write(String)

    // MARK: attributes (E102)
    case givenTwice(attribute: String, declaration: String)
    case keepOne(attribute: String)
    case firstGivenHere
    case unknownAttribute(written: String, kind: DeclarationKind)
    case takesNoAttributes(DeclarationKind)
    case partyLine(party: String, keywords: KeywordLanguage)

    package var text: Text {
        switch self {
        case .followedBy(let found, let attribute):
            return Text(en: "the value of `\(attribute)` is followed by ", pl: "po wartości `\(attribute)` stoi jeszcze ") + found.nominative
        case .needsValue(let attribute):
            return Text(en: "`\(attribute)` needs a value", pl: "atrybut `\(attribute)` nie ma wartości")
        case .emptyItem(let attribute):
            return Text(en: "empty item in the list of `\(attribute)`", pl: "pusta pozycja na liście `\(attribute)`")
        case .listEndsWithComma(let attribute):
            return Text(en: "the list of `\(attribute)` ends with `,`", pl: "lista `\(attribute)` kończy się znakiem `,`")
        case .expected(let what, let attribute, let found):
            return Text(en: "expected ", pl: "po `\(attribute)` oczekiwano ") + what.text
                + Text(en: " after `\(attribute)`, found ", pl: ", znaleziono ") + found.accusative
        case .missing(let what, let attribute):
            return Text(en: "`\(attribute)` needs ", pl: "brak ") + what.text + Text(en: "", pl: " po `\(attribute)`")
        case .countTooLarge(let attribute, let written, let limit):
            return Text(en: "`\(attribute)` must be a whole number below \(NumberText.count(limit, in: .en)), not `\(written)`",
                        pl: "`\(attribute)` musi być liczbą całkowitą mniejszą niż \(NumberText.count(limit, in: .pl)), a nie `\(written)`")
        case .missingDotDot(let attribute):
            return Text(en: "expected `..` between the two dates of `\(attribute)`", pl: "brak `..` między dwiema datami `\(attribute)`")
        case .needsTwoDates(let attribute, let keywords):
            let form = keywords == .polish ? "`OD .. DO`" : "`FIRST .. LAST`"
            return Text(en: "`\(attribute)` needs two dates: \(form)", pl: "`\(attribute)` wymaga dwóch dat: \(form)")
        case .notChoiceValue(let written, let attribute, let options):
            return Text(en: "`\(written)` is not a valid value of `\(attribute)` (one of ",
                        pl: "`\(written)` nie jest dozwoloną wartością `\(attribute)` (dozwolone: ") + Self.alternatives(options) + ")"
        case .notUnitOfTime(let written, let options):
            return Text(en: "`\(written)` is not a unit of time (", pl: "`\(written)` nie jest jednostką czasu (") + Self.alternatives(options) + ")"
        case .notFrequency(let written, let options):
            return Text(en: "`\(written)` is not a frequency (", pl: "`\(written)` nie jest częstotliwością (") + Self.alternatives(options) + ")"
        case .frequencyHabit(let written):
            return Text(en: "`\(written)` is not how a plan writes a frequency", pl: "`\(written)` nie jest zapisem częstotliwości w planie")
        case .unknownMetric(let written):
            return Text(en: "unknown metric `\(written)`", pl: "nieznana miara `\(written)`")
        case .metrics(let options):
            return Text(en: "the metrics are ", pl: "dostępne miary: ") + Self.alternatives(options)
        case .percentOnlyForCoverage(let metric, let keywords):
            let coverage = keywords.canonical(.coverage)
            return Text(en: "only `\(coverage)` is a percentage; `\(metric)` counts",
                        pl: "wartością procentową jest tylko `\(coverage)`; `\(metric)` podaje się jako liczbę")
        case .unknownRequirement(let written):
            return Text(en: "unknown requirement `\(written)`", pl: "nieznane wymaganie `\(written)`")
        case .requirementForms(let keywords):
            let role = keywords == .polish ? "lider" : "lead"
            let forms = ["`\(keywords.canonical(.sectors)) …`", "`\(keywords.canonical(.roles)) \(role) >= 1, …`", "`\(keywords.canonical(.coverage)) 90%`"]
            return Text(en: "`\(keywords.canonical(.require))` takes ", pl: "`\(keywords.canonical(.require))` przyjmuje ") + Self.alternatives(forms)
        case .coverageAbove100:
            return Text(en: "coverage cannot exceed 100%", pl: "pokrycie nie może przekroczyć 100%")
        case .notCurrencyCode(let written):
            return Text(en: "`\(written)` is not an ISO 4217 currency code", pl: "`\(written)` nie jest kodem waluty ISO 4217")
        case .missingCurrency(let attribute):
            return Text(en: "`\(attribute)` needs a currency code after the amount", pl: "brak kodu waluty po kwocie w `\(attribute)`")
        case .amountStyle(let written):
            return Text(en: "amount `\(written)` must use `.` for decimals, `_` between thousands and a currency code",
                        pl: "kwota `\(written)` musi mieć `.` przed częścią dziesiętną, `_` między tysiącami i kod waluty")
        case .capacityNeedsPeriod(let attribute, let amount, let keywords):
            let per = keywords.canonical(.per)
            let periods = "`\(amount) \(per) \(keywords.canonical(.year))`"
            return Text(en: "`\(attribute)` needs a period: \(periods), `\(per) \(keywords.canonical(.month))` or `\(per) \(keywords.canonical(.week))`",
                        pl: "`\(attribute)` wymaga okresu: \(periods), `\(per) \(keywords.canonical(.month))` lub `\(per) \(keywords.canonical(.week))`")
        case .capacityUnit(let written, let keywords):
            let units = Self.alternatives([Keyword.year, .month, .week].map { Self.bothSpellings($0, keywords) })
            return Text(en: "capacity is counted per ", pl: "pojemność liczy się na ") + units
                + Text(en: ", not `\(written)`", pl: ", a nie na `\(written)`")
        case .expectedSigningPlace(let keywords):
            return Text(en: "expected `\(keywords.canonical(.at)) \"…\"` after the date of signing",
                        pl: "po dacie podpisania oczekiwano `\(keywords.canonical(.at)) \"…\"`")
        case .expectedTeryt(let found):
            return Text(en: "expected `teryt \"…\"` after the territory's name, found ",
                        pl: "po nazwie terytorium oczekiwano `teryt \"…\"`, znaleziono ") + found.accusative
        case .terytNeedsCode:
            return Text(en: "`teryt` needs a code in quotes", pl: "brak kodu w cudzysłowie po `teryt`")
        case .write(let replacement):
            return Text(en: "write `\(replacement)`", pl: "wpisz `\(replacement)`")
        case .givenTwice(let attribute, let declaration):
            return Text(en: "`\(attribute)` is given twice in `\(declaration)`", pl: "atrybut `\(attribute)` powtarza się w `\(declaration)`")
        case .keepOne(let attribute):
            return Text(en: "keep one `\(attribute)` line", pl: "zostaw jeden wiersz `\(attribute)`")
        case .firstGivenHere:
            return Text(en: "first given here", pl: "tu podano go po raz pierwszy")
        case .unknownAttribute(let written, let kind):
            return Text(en: "unknown attribute `\(written)` for \(kind.article)", pl: "nieznany atrybut `\(written)` \(kind.polishNoun(.genitive))")
        case .takesNoAttributes(let kind):
            return Text(en: "\(kind.article) takes no attributes", pl: "\(kind.polishNoun()) nie przyjmuje atrybutów")
        case .partyLine(let party, let keywords):
            let service = keywords == .polish ? "USŁUGA" : "SERVICE"
            let forms = "`\(party) \(keywords.canonical(.provides)) \(service)`"
            let commits = "`\(party) \(keywords.canonical(.commits)) \"…\"`"
            return Text(en: "a party's line reads \(forms) or \(commits)", pl: "wiersz strony ma postać \(forms) albo \(commits)")
        }
    }

    /// `a, b or c`, `a, b lub c`.
    package static func alternatives(_ options: [String]) -> Text {
        guard options.count > 1 else { return Text(verbatim: options.first ?? "") }
        let head = options.dropLast().joined(separator: ", ")
        return Text(en: "\(head) or \(options.last!)", pl: "\(head) lub \(options.last!)")
    }

    /// A keyword in the file's language, then in the other: `` `miesiąc`/`month` ``. `count` is
    /// the number a unit agrees with (`3 miesiące`).
    package static func bothSpellings(_ keyword: Keyword, _ keywords: KeywordLanguage, count: Int? = nil) -> String {
        let other: KeywordLanguage = keywords == .polish ? .english : .polish
        let first = keywords.canonical(keyword, count: count), second = other.canonical(keyword, count: count)
        return first == second ? "`\(first)`" : "`\(first)`/`\(second)`"
    }
}
