/// Where the parser collects one node's children (an attribute's atoms, a declaration's
/// attributes) before the node is made: it is reused from node to node, and `take()` moves
/// the children into an array of exactly their number. Growing an array per node was a
/// seventh of parsing; copying a reused `Array` either shared its storage (every node then
/// kept room for the longest one) or retained and released every child once more.
final class NodeBuffer<Element> {
    private var storage: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        storage = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    var isEmpty: Bool { count == 0 }
    var first: Element? { count > 0 ? storage[0] : nil }
    var last: Element? { count > 0 ? storage[count - 1] : nil }

    func append(_ element: Element) {
        if count == capacity { grow() }
        (storage + count).initialize(to: element)
        count += 1
    }

    /// The children so far, copied (the buffer keeps them).
    var elements: [Element] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    /// The children, moved into an exactly sized array; the buffer is empty afterwards.
    func take() -> [Element] {
        let taken = count
        guard taken > 0 else { return [] }
        count = 0
        return [Element](unsafeUninitializedCapacity: taken) { buffer, initialized in
            buffer.baseAddress!.moveInitialize(from: storage, count: taken)
            initialized = taken
        }
    }

    /// Drops the children without handing them over.
    func removeAll() {
        storage.deinitialize(count: count)
        count = 0
    }

    private func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}
