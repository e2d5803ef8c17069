/// One list per key (per partner, service or agreement) stored as ranges of one flat array:
/// the lists of key `k` are `values[offsets[k] ..< offsets[k + 1]]`. The coverage index built
/// a small array per key and grew it one element at a time, a third of building the index;
/// here every list of a table is counted, then placed, in two allocations.
struct FlatLists<Value: Sendable>: Sendable {
    private var offsets: [Int32]
    private var values: [Value]

    /// Empty lists for no keys.
    init() {
        offsets = [0]
        values = []
    }

    /// The lists of `count` keys holding `entries` (key, value), each list in the order its
    /// values come.
    init(count: Int, entries: [(key: Int32, value: Value)]) {
        var offsets = [Int32](repeating: 0, count: count + 1)
        for entry in entries { offsets[Int(entry.key) + 1] += 1 }
        for key in 0..<count { offsets[key + 1] += offsets[key] }
        var values = entries.first.map { [Value](repeating: $0.value, count: entries.count) } ?? []
        var next = offsets
        for entry in entries {
            values[Int(next[Int(entry.key)])] = entry.value
            next[Int(entry.key)] += 1
        }
        self.offsets = offsets
        self.values = values
    }

    /// How many keys there are.
    var count: Int { offsets.count - 1 }

    subscript(key: Int) -> ArraySlice<Value> {
        values[Int(offsets[key])..<Int(offsets[key + 1])]
    }
}

extension FlatLists where Value: Comparable {
    /// The same lists, each sorted with every value once (sorted and compacted in place).
    func sortedUnique() -> FlatLists {
        var copy = self
        var write = 0
        for key in 0..<count {
            let low = Int(offsets[key]), high = Int(offsets[key + 1])
            copy.values[low..<high].sort()
            let start = write
            copy.offsets[key] = Int32(start)
            for read in low..<high where write == start || copy.values[write - 1] != copy.values[read] {
                copy.values[write] = copy.values[read]
                write += 1
            }
        }
        copy.offsets[count] = Int32(write)
        copy.values.removeLast(copy.values.count - write)
        return copy
    }
}
