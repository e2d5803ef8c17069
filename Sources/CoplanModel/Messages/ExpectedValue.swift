import CoplanCore
import CoplanSyntax
/// What a reader expected where a value was missing or of the wrong shape: the "X" of
/// "expected X after `size`" and "`size` needs X". Polish puts it in the genitive after both
/// "oczekiwano" and "brak", so one Polish form serves both sentences.
package enum ExpectedValue: Sendable, Hashable {
    case string
    case wholeNumber
    case date
    case period
    case name
    case nameOf(DeclarationKind)
    /// One of a closed set, listed with both spellings.
    case choice(options: [String])
    case code
    case comparison
    case unitOfTime(options: [String])
    case frequency(options: [String])
    case territoryKind
    case territoryName
    case amount
    case percentage
    case template
    case requirement(keywords: KeywordLanguage)
    case metric(options: [String])
    case target

    package var text: Text {
        switch self {
        case .string: return Text(en: "a string", pl: "tekstu w cudzysłowie")
        case .wholeNumber: return Text(en: "a whole number", pl: "liczby całkowitej")
        case .date: return Text(en: "a date (YYYY-MM-DD)", pl: "daty (RRRR-MM-DD)")
        case .period: return Text(en: "a period (YYYY-MM-DD .. YYYY-MM-DD)", pl: "okresu (RRRR-MM-DD .. RRRR-MM-DD)")
        case .name: return Text(en: "a name", pl: "nazwy")
        case .nameOf(let kind): return Text(en: "\(kind.article) name", pl: "nazwy \(kind.polishNoun(.genitive))")
        case .choice(let options):
            return Text(en: "one of ", pl: "jednej z wartości ") + ValueMessage.alternatives(options)
        case .code: return Text(en: "a number in quotes", pl: "numeru w cudzysłowie")
        case .comparison:
            return Text(en: "a comparison (`=`, `>=`, `<=`, `>`, `<`)", pl: "porównania (`=`, `>=`, `<=`, `>`, `<`)")
        case .unitOfTime(let options):
            return Text(en: "a unit of time (", pl: "jednostki czasu (") + ValueMessage.alternatives(options) + ")"
        case .frequency(let options):
            return Text(en: "a frequency (", pl: "częstotliwości (") + ValueMessage.alternatives(options) + ")"
        case .territoryKind:
            return Text(en: "a kind of territory (`gmina`, `powiat`, `wojewodztwo`)", pl: "rodzaju terytorium (`gmina`, `powiat`, `wojewodztwo`)")
        case .territoryName: return Text(en: "the territory's name in quotes", pl: "nazwy terytorium w cudzysłowie")
        case .amount: return Text(en: "an amount such as `12_500.00 PLN`", pl: "kwoty, np. `12_500.00 PLN`")
        case .percentage: return Text(en: "a percentage such as `90%`", pl: "wartości procentowej, np. `90%`")
        case .template: return Text(en: "a template name or a path in quotes", pl: "nazwy szablonu albo ścieżki w cudzysłowie")
        case .requirement(let keywords):
            return ValueMessage.alternatives([Keyword.sectors, .roles, .coverage].map { ValueMessage.bothSpellings($0, keywords) })
        case .metric(let options):
            return Text(en: "a metric (", pl: "miary (") + ValueMessage.alternatives(options) + ")"
        case .target: return Text(en: "a target number", pl: "wartości docelowej")
        }
    }
}
