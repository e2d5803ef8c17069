import Testing
@testable import CoplanKit
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanModel

/// Every entry of the syntax and value catalogs (`SyntaxMessage`, `TokenDescription`,
/// `ValueMessage`, `ExpectedValue`) in both languages: no English words in the Polish, no Polish
/// in the English, the same code in backticks in both, house style (lower-case start, no full
/// stop). The samples are checked to reach every case, so a new case needs a sample.
@Suite struct ValueCatalogTests {
    static let founds: [TokenDescription] = [
        .name("gops"), .name(nil), .string, .textBlock, .number("12"), .number(nil), .percentage("90"), .percentage(nil),
        .date("2025-01-01"), .date(nil), .symbol(".."), .comparison(">="), .lineEnd, .fileEnd, .invalid,
    ]

    static let expectations: [ExpectedValue] = KeywordLanguage.allCases.flatMap { keywords in
        [ExpectedValue.string, .wholeNumber, .date, .period, .name, .nameOf(.agreement), .nameOf(.person), .choice(options: ["`a`/`b`", "`c`"]),
         .code, .comparison, .unitOfTime(options: ["`dni`/`days`", "`lata`/`years`"]), .frequency(options: ["`weekly`/`tygodniowo`"]),
         .territoryKind, .territoryName, .amount, .percentage, .template, .requirement(keywords: keywords),
         .metric(options: ["`agreements`/`porozumienia`", "`objęci`/`people_reached`"]), .target]
    }

    static let syntaxMessages: [SyntaxMessage] = KeywordLanguage.allCases.flatMap { keywords in
        [SyntaxMessage.identifierTooLong(scalars: 257, limit: 256), .identifierTooLong(scalars: 1, limit: 256), .useShorterName,
         .invalidNumberSeparator(written: "1_"), .invalidDate(written: "2021-02-29", problem: .notLeapYear(2021)),
         .invalidDate(written: "2021-13-01", problem: .noMonth(13)), .invalidDate(written: "2021-04-31", problem: .monthLength(month: 4, days: 30)),
         .invalidDate(written: "2021-4-1", problem: .notISO), .dayFirstDate(written: "01.01.2025"), .writeDate(iso: "2025-01-01"),
         .datesAreYearFirst, .unterminatedString, .closeStringOrUseTextBlock, .unterminatedStringAtFileEnd, .addClosingQuote,
         .unterminatedTextBlock, .closeTextBlock, .nulInString, .nulInTextBlock, .stringTooLong(bytes: 1_048_578, limit: "1 MB"),
         .keepLongTextsOutside, .invalidUnicodeEscape, .invalidEscape(written: "\\q"), .validEscapes, .invalidUTF8Byte(hex: "FF"),
         .invalidUTF8, .saveAsUTF8, .unexpectedNUL, .unexpectedCharacters(shown: "$", count: 1), .unexpectedCharacters(shown: "$$", count: 2),
         .fileTooLarge(bytes: 268_435_457, limit: "256 MB"), .splitLargeFile, .expectedDeclaration(found: "parnter", keywords: keywords),
         .unmatchedClosingBrace, .braceOutsideDeclaration, .importExample(keywords: keywords),
         .declarationForm(keyword: keywords.canonical(.partner), keywords: keywords), .neverClosed(name: "a"), .addClosingBrace,
         .braceInsideDeclaration(name: "a"), .missingClosingBrace(name: "gops", openedAtLine: 4), .addClosingBraceBeforeNext,
         .braceInAttribute(attribute: "sector")]
            + founds.flatMap { found in
                [SyntaxMessage.expectedDeclarationFound(found), .expectedImportPath(keyword: keywords.canonical(.import), found: found),
                 .expectedName(keyword: "partner", found: found), .expectedOpeningBrace(name: "gops", found: found),
                 .expectedAttribute(found: found), .expectedLineEnd(found: found)]
            }
    }

    static let valueMessages: [ValueMessage] = KeywordLanguage.allCases.flatMap { keywords in
        [ValueMessage.needsValue(attribute: "size"), .emptyItem(attribute: "parties"), .listEndsWithComma(attribute: "parties"),
         .countTooLarge(attribute: "size", written: "1.5", limit: 1_000_000_000), .missingDotDot(attribute: "period"),
         .needsTwoDates(attribute: "okres", keywords: keywords),
         .notChoiceValue(written: "miasto", attribute: "level", options: ["`gmina`", "`wojewodztwo`/`województwo`"]),
         .notUnitOfTime(written: "mies", options: ["`dni`/`days`", "`lata`/`years`"]),
         .notFrequency(written: "czasami", options: ["`weekly`/`tygodniowo`", "`every 2 weeks`/`co 2 tygodnie`"]),
         .frequencyHabit(written: "co miesiąc"), .unknownMetric(written: "umowy"), .metrics(options: ["`agreements`/`porozumienia`"]),
         .percentOnlyForCoverage(metric: "agreements", keywords: keywords), .unknownRequirement(written: "foo"),
         .requirementForms(keywords: keywords), .coverageAbove100, .notCurrencyCode(written: "zł"), .missingCurrency(attribute: "budget"),
         .amountStyle(written: "250 000,50 zł"), .capacityNeedsPeriod(attribute: "capacity", amount: "15", keywords: keywords),
         .capacityUnit(written: "day", keywords: keywords), .expectedSigningPlace(keywords: keywords), .terytNeedsCode,
         .write("250_000.50 PLN"), .givenTwice(attribute: "period", declaration: "p"), .keepOne(attribute: "period"), .firstGivenHere,
         .takesNoAttributes(.sector), .takesNoAttributes(.role), .partyLine(party: "gops", keywords: keywords)]
            + DeclarationKind.allCases.map { ValueMessage.unknownAttribute(written: "adress", kind: $0) }
            + founds.flatMap { found in
                [ValueMessage.followedBy(found: found, attribute: "size"), .expectedTeryt(found: found)]
                    + expectations.map { ValueMessage.expected($0, attribute: "size", found: found) }
            }
            + expectations.map { ValueMessage.missing($0, attribute: "size") }
    }

    static var texts: [Text] { syntaxMessages.map(\.text) + valueMessages.map(\.text) }

    @Test func everyEntryIsInBothLanguagesWithTheSameCode() {
        for text in Self.texts {
            #expect(LanguageAudit.englishIn(text.pl).isEmpty, "English in Polish: \(text.pl)")
            #expect(LanguageAudit.polishIn(text.en).isEmpty, "Polish in English: \(text.en)")
            // The same code, in the order each language puts it.
            #expect(LanguageAudit.codeSpans(text.en).sorted() == LanguageAudit.codeSpans(text.pl).sorted(), "\(text.en) | \(text.pl)")
            #expect(text.en != text.pl || text.en.hasPrefix("`"), "the same in both: \(text.en)")
            for rendering in [text.en, text.pl] {
                #expect(!rendering.hasSuffix("."), "ends with a full stop: \(rendering)")
                // An acronym may start it (`NUL byte inside a string`).
                let firstWord = rendering.prefix { $0 != " " }
                #expect(!(rendering.first?.isUppercase ?? true) || firstWord == firstWord.uppercased(), "starts upper-case: \(rendering)")
            }
        }
    }

    @Test func polishInflectsWhatWasFound() {
        #expect(ValueMessage.expected(.date, attribute: "okres", found: .number("12")).text.pl
            == "po `okres` oczekiwano daty (RRRR-MM-DD), znaleziono liczbę `12`")
        #expect(ValueMessage.followedBy(found: .number("12"), attribute: "liczebność").text.pl == "po wartości `liczebność` stoi jeszcze liczba `12`")
        #expect(ValueMessage.missing(.wholeNumber, attribute: "liczebność").text.pl == "brak liczby całkowitej po `liczebność`")
        #expect(ValueMessage.expected(.nameOf(.person), attribute: "x", found: .string).text.en == "expected a person name after `x`, found a string")
        #expect(ValueMessage.expected(.nameOf(.person), attribute: "x", found: .string).text.pl
            == "po `x` oczekiwano nazwy osoby, znaleziono tekst w cudzysłowie")
        #expect(SyntaxMessage.expectedAttribute(found: .number("12")).text.en == "expected an attribute name, found the number `12`")
        #expect(SyntaxMessage.identifierTooLong(scalars: 257, limit: 256).text.pl == "nazwa ma 257 znaków, a może mieć najwyżej 256")
        #expect(SyntaxMessage.fileTooLarge(bytes: 268_435_457, limit: "256 MB").text.pl == "plik jest większy niż 256 MB (268\u{A0}435\u{A0}457 bajtów)")
    }

    @Test func samplesReachEveryCase() {
        #expect(Set(Self.syntaxMessages.map(Self.name)).count == 44)
        #expect(Set(Self.valueMessages.map(Self.name)).count == 34)
        #expect(Set(Self.expectations.map(Self.name)).count == 19)
        #expect(Set(Self.founds.map(Self.name)).count == 11)
    }

    /// One name per case: the switches are exhaustive, so a new case fails to compile here until
    /// it has a name, and `samplesReachEveryCase` then counts it.
    static func name(_ message: SyntaxMessage) -> String {
        switch message {
        case .identifierTooLong: return "identifierTooLong"
        case .useShorterName: return "useShorterName"
        case .invalidNumberSeparator: return "invalidNumberSeparator"
        case .invalidDate: return "invalidDate"
        case .dayFirstDate: return "dayFirstDate"
        case .writeDate: return "writeDate"
        case .datesAreYearFirst: return "datesAreYearFirst"
        case .unterminatedString: return "unterminatedString"
        case .closeStringOrUseTextBlock: return "closeStringOrUseTextBlock"
        case .unterminatedStringAtFileEnd: return "unterminatedStringAtFileEnd"
        case .addClosingQuote: return "addClosingQuote"
        case .unterminatedTextBlock: return "unterminatedTextBlock"
        case .closeTextBlock: return "closeTextBlock"
        case .nulInString: return "nulInString"
        case .nulInTextBlock: return "nulInTextBlock"
        case .stringTooLong: return "stringTooLong"
        case .keepLongTextsOutside: return "keepLongTextsOutside"
        case .invalidUnicodeEscape: return "invalidUnicodeEscape"
        case .invalidEscape: return "invalidEscape"
        case .validEscapes: return "validEscapes"
        case .invalidUTF8Byte: return "invalidUTF8Byte"
        case .invalidUTF8: return "invalidUTF8"
        case .saveAsUTF8: return "saveAsUTF8"
        case .unexpectedNUL: return "unexpectedNUL"
        case .unexpectedCharacters: return "unexpectedCharacters"
        case .fileTooLarge: return "fileTooLarge"
        case .splitLargeFile: return "splitLargeFile"
        case .expectedDeclaration: return "expectedDeclaration"
        case .expectedDeclarationFound: return "expectedDeclarationFound"
        case .unmatchedClosingBrace: return "unmatchedClosingBrace"
        case .braceOutsideDeclaration: return "braceOutsideDeclaration"
        case .expectedImportPath: return "expectedImportPath"
        case .importExample: return "importExample"
        case .expectedName: return "expectedName"
        case .declarationForm: return "declarationForm"
        case .expectedOpeningBrace: return "expectedOpeningBrace"
        case .neverClosed: return "neverClosed"
        case .addClosingBrace: return "addClosingBrace"
        case .braceInsideDeclaration: return "braceInsideDeclaration"
        case .expectedAttribute: return "expectedAttribute"
        case .missingClosingBrace: return "missingClosingBrace"
        case .addClosingBraceBeforeNext: return "addClosingBraceBeforeNext"
        case .braceInAttribute: return "braceInAttribute"
        case .expectedLineEnd: return "expectedLineEnd"
        }
    }

    static func name(_ message: ValueMessage) -> String {
        switch message {
        case .followedBy: return "followedBy"
        case .needsValue: return "needsValue"
        case .emptyItem: return "emptyItem"
        case .listEndsWithComma: return "listEndsWithComma"
        case .expected: return "expected"
        case .missing: return "missing"
        case .countTooLarge: return "countTooLarge"
        case .missingDotDot: return "missingDotDot"
        case .needsTwoDates: return "needsTwoDates"
        case .notChoiceValue: return "notChoiceValue"
        case .notUnitOfTime: return "notUnitOfTime"
        case .notFrequency: return "notFrequency"
        case .frequencyHabit: return "frequencyHabit"
        case .unknownMetric: return "unknownMetric"
        case .metrics: return "metrics"
        case .percentOnlyForCoverage: return "percentOnlyForCoverage"
        case .unknownRequirement: return "unknownRequirement"
        case .requirementForms: return "requirementForms"
        case .coverageAbove100: return "coverageAbove100"
        case .notCurrencyCode: return "notCurrencyCode"
        case .missingCurrency: return "missingCurrency"
        case .amountStyle: return "amountStyle"
        case .capacityNeedsPeriod: return "capacityNeedsPeriod"
        case .capacityUnit: return "capacityUnit"
        case .expectedSigningPlace: return "expectedSigningPlace"
        case .expectedTeryt: return "expectedTeryt"
        case .terytNeedsCode: return "terytNeedsCode"
        case .write: return "write"
        case .givenTwice: return "givenTwice"
        case .keepOne: return "keepOne"
        case .firstGivenHere: return "firstGivenHere"
        case .unknownAttribute: return "unknownAttribute"
        case .takesNoAttributes: return "takesNoAttributes"
        case .partyLine: return "partyLine"
        }
    }

    static func name(_ expected: ExpectedValue) -> String {
        switch expected {
        case .string: return "string"
        case .wholeNumber: return "wholeNumber"
        case .date: return "date"
        case .period: return "period"
        case .name: return "name"
        case .nameOf: return "nameOf"
        case .choice: return "choice"
        case .code: return "code"
        case .comparison: return "comparison"
        case .unitOfTime: return "unitOfTime"
        case .frequency: return "frequency"
        case .territoryKind: return "territoryKind"
        case .territoryName: return "territoryName"
        case .amount: return "amount"
        case .percentage: return "percentage"
        case .template: return "template"
        case .requirement: return "requirement"
        case .metric: return "metric"
        case .target: return "target"
        }
    }

    static func name(_ found: TokenDescription) -> String {
        switch found {
        case .name: return "name"
        case .string: return "string"
        case .textBlock: return "textBlock"
        case .number: return "number"
        case .percentage: return "percentage"
        case .date: return "date"
        case .symbol: return "symbol"
        case .comparison: return "comparison"
        case .lineEnd: return "lineEnd"
        case .fileEnd: return "fileEnd"
        case .invalid: return "invalid"
        }
    }
}
