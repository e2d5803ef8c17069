import CoplanModel

/// Which pair a (group, need) is, for building the coverage index: a group's pairs are
/// consecutive, so a need is looked for among its group's few pairs, and a dictionary is
/// built only for a group with many. A dictionary over all pairs hashed two references with
/// SipHash for every need of every group of every service.
struct PairLookup {
    /// The pairs of group `g`: `pairsOfGroup[g]`, indices into the index's pairs.
    private var pairsOfGroup: [Range<Int>] = []
    /// Needs → pair, for the groups with more pairs than a scan should look through.
    private var largeGroups: [Int: [Ref<Need>: Int]] = [:]
    private static let scanLimit = 16

    init(groups: Int) {
        pairsOfGroup.reserveCapacity(groups)
    }

    /// Records group `g`'s pairs, `needs[i]` being the need of pair `first + i`.
    mutating func add(group g: Int, first: Int, needs: [Ref<Need>]) {
        pairsOfGroup.append(first..<first + needs.count)
        guard needs.count > Self.scanLimit else { return }
        var table: [Ref<Need>: Int] = [:]
        table.reserveCapacity(needs.count)
        for (offset, need) in needs.enumerated() { table[need] = first + offset }
        largeGroups[g] = table
    }

    /// The pair of `group` and `need`, if the group lists the need.
    func pair(group: Ref<Group>, need: Ref<Need>, in pairs: [CoverageIndex.Entry]) -> Int? {
        guard group.index < pairsOfGroup.count else { return nil }
        if let table = largeGroups[group.index] { return table[need] }
        return pairsOfGroup[group.index].first { pairs[$0].need == need }
    }
}
