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
}
