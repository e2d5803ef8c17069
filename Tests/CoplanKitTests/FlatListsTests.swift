import Testing
@testable import CoplanAnalysis

/// `FlatLists` replaces an array per key in the coverage index: every key's list must hold
/// exactly what appending to its own array would, in the same order, and `sortedUnique` what
/// sorting and deduplicating each would.
@Suite struct FlatListsTests {
    @Test func holdsWhatAnArrayPerKeyWould() {
        var random = SplitMix(seed: 21)
        for _ in 0..<300 {
            let keys = Int(random.next() % 12)
            var reference = [[Int]](repeating: [], count: keys)
            var entries: [(key: Int32, value: Int)] = []
            if keys > 0 {
                for _ in 0..<Int(random.next() % 80) {
                    let key = Int(random.next() % UInt64(keys)), value = Int(random.next() % 10)
                    reference[key].append(value)
                    entries.append((Int32(key), value))
                }
            }
            let lists = FlatLists(count: keys, entries: entries)
            #expect(lists.count == keys)
            for key in 0..<keys { #expect(Array(lists[key]) == reference[key]) }
            let unique = lists.sortedUnique()
            for key in 0..<keys { #expect(Array(unique[key]) == Array(Set(reference[key])).sorted()) }
        }
        #expect(FlatLists<Int>().count == 0)
    }
}
