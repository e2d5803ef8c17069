/// The `coverage` object of docs/LANGUAGE.md §6.
package struct CoverageSummary: Sendable, Hashable {
    package var percent: Double
    package var pairs: Int
    package var covered: Int
    /// Pair-days, kept so that summaries over several plans weigh plans by their size.
    package var pairDays: Int
    package var coveredPairDays: Int

    package init(percent: Double, pairs: Int, covered: Int, pairDays: Int, coveredPairDays: Int) {
        self.percent = percent
        self.pairs = pairs
        self.covered = covered
        self.pairDays = pairDays
        self.coveredPairDays = coveredPairDays
    }

    /// Sums several plans' coverage.
    package static func combined(_ parts: [CoverageSummary]) -> CoverageSummary? {
        guard !parts.isEmpty else { return nil }
        let pairDays = parts.reduce(0) { $0 + $1.pairDays }
        let covered = parts.reduce(0) { $0 + $1.coveredPairDays }
        return CoverageSummary(percent: pairDays == 0 ? 100 : Double(covered) * 100 / Double(pairDays),
                               pairs: parts.reduce(0) { $0 + $1.pairs }, covered: parts.reduce(0) { $0 + $1.covered },
                               pairDays: pairDays, coveredPairDays: covered)
    }
}
