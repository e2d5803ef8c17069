import CoplanCore
/// The catalog of what the lexer and the parser say (E100, and E101 for literals they decode):
/// every message and help line in English and Polish. Code in backticks is spelled in the
/// file's keyword language (`keywords`), never in the reader's, so both renderings carry the
/// same code and a Polish file is shown its own words.
package enum SyntaxMessage: Sendable, Hashable {
    // MARK: names, numbers, dates
    case identifierTooLong(scalars: Int, limit: Int)
    case useShorterName
    case invalidNumberSeparator(written: String)
    case invalidDate(written: String, problem: DateProblem)
    /// `01.01.2025`: a valid day written day first.
    case dayFirstDate(written: String)
    case writeDate(iso: String)
    case datesAreYearFirst

    // MARK: strings
    case unterminatedString
    case closeStringOrUseTextBlock
    case unterminatedStringAtFileEnd
    case addClosingQuote
    case unterminatedTextBlock
    case closeTextBlock
    case nulInString
    case nulInTextBlock
    case stringTooLong(bytes: Int, limit: String)
    case keepLongTextsOutside
    case invalidUnicodeEscape
    case invalidEscape(written: String)
    case validEscapes

    // MARK: bytes
    case invalidUTF8Byte(hex: String)
    case invalidUTF8
    case saveAsUTF8
    case unexpectedNUL
    case unexpectedCharacters(shown: String, count: Int)

    // MARK: structure
    case fileTooLarge(bytes: Int, limit: String)
    case splitLargeFile
    /// An unknown word where a declaration starts.
    case expectedDeclaration(found: String, keywords: KeywordLanguage)
    case expectedDeclarationFound(TokenDescription)
    case unmatchedClosingBrace
    case braceOutsideDeclaration
    case expectedImportPath(keyword: String, found: TokenDescription)
    case importExample(keywords: KeywordLanguage)
    case expectedName(keyword: String, found: TokenDescription)
    case declarationForm(keyword: String, keywords: KeywordLanguage)
    case expectedOpeningBrace(name: String, found: TokenDescription)
    case neverClosed(name: String)
    case addClosingBrace
    case braceInsideDeclaration(name: String)
    case expectedAttribute(found: TokenDescription)
    case missingClosingBrace(name: String, openedAtLine: Int)
    case addClosingBraceBeforeNext
    case braceInAttribute(attribute: String)
    case expectedLineEnd(found: TokenDescription)

    /// What is wrong with a date that has the shape of one.
    package enum DateProblem: Sendable, Hashable {
        case noMonth(Int)
        case notLeapYear(Int)
        case monthLength(month: Int, days: Int)
        /// Not `YYYY-MM-DD` (`2025-1-1`).
        case notISO
    }

    package var text: Text {
        switch self {
        case .identifierTooLong(let scalars, let limit):
            return Text(en: "identifier of \(scalars) characters is longer than the limit of \(limit)",
                        pl: "nazwa ma \(scalars) \(PolishPlural.choose(scalars, "znak", "znaki", "znaków")), a może mieć najwyżej \(limit)")
        case .useShorterName:
            return Text(en: "use a shorter name; the display name string can be long",
                        pl: "użyj krótszej nazwy; nazwa wyświetlana w cudzysłowie może być długa")
        case .invalidNumberSeparator(let written):
            return Text(en: "invalid number `\(written)`: `_` may only separate digits",
                        pl: "nieprawidłowa liczba `\(written)`: `_` może stać tylko między cyframi")
        case .invalidDate(let written, let problem):
            return Text(en: "invalid date `\(written)`: ", pl: "nieprawidłowa data `\(written)`: ") + problem.text
        case .dayFirstDate(let written):
            return Text(en: "date `\(written)` must be written year first, as YYYY-MM-DD",
                        pl: "datę `\(written)` trzeba zapisać od roku, jako RRRR-MM-DD")
        case .writeDate(let iso):
            return Text(en: "write `\(iso)`", pl: "wpisz `\(iso)`")
        case .datesAreYearFirst:
            return Text(en: "dates are written year first, as YYYY-MM-DD", pl: "daty zapisuje się od roku, jako RRRR-MM-DD")
        case .unterminatedString:
            return Text(en: "unterminated string: a string must end on the line it starts",
                        pl: "niezamknięty cudzysłów: tekst w cudzysłowie musi się skończyć w wierszu, w którym się zaczyna")
        case .closeStringOrUseTextBlock:
            return Text(en: "add a closing `\"`, or use a `\"\"\"` text block for several lines",
                        pl: "dodaj zamykający `\"` albo użyj bloku tekstu `\"\"\"` na kilka wierszy")
        case .unterminatedStringAtFileEnd:
            return Text(en: "unterminated string at the end of the file", pl: "niezamknięty cudzysłów na końcu pliku")
        case .addClosingQuote:
            return Text(en: "add a closing `\"`", pl: "dodaj zamykający `\"`")
        case .unterminatedTextBlock:
            return Text(en: "unterminated text block: `\"\"\"` opened here is never closed",
                        pl: "niezamknięty blok tekstu: otwartego tu `\"\"\"` nigdzie nie zamknięto")
        case .closeTextBlock:
            return Text(en: "close the text block with `\"\"\"`", pl: "zamknij blok tekstu znakami `\"\"\"`")
        case .nulInString:
            return Text(en: "NUL byte inside a string", pl: "bajt NUL w tekście w cudzysłowie")
        case .nulInTextBlock:
            return Text(en: "NUL byte inside a text block", pl: "bajt NUL w bloku tekstu")
        case .stringTooLong(let bytes, let limit):
            return Text(en: "string of \(bytes) bytes is longer than the limit of \(limit)",
                        pl: "tekst ma \(Self.bytes(bytes)), a może mieć najwyżej \(limit)")
        case .keepLongTextsOutside:
            return Text(en: "keep long texts in documents outside the plan", pl: "długie teksty trzymaj w dokumentach poza planem")
        case .invalidUnicodeEscape:
            return Text(en: "invalid unicode escape", pl: "nieprawidłowa sekwencja ucieczki Unicode")
        case .invalidEscape(let written):
            return Text(en: "invalid escape `\(written)`", pl: "nieprawidłowa sekwencja ucieczki `\(written)`")
        case .validEscapes:
            return Text(en: "valid escapes are \\\" \\\\ \\n \\t and \\u{…}", pl: "dozwolone sekwencje: \\\" \\\\ \\n \\t i \\u{…}")
        case .invalidUTF8Byte(let hex):
            return Text(en: "invalid UTF-8 byte 0x\(hex)", pl: "nieprawidłowy bajt UTF-8 0x\(hex)")
        case .invalidUTF8:
            return Text(en: "invalid UTF-8", pl: "nieprawidłowe kodowanie UTF-8")
        case .saveAsUTF8:
            return Text(en: "save the file as UTF-8", pl: "zapisz plik w kodowaniu UTF-8")
        case .unexpectedNUL:
            return Text(en: "unexpected NUL byte", pl: "nieoczekiwany bajt NUL")
        case .unexpectedCharacters(let shown, let count):
            return Text(en: "unexpected character\(count > 1 ? "s" : "") `\(shown)`",
                        pl: count > 1 ? "nieoczekiwane znaki `\(shown)`" : "nieoczekiwany znak `\(shown)`")
        case .fileTooLarge(let bytes, let limit):
            return Text(en: "the file is larger than \(limit) (\(bytes) bytes)", pl: "plik jest większy niż \(limit) (\(Self.bytes(bytes)))")
        case .splitLargeFile:
            return Text(en: "a plan this large is not a plan; split it or check what was saved",
                        pl: "tak duży plik nie jest planem; podziel go albo sprawdź, co zapisano")
        case .expectedDeclaration(let found, let keywords):
            let kinds = [Keyword.plan, .partner, .agreement].map { "`\(keywords.canonical($0))`" }.joined(separator: ", ")
            return Text(en: "expected a declaration (\(kinds), …), found `\(found)`",
                        pl: "oczekiwano deklaracji (\(kinds), …), znaleziono `\(found)`")
        case .expectedDeclarationFound(let found):
            return Text(en: "expected a declaration, found ", pl: "oczekiwano deklaracji, znaleziono ") + found.accusative
        case .unmatchedClosingBrace:
            return Text(en: "`}` without an opening `{`", pl: "`}` bez otwierającego `{`")
        case .braceOutsideDeclaration:
            return Text(en: "unexpected `{` outside a declaration", pl: "nieoczekiwany `{` poza deklaracją")
        case .expectedImportPath(let keyword, let found):
            return Text(en: "expected a path string after `\(keyword)`, found ",
                        pl: "po `\(keyword)` oczekiwano ścieżki w cudzysłowie, znaleziono ") + found.accusative
        case .importExample(let keywords):
            let example = "`\(keywords.canonical(.import)) \"\(keywords == .polish ? "rejestr" : "registry").plan\"`"
            return Text(en: "write \(example)", pl: "wpisz \(example)")
        case .expectedName(let keyword, let found):
            return Text(en: "expected a name after `\(keyword)`, found ", pl: "po `\(keyword)` oczekiwano nazwy, znaleziono ") + found.accusative
        case .declarationForm(let keyword, let keywords):
            let form = keywords == .polish ? "`\(keyword) nazwa \"Pełna nazwa\" { … }`" : "`\(keyword) name \"Display name\" { … }`"
            return Text(en: "a declaration reads \(form)", pl: "deklaracja ma postać \(form)")
        case .expectedOpeningBrace(let name, let found):
            return Text(en: "expected `{` to open the body of `\(name)`, found ",
                        pl: "po nazwie `\(name)` oczekiwano `{`, znaleziono ") + found.accusative
        case .neverClosed(let name):
            return Text(en: "`{` of `\(name)` is never closed", pl: "nie zamknięto `{` deklaracji `\(name)`")
        case .addClosingBrace:
            return Text(en: "add `}` at the end of the declaration", pl: "dodaj `}` na końcu deklaracji")
        case .braceInsideDeclaration(let name):
            return Text(en: "unexpected `{` inside `\(name)`", pl: "nieoczekiwany `{` wewnątrz `\(name)`")
        case .expectedAttribute(let found):
            return Text(en: "expected an attribute name, found ", pl: "oczekiwano nazwy atrybutu, znaleziono ") + found.accusative
        case .missingClosingBrace(let name, let line):
            return Text(en: "missing `}` to close `\(name)` (opened at line \(line))",
                        pl: "brak `}` zamykającego `\(name)` (otwartego w wierszu \(line))")
        case .addClosingBraceBeforeNext:
            return Text(en: "add `}` before the next declaration", pl: "dodaj `}` przed następną deklaracją")
        case .braceInAttribute(let attribute):
            return Text(en: "unexpected `{` in attribute `\(attribute)`", pl: "nieoczekiwany `{` w atrybucie `\(attribute)`")
        case .expectedLineEnd(let found):
            return Text(en: "expected the end of the line, found ", pl: "oczekiwano końca wiersza, znaleziono ") + found.accusative
        }
    }

    /// `1 bajt`, `3 bajty`, `268 435 457 bajtów`.
    static func bytes(_ count: Int) -> String {
        "\(NumberText.count(count, in: .pl)) \(PolishPlural.choose(count, "bajt", "bajty", "bajtów"))"
    }
}

extension SyntaxMessage.DateProblem {
    package var text: Text {
        switch self {
        case .noMonth(let month):
            return Text(en: "there is no month \(month)", pl: "nie ma miesiąca \(month)")
        case .notLeapYear(let year):
            return Text(en: "\(year) is not a leap year", pl: "rok \(year) nie jest przestępny")
        case .monthLength(let month, let days):
            return Text(en: "month \(month) has \(days) days", pl: "miesiąc \(month) ma \(days) dni")
        case .notISO:
            return Text(en: "expected YYYY-MM-DD", pl: "oczekiwano zapisu RRRR-MM-DD")
        }
    }
}
