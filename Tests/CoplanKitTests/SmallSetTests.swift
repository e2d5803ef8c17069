import Testing
@testable import CoplanAnalysis

/// `SmallSet` replaces `Set` where the coverage index drops duplicates: it must answer as a
/// `Set` does, below and past the size where it switches to one.
@Suite struct SmallSetTests {
    @Test func answersAsASetDoes() {
        var random = SplitMix(seed: 16)
        for _ in 0..<500 {
            var small = SmallSet<Int>()
            var reference = Set<Int>()
            let range = UInt64(1 + random.next() % 60)
            for _ in 0..<Int(random.next() % 120) {
                let value = Int(random.next() % range)
                #expect(small.insert(value) == reference.insert(value).inserted)
            }
        }
    }
}
