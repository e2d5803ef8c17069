/// An inclusive range of days, `first .. last`, as written in `period` attributes.
package struct DayRange: Hashable, Sendable, CustomStringConvertible {
    package var first: Day
    package var last: Day

    package init(_ first: Day, _ last: Day) {
        self.first = first
        self.last = last
    }

    /// Number of days, both ends included; 0 when the range is reversed.
    package var count: Int { max(0, last.ordinal - first.ordinal + 1) }

    package var isEmpty: Bool { last < first }

    package func contains(_ day: Day) -> Bool { first <= day && day <= last }

    package func overlaps(_ other: DayRange) -> Bool {
        !isEmpty && !other.isEmpty && first <= other.last && other.first <= last
    }

    /// The overlap with another range, or nil.
    package func clamped(to other: DayRange) -> DayRange? {
        let result = DayRange(max(first, other.first), min(last, other.last))
        return result.isEmpty ? nil : result
    }

    package var description: String { "\(first) .. \(last)" }
}
