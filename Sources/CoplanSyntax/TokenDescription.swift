import CoplanCore
/// How a token or an atom is named in "expected …, found …" messages. A catalog of its own
/// because Polish inflects the noun by its place in the sentence: "jest liczba `12`",
/// "oczekiwano liczby", "znaleziono liczbę `12`". The written text, when shown, stays in backticks.
package enum TokenDescription: Sendable, Hashable {
    /// An identifier: `` `gops` ``, or "a name" when its text is not shown.
    case name(String?)
    case string
    case textBlock
    case number(String?)
    case percentage(String?)
    case date(String?)
    /// Punctuation shown as itself: `..`, `,`, `{`.
    case symbol(String)
    case comparison(String)
    case lineEnd
    case fileEnd
    case invalid

    /// The subject of a sentence (Polish nominative): "po wartości stoi jeszcze liczba `12`".
    package var nominative: Text { forms.nominative }
    /// What was expected (Polish genitive): "oczekiwano liczby".
    package var genitive: Text { forms.genitive }
    /// What was found (Polish accusative): "znaleziono liczbę `12`".
    package var accusative: Text { forms.accusative }

    private var forms: (nominative: Text, genitive: Text, accusative: Text) {
        /// `en` is "a number"; with the text shown it reads "the number `12`".
        func inflected(_ en: String, _ nominative: String, _ genitive: String, _ accusative: String, _ shown: String?) -> (Text, Text, Text) {
            let tail = shown.map { " `\($0)`" } ?? ""
            let english = shown == nil ? en : "the " + en.drop { $0 != " " }.dropFirst() + tail
            return (Text(en: english, pl: nominative + tail), Text(en: english, pl: genitive + tail), Text(en: english, pl: accusative + tail))
        }
        func same(_ text: String) -> (Text, Text, Text) {
            (Text(verbatim: text), Text(verbatim: text), Text(verbatim: text))
        }
        switch self {
        case .name(let text?): return same("`\(text)`")
        case .name(nil): return inflected("a name", "nazwa", "nazwy", "nazwę", nil)
        case .string: return inflected("a string", "tekst w cudzysłowie", "tekstu w cudzysłowie", "tekst w cudzysłowie", nil)
        case .textBlock: return inflected("a text block", "blok tekstu", "bloku tekstu", "blok tekstu", nil)
        case .number(let text): return inflected("a number", "liczba", "liczby", "liczbę", text)
        case .percentage(let text):
            return inflected("a percentage", "wartość procentowa", "wartości procentowej", "wartość procentową", text.map { $0 + "%" })
        case .date(let text): return inflected("a date", "data", "daty", "datę", text)
        case .symbol(let text): return same("`\(text)`")
        case .comparison(let text): return inflected("an operator", "operator", "operatora", "operator", text)
        case .lineEnd: return inflected("the end of the line", "koniec wiersza", "końca wiersza", "koniec wiersza", nil)
        case .fileEnd: return inflected("the end of the file", "koniec pliku", "końca pliku", "koniec pliku", nil)
        case .invalid: return inflected("an invalid character", "nieprawidłowy znak", "nieprawidłowego znaku", "nieprawidłowy znak", nil)
        }
    }
}

extension TokenKind {
    /// The description of a token of this kind whose text is `text`.
    package func described(_ text: String) -> TokenDescription {
        switch self {
        case .identifier: return .name(text)
        case .string: return .string
        case .textBlock: return .textBlock
        case .number: return .number(text)
        case .percent: return .percentage(String(text.dropLast()))
        case .date: return .date(text)
        case .dotDot, .comma, .semicolon, .leftBrace, .rightBrace: return .symbol(text)
        case .equal, .greaterEqual, .lessEqual, .greater, .less: return .comparison(text)
        case .newline: return .lineEnd
        case .invalid: return .invalid
        case .end: return .fileEnd
        }
    }
}

extension Atom {
    /// How the atom is named in messages: its text in backticks where it has one worth showing.
    package var described: TokenDescription {
        switch kind {
        case .identifier: return .name(text)
        case .string: return .string
        case .textBlock: return .textBlock
        case .number: return .number(text)
        case .percent: return .percentage(text)
        case .date: return .date(text)
        case .dotDot, .comma: return .symbol(text)
        case .equal, .greaterEqual, .lessEqual, .greater, .less: return .comparison(text)
        }
    }
}
