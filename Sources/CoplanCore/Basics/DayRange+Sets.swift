/// Set operations on lists of day ranges. Coverage is kept as sorted, disjoint ranges in which
/// touching ranges are joined, so that "uncovered" is exact and days are counted, never listed.
extension DayRange {
    /// The same days as `ranges` (in any order, overlapping or empty), as sorted disjoint ranges;
    /// ranges that touch (one ends the day before the next starts) are joined. O(n log n).
    package static func union(_ ranges: [DayRange]) -> [DayRange] {
        let sorted = ranges.filter { !$0.isEmpty }.sorted { $0.first < $1.first }
        var result: [DayRange] = []
        result.reserveCapacity(sorted.count)
        for range in sorted {
            if let last = result.last, range.first.ordinal <= last.last.ordinal + 1 {
                if range.last > last.last { result[result.count - 1].last = range.last }
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// The days of `window` outside `ranges` (sorted and disjoint, as `union` returns).
    package static func gaps(in window: DayRange, outside ranges: [DayRange]) -> [DayRange] {
        guard !window.isEmpty else { return [] }
        var result: [DayRange] = []
        var next = window.first
        for range in ranges {
            guard let clipped = range.clamped(to: window) else { continue }
            if clipped.first > next { result.append(DayRange(next, clipped.first.adding(days: -1))) }
            if clipped.last >= next { next = clipped.last.adding(days: 1) }
        }
        if next <= window.last { result.append(DayRange(next, window.last)) }
        return result
    }

    /// The days in `ranges` that are not in `removed` (both sorted and disjoint). Linear.
    package static func subtracting(_ ranges: [DayRange], _ removed: [DayRange]) -> [DayRange] {
        var result: [DayRange] = []
        var j = 0
        for range in ranges {
            var start = range.first
            while j < removed.count, removed[j].last < start { j += 1 }
            var k = j
            while start <= range.last {
                guard k < removed.count, removed[k].first <= range.last else {
                    result.append(DayRange(start, range.last))
                    break
                }
                if removed[k].first > start { result.append(DayRange(start, removed[k].first.adding(days: -1))) }
                start = max(start, removed[k].last.adding(days: 1))
                k += 1
            }
        }
        return result
    }

    /// Days in sorted disjoint ranges.
    package static func dayCount(_ ranges: [DayRange]) -> Int {
        ranges.reduce(0) { $0 + $1.count }
    }

    /// `2020-12-01 .. 2021-03-31 (121 days)`; a single day prints once.
    package var spelled: String {
        first == last ? "\(first) (1 day)" : "\(first) .. \(last) (\(count) days)"
    }
}
