/// An inclusive range of days, `first .. last`, as written in `period` attributes.
public struct DayRange: Hashable, Sendable, CustomStringConvertible {
    public var first: Day
    public var last: Day

    public init(_ first: Day, _ last: Day) {
        self.first = first
        self.last = last
    }

    /// Number of days, both ends included; 0 when the range is reversed.
    public var count: Int { max(0, last.ordinal - first.ordinal + 1) }

    public var isEmpty: Bool { last < first }

    public func contains(_ day: Day) -> Bool { first <= day && day <= last }

    public func overlaps(_ other: DayRange) -> Bool {
        !isEmpty && !other.isEmpty && first <= other.last && other.first <= last
    }

    /// The overlap with another range, or nil.
    public func clamped(to other: DayRange) -> DayRange? {
        let result = DayRange(max(first, other.first), min(last, other.last))
        return result.isEmpty ? nil : result
    }

    public var description: String { "\(first) .. \(last)" }
}
