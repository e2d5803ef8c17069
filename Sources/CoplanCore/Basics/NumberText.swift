/// How numbers from plans are printed in every output: one place, because plans may write
/// values like `1e300` or `10000000000000000000` and `Int(_:)` traps on anything outside
/// `Int`'s range (fuzzing and a user both found it).
package enum NumberText {
    /// A whole number without `.0`, anything else as Swift prints it, with `separator` as the
    /// decimal mark (`,` in Polish text). Only values safely inside `Int` become `Int`.
    package static func plain(_ value: Double, decimalSeparator separator: String = ".") -> String {
        let text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        return separator == "." ? text : text.replacingOccurrences(".", separator)
    }

    /// Rounded to one decimal at most, no trailing zero: `87.5`, `100`.
    package static func oneDecimal(_ value: Double, decimalSeparator separator: String = ".") -> String {
        plain(value.isFinite ? (value * 10).rounded() / 10 : value, decimalSeparator: separator)
    }

    /// `87.5%`, `100%`.
    package static func percent(_ value: Double, decimalSeparator separator: String = ".") -> String {
        oneDecimal(value, decimalSeparator: separator) + "%"
    }

    /// A percentage in a language's style: `73.4%`, `73,4%`.
    package static func percent(_ value: Double, in language: Language) -> String {
        percent(value, decimalSeparator: language.decimalSeparator)
    }

    /// A count with thousands grouped as the language groups them: `12,893,583`, `12 893 583`;
    /// Polish leaves four digits whole (`1280`, `12 800`), as Polish typesetting does.
    package static func count(_ value: Int, in language: Language) -> String {
        let digits = String(value.magnitude)
        if language == .pl, digits.count <= 4 { return (value < 0 ? "-" : "") + digits }
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += language.thousandsSeparator }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }
}

extension Language {
    /// The decimal mark of text in this language.
    package var decimalSeparator: String { self == .pl ? "," : "." }
    /// The thousands separator of text in this language (Polish: a no-break space, so a number
    /// never breaks across lines; four-digit numbers are not grouped in Polish).
    package var thousandsSeparator: String { self == .pl ? "\u{00A0}" : "," }
}
