import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs independent pieces of work on several cores and returns their results in input order,
/// so that output never depends on how the work happened to be scheduled.
package enum Parallel {
    /// The cores this machine has online; the default for folder checks.
    package static var availableCores: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// `items.map(transform)` on up to `cores` threads. Workers take the next unclaimed item, so
    /// one slow item does not hold up a whole stripe; `cores <= 1` runs on the calling thread.
    package static func map<T: Sendable, U: Sendable>(_ items: [T], cores: Int, _ transform: @Sendable (T) -> U) -> [U] {
        let workers = min(max(1, cores), items.count)
        if workers <= 1 { return items.map(transform) }
        let results = ResultSlots<U>(count: items.count)
        let cursor = Cursor(limit: items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = cursor.next() {
                results.store(transform(items[index]), at: index)
            }
        }
        return results.collect()
    }

    /// `(first(), second())`, each on its own core when one is free: for two stages that read
    /// the same input and not each other's output.
    package static func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let slots = PairSlots<A, B>()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 { slots.first = first() } else { slots.second = second() }
        }
        return (slots.first!, slots.second!)
    }
}

/// The two results of `Parallel.both`; each written by one worker, read after both finished.
private final class PairSlots<A, B>: @unchecked Sendable {
    var first: A?
    var second: B?
}

/// Hands out indices 0..<limit once each, to whichever worker asks first.
private final class Cursor: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private var position = 0
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    func next() -> Int? {
        lock.wait()
        defer { lock.signal() }
        guard position < limit else { return nil }
        position += 1
        return position - 1
    }
}

/// One slot per item; each slot is written by exactly one worker, and read only after all
/// workers have finished (`concurrentPerform` returns after the last one), so no lock is needed.
private final class ResultSlots<U>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<U?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer<U?>.allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ value: U, at index: Int) { slots[index] = value }

    func collect() -> [U] { (0..<count).map { slots[$0]! } }
}
