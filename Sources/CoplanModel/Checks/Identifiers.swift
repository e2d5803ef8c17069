import CoplanCore
import CoplanSyntax
/// Format and checksum rules of Polish registry numbers: REGON (9 digits with a mod-11 check
/// digit, or 14 for a local unit), NIP (10 digits, mod-11 check digit), KRS (10 digits) and
/// TERYT (TERC: 7 digits for a gmina, 4 for a powiat, 2 for a voivodeship); the weights are in
/// Grammar/coplan.ebnf, part 4. Each returns nil when the number is valid, or what is wrong
/// (`IdentifierMessage`), for an E306 message.
package enum Identifiers {
    static func digits(_ text: String) -> [Int]? {
        var result: [Int] = []
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            guard (0x30...0x39).contains(byte) else { return nil }
            result.append(Int(byte - 0x30))
        }
        return result
    }

    /// The weighted sum mod 11 of the digits the weights reach (the check digit itself is not).
    static func checkDigit(_ digits: [Int], weights: [Int]) -> Int {
        var sum = 0
        for (digit, weight) in zip(digits, weights) { sum += digit * weight }
        return sum % 11
    }

    // Weights built once: a literal in the function was an allocation per number checked.
    static let regonWeights = [8, 9, 2, 3, 4, 5, 6, 7]
    static let localRegonWeights = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8]
    static let nipWeights = [6, 5, 7, 2, 3, 4, 5, 6, 7]

    /// REGON: 9 digits (weights 8 9 2 3 4 5 6 7) or 14 digits (2 4 8 5 0 9 7 3 6 1 2 4 8), whose
    /// first 9 must be a valid REGON too; a remainder of 10 counts as 0.
    package static func regonProblem(_ text: String) -> IdentifierMessage? {
        guard let d = digits(text), d.count == 9 || d.count == 14 else {
            return .regonLength(number: text)
        }
        if d.count == 14 {
            if let problem = regonProblem(String(text.prefix(9))) {
                return .regonPrefix(number: text, problem: problem)
            }
            let check = checkDigit(d, weights: localRegonWeights) % 10
            return check == d[13] ? nil : .regonChecksum(number: text, expected: check)
        }
        let check = checkDigit(d, weights: regonWeights) % 10
        return check == d[8] ? nil : .regonChecksum(number: text, expected: check)
    }

    /// NIP: 10 digits (dashes allowed), weights 6 5 7 2 3 4 5 6 7; a remainder of 10 is invalid.
    package static func nipProblem(_ text: String) -> IdentifierMessage? {
        let stripped = String(text.unicodeScalars.filter { $0 != "-" && $0 != " " })
        guard let d = digits(stripped), d.count == 10 else { return .nipLength(number: text) }
        let check = checkDigit(d, weights: nipWeights)
        if check == 10 { return .nipChecksumTen(number: text) }
        return check == d[9] ? nil : .nipChecksum(number: text, expected: check)
    }

    /// KRS: exactly 10 digits, zero-padded; no checksum.
    package static func krsProblem(_ text: String) -> IdentifierMessage? {
        guard let d = digits(text), d.count == 10 else {
            return .krsLength(number: text)
        }
        return d.allSatisfy({ $0 == 0 }) ? .krsZeros(number: text) : nil
    }

    /// TERYT (TERC) of a gmina: `WWPPGGR` — even voivodeship 02–32, powiat and gmina ≥ 01,
    /// type R in 1, 2, 3, 4, 5, 8, 9. Shorter codes name a powiat (4) or a voivodeship (2).
    package static func terytProblem(_ text: String) -> IdentifierMessage? {
        guard let d = digits(text), [2, 4, 7].contains(d.count) else {
            return .terytLength(number: text)
        }
        let voivodeship = d[0] * 10 + d[1]
        guard voivodeship >= 2, voivodeship <= 32, voivodeship % 2 == 0 else {
            return .terytVoivodeship(number: text, code: pad(voivodeship, 2))
        }
        if d.count >= 4, d[2] * 10 + d[3] == 0 { return .terytPowiat(number: text) }
        if d.count == 7 {
            if d[4] * 10 + d[5] == 0 { return .terytGmina(number: text) }
            guard [1, 2, 3, 4, 5, 8, 9].contains(d[6]) else {
                return .terytGminaType(number: text, type: d[6])
            }
        }
        return nil
    }
}
