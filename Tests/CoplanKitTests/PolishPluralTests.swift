import Testing
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanModel
@testable import CoplanFormat
@testable import CoplanEmit

/// The one Polish plural rule (gettext's `pl`) and the places that choose Polish plurals with it.
@Suite struct PolishPluralTests {
    @Test(arguments: [
        (0, PolishPlural.many), (1, .one), (2, .few), (4, .few), (5, .many), (11, .many), (12, .many),
        (14, .many), (21, .many), (22, .few), (104, .few), (111, .many), (112, .many), (1_000_002, .few),
    ])
    func gettextRule(_ n: Int, _ form: PolishPlural) {
        #expect(PolishPlural(n) == form)
        // gettext: n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2
        let gettext = n == 1 ? 0 : (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20)) ? 1 : 2
        #expect(form.rawValue == gettext)
    }

    @Test func documentsAndFormatterAgree() {
        let phrases = DocumentPhrases(.pl)
        for n in [1, 2, 5, 12, 22, 25] {
            let document = phrases.duration(TimeSpan(amount: n, unit: .month))
            let formatted = "\(n) " + KeywordLanguage.polish.canonical(.month, count: n)
            #expect(document == formatted)
        }
        #expect(phrases.duration(TimeSpan(amount: 22, unit: .year)) == "22 lata")
        #expect(phrases.duration(TimeSpan(amount: 12, unit: .week)) == "12 tygodni")
        #expect(phrases.duration(TimeSpan(amount: 1, unit: .day)) == "1 dzień")
    }
}
