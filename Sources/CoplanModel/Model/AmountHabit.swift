import CoplanCore
import CoplanSyntax
/// Amounts as Polish documents write them, which a plan does not take: `250 000,50 zł`,
/// `250000,50 zł`, `250 000 zł`, `1 000 złotych`. A plan writes `250_000.50 PLN` (a `.` before
/// the decimals, `_` between thousands, an ISO 4217 code); this computes that form from what
/// was written, so the finding says exactly what to write.
enum AmountHabit {
    /// The plan's form of the amount the atoms start with, and how many atoms it takes, when
    /// they are written in another style (digit groups apart, a decimal comma, a currency
    /// name). Nil for an amount already in the plan's form (its currency is checked elsewhere).
    static func rewrite(_ atoms: AtomSlice, written: (Atom) -> String) -> (amount: String, atoms: Int)? {
        var index = atoms.startIndex
        guard index < atoms.endIndex, atoms[index].kind == .number else { return nil }
        var whole = String(written(atoms[index]).filter { $0 != "_" })
        index += 1
        var groups = 0
        // `250 000`: groups of three digits after the first.
        while index < atoms.endIndex, atoms[index].kind == .number, !whole.contains("."),
              written(atoms[index]).utf8.count == 3, written(atoms[index]).utf8.allSatisfy(isDigit) {
            whole += written(atoms[index])
            groups += 1
            index += 1
        }
        // `,50`: a decimal comma (the lexer reads it as a list separator and a number).
        var fraction: String?
        if !whole.contains("."), index + 1 < atoms.endIndex, atoms[index].kind == .comma, atoms[index + 1].kind == .number,
           (1...2).contains(written(atoms[index + 1]).utf8.count), written(atoms[index + 1]).utf8.allSatisfy(isDigit) {
            fraction = written(atoms[index + 1])
            index += 2
        }
        var currency: String?
        if index < atoms.endIndex, atoms[index].kind == .identifier, let code = currencyCode(for: atoms[index].text) {
            currency = code
            index += 1
        }
        guard groups > 0 || fraction != nil else { return nil }
        return (formatted(whole, fraction) + " " + (currency ?? "PLN"), index - atoms.startIndex)
    }

    /// The ISO code a currency word stands for: `zł`, `złotych`, `pln` → `PLN`; `EUR` stays.
    static func currencyCode(for word: String) -> String? {
        let lowered = word.lowercased()
        if polishNames.contains(lowered) { return "PLN" }
        if ["euro", "eur"].contains(lowered) { return "EUR" }
        if word.utf8.count == 3, word.utf8.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) {
            return word.uppercased()
        }
        return nil
    }

    /// The words for the złoty a planner may write after an amount.
    static let polishNames: Set<String> = ["zł", "zl", "złotych", "zlotych", "złote", "zlote", "złoty", "zloty", "pln"]

    /// `250000` and `50` → `250_000.50`.
    static func formatted(_ whole: String, _ fraction: String?) -> String {
        let parts = whole.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let digits = Array(parts[0])
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped += "_" }
            grouped.append(digit)
        }
        if let decimals = fraction ?? (parts.count > 1 ? String(parts[1]) : nil) { grouped += "." + decimals }
        return grouped
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
