import Testing
@testable import CoplanKit
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanModel
@testable import CoplanAnalysis
@testable import CoplanPipeline
@testable import CoplanFormat
@testable import CoplanEmit
@testable import CoplanSession

/// REGON, NIP, KRS and TERYT rules (`Identifiers`, docs/LANGUAGE.md §3), with valid and invalid numbers.
@Suite struct IdentifierTests {
    @Test(arguments: ["110201992", "110357820", "11020199200013", "123456785"])
    func validRegon(_ number: String) { #expect(Identifiers.regonProblem(number) == nil) }

    @Test(arguments: ["110201993", "11020199", "1102019920001", "11020199200014", "11020199300013", "12345678A"])
    func invalidRegon(_ number: String) { #expect(Identifiers.regonProblem(number) != nil) }

    @Test func regonRemainderTenBecomesZero() {
        // 0 0 0 0 0 0 1 1 with weights 8 9 2 3 4 5 6 7: 6 + 7 = 13, 13 mod 11 = 2 → check 2.
        #expect(Identifiers.regonProblem("000000112") == nil)
        // 1 1 0 0 0 0 0 0: 8 + 9 = 17 mod 11 = 6; find a 10: 0 0 0 0 0 0 0 3 → 21 mod 11 = 10 → 0.
        #expect(Identifiers.regonProblem("000000030") == nil)
        #expect(Identifiers.regonProblem("000000031") != nil)
    }

    @Test(arguments: ["5631001230", "9220001118", "563-100-12-30", "563-10-01-230"])
    func validNip(_ number: String) { #expect(Identifiers.nipProblem(number) == nil) }

    @Test(arguments: ["5631001231", "563100123", "56310012300", "abcdefghij"])
    func invalidNip(_ number: String) { #expect(Identifiers.nipProblem(number) != nil) }

    @Test func nipWithCheckTenIsInvalid() {
        // 0 0 0 0 0 0 0 2 3: 2·6 + 3·7 = 33... find a sum ≡ 10: digit 2 in position 1 (weight 5) → 10.
        #expect(Identifiers.nipProblem("0200000000") == .nipChecksumTen(number: "0200000000"))
    }

    @Test(arguments: [("0000123456", true), ("0000000000", false), ("123456", false), ("00001234567", false)])
    func krs(_ number: String, _ valid: Bool) { #expect((Identifiers.krsProblem(number) == nil) == valid) }

    @Test(arguments: [("0603062", true), ("2803011", true), ("1465011", true), ("0703062", false), ("3403062", false),
                      ("0600062", false), ("0603002", false), ("0603066", false), ("0603", true), ("06", true), ("060306", false)])
    func teryt(_ code: String, _ valid: Bool) { #expect((Identifiers.terytProblem(code) == nil) == valid) }
}
