import CoplanCore

/// The catalog of what is wrong with a registry number (E306): REGON, NIP, KRS and TERYT.
/// `Identifiers` returns one of these, or nil for a valid number.
package indirect enum IdentifierMessage: Sendable, Hashable {
    case regonLength(number: String)
    /// A 14-digit REGON whose first 9 digits are not a valid REGON themselves.
    case regonPrefix(number: String, problem: IdentifierMessage)
    case regonChecksum(number: String, expected: Int)
    case nipLength(number: String)
    /// The NIP's weighted sum leaves 10, which no check digit can match.
    case nipChecksumTen(number: String)
    case nipChecksum(number: String, expected: Int)
    case krsLength(number: String)
    case krsZeros(number: String)
    case terytLength(number: String)
    case terytVoivodeship(number: String, code: String)
    case terytPowiat(number: String)
    case terytGmina(number: String)
    case terytGminaType(number: String, type: Int)

    package var text: Text {
        switch self {
        case .regonLength(let number):
            return Text(en: "REGON `\(number)` must have 9 or 14 digits", pl: "REGON `\(number)` musi mieć 9 lub 14 cyfr")
        case .regonPrefix(let number, let problem):
            let inner = problem.text
            return Text(en: "the first 9 digits of REGON `\(number)` are not a valid REGON (\(inner.en))",
                        pl: "pierwsze 9 cyfr numeru REGON `\(number)` nie tworzy poprawnego numeru REGON (\(inner.pl))")
        case .regonChecksum(let number, let expected):
            return Text(en: "REGON `\(number)` fails its checksum (the last digit should be \(expected))",
                        pl: "REGON `\(number)` ma błędną cyfrę kontrolną (ostatnia cyfra powinna wynosić \(expected))")
        case .nipLength(let number):
            return Text(en: "NIP `\(number)` must have 10 digits", pl: "NIP `\(number)` musi mieć 10 cyfr")
        case .nipChecksumTen(let number):
            return Text(en: "NIP `\(number)` is not a valid NIP (its checksum is 10)",
                        pl: "NIP `\(number)` nie jest poprawnym numerem NIP (suma kontrolna daje 10)")
        case .nipChecksum(let number, let expected):
            return Text(en: "NIP `\(number)` fails its checksum (the last digit should be \(expected))",
                        pl: "NIP `\(number)` ma błędną cyfrę kontrolną (ostatnia cyfra powinna wynosić \(expected))")
        case .krsLength(let number):
            return Text(en: "KRS `\(number)` must have exactly 10 digits (zero-padded, e.g. `0000123456`)",
                        pl: "numer KRS `\(number)` musi mieć dokładnie 10 cyfr (z zerami na początku, np. `0000123456`)")
        case .krsZeros(let number):
            return Text(en: "KRS `\(number)` cannot be all zeros", pl: "numer KRS `\(number)` nie może składać się z samych zer")
        case .terytLength(let number):
            return Text(en: "TERYT `\(number)` must have 7 digits for a gmina (4 for a powiat, 2 for a voivodeship)",
                        pl: "TERYT `\(number)` musi mieć 7 cyfr dla gminy (4 dla powiatu, 2 dla województwa)")
        case .terytVoivodeship(let number, let code):
            return Text(en: "TERYT `\(number)`: voivodeship code \(code) is not an even number from 02 to 32",
                        pl: "TERYT `\(number)`: kod województwa \(code) nie jest liczbą parzystą od 02 do 32")
        case .terytPowiat(let number):
            return Text(en: "TERYT `\(number)`: powiat code 00 does not exist", pl: "TERYT `\(number)`: kod powiatu 00 nie istnieje")
        case .terytGmina(let number):
            return Text(en: "TERYT `\(number)`: gmina code 00 does not exist", pl: "TERYT `\(number)`: kod gminy 00 nie istnieje")
        case .terytGminaType(let number, let type):
            return Text(en: "TERYT `\(number)`: gmina type \(type) does not exist (1–5, 8 or 9)",
                        pl: "TERYT `\(number)`: rodzaj gminy \(type) nie istnieje (dopuszczalne: 1–5, 8 lub 9)")
        }
    }
}
