import CoplanCore

/// Why a `:command` line could not be parsed, in Polish and English (`CommandParser`,
/// `Assertion`). Command words and options stay as typed; the `switch` has no `default:`.
package enum CommandMessage: Sendable, Hashable {
    case startsWithColon
    case empty
    case onlySaveQuitForced
    case takesNoArguments(command: String)
    case withoutNeedsNames
    case atNeedsDate
    case invalidDate(text: String)
    case unexpected(word: String, command: String)
    case unknownKind(word: String)
    case expectedWhere(found: String)
    case listWhereUsage
    case comparesNumbers(operator: String, value: String)
    case unknownFormat(word: String, formats: [String])
    case formatNeedsValue
    case unterminatedQuote
    case optionNeedsValue(option: String)
    case atNeedsCalendarDate(text: String)
    case unknownOption(option: String, command: String)
    case assertUsage
    case gapsForNeedsGroup
    case unknownMeasure(word: String)
    case expectedComparison(found: String)
    case onlyCoverageIsPercentage
    case expectedNumber(found: String)

    package var text: Text {
        switch self {
        case .startsWithColon:
            return Text(en: "a command starts with `:`", pl: "polecenie zaczyna się od `:`")
        case .empty:
            return Text(en: "empty command; type `:help` for the list", pl: "puste polecenie; listę poleceń pokazuje `:help`")
        case .onlySaveQuitForced:
            return Text(en: "only `:save!` and `:quit!` have a forced form", pl: "formę wymuszoną mają tylko `:save!` i `:quit!`")
        case .takesNoArguments(let command):
            return Text(en: "`:\(command)` takes no arguments", pl: "`:\(command)` nie przyjmuje argumentów")
        case .withoutNeedsNames:
            return Text(en: "`--without` needs one or more partner names", pl: "po `--without` podaj nazwę co najmniej jednego podmiotu")
        case .atNeedsDate:
            return Text(en: "`--at` needs a date (YYYY-MM-DD)", pl: "po `--at` podaj datę (RRRR-MM-DD)")
        case .invalidDate(let text):
            return Text(en: "invalid date `\(text)`: expected YYYY-MM-DD", pl: "niepoprawna data `\(text)`: oczekiwano RRRR-MM-DD")
        case .unexpected(let word, let command):
            return Text(en: "unexpected `\(word)` in `:\(command)`", pl: "nieoczekiwane słowo `\(word)` w `:\(command)`")
        case .unknownKind(let word):
            return Text(en: "unknown kind `\(word)`", pl: "nieznany rodzaj `\(word)`")
        case .expectedWhere(let found):
            return Text(en: "expected `where ATTR = VALUE` after the kind, found `\(found)`",
                        pl: "po rodzaju oczekiwano `gdzie ATRYBUT = WARTOŚĆ`, a jest `\(found)`")
        case .listWhereUsage:
            return Text(en: "usage: :list KIND where ATTR = VALUE (or <, <=, >, >= NUMBER)",
                        pl: "użycie: :list RODZAJ gdzie ATRYBUT = WARTOŚĆ (albo <, <=, >, >= LICZBA)")
        case .comparesNumbers(let op, let value):
            return Text(en: "`\(op)` compares numbers, not `\(value)`", pl: "`\(op)` porównuje liczby, a nie `\(value)`")
        case .unknownFormat(let word, let formats):
            let list = formats.map { "`\($0)`" }.joined(separator: ", ")
            return Text(en: "unknown format `\(word)`: `:emit` prints \(list)", pl: "nieznany format `\(word)`: `:emit` wypisuje \(list)")
        case .formatNeedsValue:
            return Text(en: "`--format` needs a format", pl: "po `--format` podaj format")
        case .unterminatedQuote:
            return Text(en: "unterminated `\"` in the command", pl: "niezamknięty cudzysłów `\"` w poleceniu")
        case .optionNeedsValue(let option):
            return Text(en: "`\(option)` needs a value", pl: "po `\(option)` podaj wartość")
        case .atNeedsCalendarDate(let text):
            return Text(en: "`--at` needs a date YYYY-MM-DD in the calendar, not `\(text)`",
                        pl: "po `--at` podaj istniejącą datę RRRR-MM-DD, a nie `\(text)`")
        case .unknownOption(let option, let command):
            return Text(en: "unknown option `\(option)` in `:\(command)`", pl: "nieznana opcja `\(option)` w `:\(command)`")
        case .assertUsage:
            return Text(en: "usage: :assert coverage >= 90% | no gaps | no errors | no warnings | gaps for GROUP == 0 | errors <= N, "
                            + "each optionally with --without PARTNER[,PARTNER] and --at YYYY-MM-DD",
                        pl: "użycie: :assert coverage >= 90% | no gaps | no errors | no warnings | gaps for GRUPA == 0 | errors <= N, "
                            + "każdy warunek opcjonalnie z --without PODMIOT[,PODMIOT] i --at RRRR-MM-DD")
        case .gapsForNeedsGroup:
            return Text(en: "`gaps for` needs a group name", pl: "po `gaps for` podaj nazwę grupy")
        case .unknownMeasure(let word):
            return Text(en: "unknown measure `\(word)`", pl: "nieznana miara `\(word)`")
        case .expectedComparison(let found):
            return Text(en: "expected a comparison (`>=`, `<=`, `==`, `>`, `<`), found `\(found)`",
                        pl: "oczekiwano porównania (`>=`, `<=`, `==`, `>`, `<`), a jest `\(found)`")
        case .onlyCoverageIsPercentage:
            return Text(en: "only `coverage` is a percentage", pl: "procentem jest tylko `coverage`")
        case .expectedNumber(let found):
            return Text(en: "expected a number, found `\(found)`", pl: "oczekiwano liczby, a jest `\(found)`")
        }
    }
}

extension LocatedProblem {
    init(_ message: CommandMessage, suggestion: String? = nil) {
        self.init(message.text, suggestion: suggestion)
    }
}
