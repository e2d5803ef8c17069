/// The stable codes of docs/LANGUAGE.md §5. CI users filter and suppress by them, so a code's
/// meaning never changes once shipped; new checks get new codes.
package enum DiagnosticCode: String, CaseIterable, Sendable, Codable, Comparable {
    case E100, E101, E102
    case E200, E201, E202, E203
    case E300, E301, E302, E303, E304, E305, E306, E307
    case W400, W401, W402, W403, W404, W405
    case G500, G501, G502, G503, G504, G505

    /// Stated per code, not read from its first letter: a new code must say how bad it is.
    package var severity: Severity {
        switch self {
        case .E100, .E101, .E102, .E200, .E201, .E202, .E203,
             .E300, .E301, .E302, .E303, .E304, .E305, .E306, .E307:
            return .error
        case .W400, .W401, .W402, .W403, .W404, .W405:
            return .warning
        case .G500, .G501, .G502, .G503, .G504, .G505:
            return .gap
        }
    }

    /// Errors of the syntax and name stages cannot be suppressed (docs/LANGUAGE.md §8).
    package var isSuppressible: Bool {
        switch self {
        case .E100, .E101, .E102, .E200, .E201, .E202, .E203:
            return false
        case .E300, .E301, .E302, .E303, .E304, .E305, .E306, .E307,
             .W400, .W401, .W402, .W403, .W404, .W405,
             .G500, .G501, .G502, .G503, .G504, .G505:
            return true
        }
    }

    /// One line saying what the code means, in both languages: SARIF rule help, `:help` and docs use it.
    package var summaryText: Text {
        Text(en: summary, pl: polishSummary)
    }

    /// The English line of `summaryText`.
    package var summary: String {
        switch self {
        case .E100: return "syntax error (unexpected token, unterminated string or block)"
        case .E101: return "invalid literal: date, number, money, percent, duration or value"
        case .E102: return "attribute unknown for this kind, or a single-valued attribute given twice"
        case .E200: return "unknown name"
        case .E201: return "duplicate name"
        case .E202: return "name of the wrong kind"
        case .E203: return "import not found, import cycle, or import outside the repository root"
        case .E300: return "missing required attribute"
        case .E301: return "agreement with fewer than two parties"
        case .E302: return "a party of an agreement that neither provides nor commits anything"
        case .E303: return "a party provides a service it does not run"
        case .E304: return "a period that ends before it starts"
        case .E305: return "a signatory who may not sign for a party, or a party without a signatory"
        case .E306: return "REGON, NIP, KRS or TERYT that fails its format or checksum"
        case .E307: return "a role count outside what `require roles` demands"
        case .W400: return "partner in no agreement and no team"
        case .W401: return "service that no agreement provides"
        case .W402: return "agreement signed after its period starts"
        case .W403: return "a suppression comment that suppresses nothing"
        case .W404: return "agreement whose period does not overlap the plan period"
        case .W405: return "agreement whose period runs past the repeal of an act it is concluded under"
        case .G500: return "uncovered pair: no agreed service meets this need of this group"
        case .G501: return "required sector with no partner in an active agreement"
        case .G502: return "time gap: a pair covered only on part of the plan period"
        case .G503: return "capacity shortfall for a pair"
        case .G504: return "single point of failure: one partner is critical for a pair"
        case .G505: return "goal indicator not met"
        }
    }

    /// The Polish line of `summaryText`.
    var polishSummary: String {
        switch self {
        case .E100: return "błąd składni (nieoczekiwany element, niezamknięty napis lub blok)"
        case .E101: return "nieprawidłowa wartość: data, liczba, kwota, procent, okres lub wartość z listy"
        case .E102: return "atrybut nieznany dla tego rodzaju deklaracji albo atrybut jednokrotny podany dwa razy"
        case .E200: return "nieznana nazwa"
        case .E201: return "powtórzona nazwa"
        case .E202: return "nazwa niewłaściwego rodzaju"
        case .E203: return "nie znaleziono importowanego pliku, cykl importów albo import spoza katalogu repozytorium"
        case .E300: return "brak wymaganego atrybutu"
        case .E301: return "porozumienie z mniej niż dwiema stronami"
        case .E302: return "strona porozumienia, która niczego nie zapewnia ani do niczego się nie zobowiązuje"
        case .E303: return "strona zapewnia usługę, której nie prowadzi"
        case .E304: return "okres, który kończy się przed rozpoczęciem"
        case .E305: return "osoba podpisująca bez prawa podpisu za stronę albo strona bez osoby podpisującej"
        case .E306: return "REGON, NIP, KRS lub TERYT o złym formacie lub złej cyfrze kontrolnej"
        case .E307: return "liczba partnerów w roli poza tym, czego wymaga `require roles`"
        case .W400: return "partner spoza wszystkich porozumień i zespołów"
        case .W401: return "usługa, której nie zapewnia żadne porozumienie"
        case .W402: return "porozumienie podpisane po rozpoczęciu swojego okresu"
        case .W403: return "komentarz wyciszający, który niczego nie wycisza"
        case .W404: return "porozumienie, którego okres nie pokrywa się z okresem planu"
        case .W405: return "porozumienie, którego okres wykracza poza uchylenie aktu, na podstawie którego je zawarto"
        case .G500: return "niepokryta para: żadna uzgodniona usługa nie odpowiada na tę potrzebę tej grupy"
        case .G501: return "wymagany sektor bez partnera w obowiązującym porozumieniu"
        case .G502: return "luka w czasie: para pokryta tylko przez część okresu planu"
        case .G503: return "niedobór przepustowości dla pary"
        case .G504: return "pojedynczy punkt awarii: jeden partner jest niezbędny dla pary"
        case .G505: return "niespełniony wskaźnik celu"
        }
    }

    package static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// How bad a finding is. `gap` is its own level so that CI can treat coverage findings apart.
package enum Severity: String, Sendable, Codable, Comparable {
    case error, warning, gap

    private var rank: Int {
        switch self {
        case .error: return 0
        case .warning: return 1
        case .gap: return 2
        }
    }

    package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
