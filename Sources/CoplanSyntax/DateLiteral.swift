import CoplanCore
/// Dates as planners write them. A plan takes only `YYYY-MM-DD`; this says what is wrong with
/// anything else that is plainly meant as a date (`2021-02-29`, `2025-1-1`, and the Polish habit
/// `01.01.2025` or `1.1.2025 r.`), with the ISO form to write whenever the day exists.
enum DateLiteral {
    struct Problem {
        var message: SyntaxMessage
        var help: SyntaxMessage?
        /// The ISO date to write instead, when the day exists.
        var suggestion: String?
    }

    /// A token lexed as an ISO date (four digits, `-`, …) that is not a day of the calendar.
    static func isoProblem(_ text: String) -> Problem {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }) else {
            return Problem(message: .invalidDate(written: text, problem: .notISO))
        }
        if parts[1].count == 2, parts[2].count == 2 {
            return Problem(message: .invalidDate(written: text, problem: problem(year: year, month: month, day: day) ?? .notISO))
        }
        guard parts[1].count <= 2, parts[2].count <= 2, let iso = iso(year: year, month: month, day: day) else {
            return Problem(message: .invalidDate(written: text, problem: .notISO))
        }
        return Problem(message: .invalidDate(written: text, problem: .notISO), help: .writeDate(iso: iso), suggestion: iso)
    }

    /// `DD.MM.YYYY` (or `/`, `-`; one or two digits for day and month), optionally followed by
    /// the Polish ` r.` (roku), or `YYYY.MM.DD` / `YYYY/MM/DD`, starting at `start`: where it
    /// ends and the problem to report. Nil when the bytes there are not such a date.
    static func otherForm(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (end: Int, year: Int, month: Int, day: Int, dayFirst: Bool)? {
        var index = start
        func digits(_ range: ClosedRange<Int>) -> Int? {
            var value = 0, count = 0
            while index < bytes.count, isDigit(bytes[index]), count < range.upperBound {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
                count += 1
            }
            return range.contains(count) ? value : nil
        }
        func separator(_ expected: UInt8?) -> UInt8? {
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            guard byte == 0x2E || byte == 0x2F || byte == 0x2D, expected == nil || expected == byte else { return nil }
            index += 1
            return byte
        }
        guard let first = digits(1...4), index - start != 3 else { return nil }
        let yearFirst = index - start == 4
        guard let mark = separator(nil), !(yearFirst && mark == 0x2D), let middle = digits(1...2), separator(mark) != nil,
              let last = yearFirst ? digits(1...2) : digits(4...4) else { return nil }
        // Not a longer number or a decimal (`1.1.20251`, `01.01.2025.5`).
        if index < bytes.count, isDigit(bytes[index]) { return nil }
        if index + 1 < bytes.count, bytes[index] == 0x2E || bytes[index] == 0x2F, isDigit(bytes[index + 1]) { return nil }
        let end = yearFirst ? index : polishYearMark(in: bytes, after: index)
        return yearFirst ? (end, first, middle, last, false) : (end, last, middle, first, true)
    }

    /// The problem of a date written in another form, from what was written and its parts.
    static func otherFormProblem(_ written: String, year: Int, month: Int, day: Int, dayFirst: Bool) -> Problem {
        if let iso = iso(year: year, month: month, day: day) {
            return Problem(message: dayFirst ? .dayFirstDate(written: written) : .invalidDate(written: written, problem: .notISO),
                           help: .writeDate(iso: iso), suggestion: iso)
        }
        return Problem(message: .invalidDate(written: written, problem: problem(year: year, month: month, day: day) ?? .notISO),
                       help: .datesAreYearFirst)
    }

    /// Past ` r.` after a day-first date, when it follows (`31.12.2025 r.`).
    private static func polishYearMark(in bytes: UnsafeBufferPointer<UInt8>, after end: Int) -> Int {
        var index = end
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        guard index + 1 < bytes.count, bytes[index] == 0x72, bytes[index + 1] == 0x2E else { return end }
        // `r.` and not `r..` (a period's `..`) or `r.x`.
        if index + 2 < bytes.count, bytes[index + 2] == 0x2E || isDigit(bytes[index + 2]) { return end }
        return index + 2
    }

    static func problem(year: Int, month: Int, day: Int) -> SyntaxMessage.DateProblem? {
        if !(1...12).contains(month) { return .noMonth(month) }
        if month == 2, day == 29, !Day.isLeap(year) { return .notLeapYear(year) }
        let days = Day.daysIn(month: month, year: max(1, year))
        return (1...days).contains(day) ? nil : .monthLength(month: month, days: days)
    }

    static func iso(year: Int, month: Int, day: Int) -> String? {
        Day(year: year, month: month, day: day)?.description
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
