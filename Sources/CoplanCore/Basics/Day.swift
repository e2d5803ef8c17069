/// A calendar day in the proleptic Gregorian calendar, stored as days since 1970-01-01.
///
/// Coverage is interval arithmetic on whole days, so a plain integer is both exact and fast;
/// no time zones or `Foundation.Date` are involved.
package struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    package var ordinal: Int

    package init(ordinal: Int) {
        self.ordinal = ordinal
    }

    /// The day for a year, month and day, or nil when it is not in the calendar (`2021-02-29`).
    package init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146097 + doe - 719468
    }

    /// Parses exactly `YYYY-MM-DD`.
    package init?(iso text: Substring) {
        // Read in place: a copy of the bytes per date was most of reading one.
        var text = text
        guard let parts = text.withUTF8(Self.isoParts) else { return nil }
        self.init(year: parts.year, month: parts.month, day: parts.day)
    }

    /// Parses exactly `YYYY-MM-DD` from UTF-8 bytes (a date atom in its file).
    package init?(isoBytes bytes: UnsafeBufferPointer<UInt8>) {
        guard let parts = Self.isoParts(bytes) else { return nil }
        self.init(year: parts.year, month: parts.month, day: parts.day)
    }

    /// `YYYY-MM-DD` as numbers, or nil for anything else.
    private static func isoParts(_ bytes: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int, day: Int)? {
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard (0x30...0x39).contains(bytes[index]) else { return nil }
                value = value * 10 + Int(bytes[index] - 0x30)
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        return (y, m, d)
    }

    package init?(iso text: String) {
        self.init(iso: Substring(text))
    }

    package var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    package var description: String {
        let (y, m, d) = components
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    package func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    package static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    package static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

package func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}
