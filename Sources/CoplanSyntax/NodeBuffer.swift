/// Where the parser collects one node's children (a declaration's attributes, a file's
/// statements) before the node is made: it is reused from node to node, and `take()` hands
/// the children over in an array of exactly their number. Growing an array per node was a
/// seventh of parsing, and copying a reused `Array` shared its storage, so that every node
/// kept room for the longest one (the tree was a third larger).
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

    func append(_ element: Element) {
        if count == capacity { grow() }
        (storage + count).initialize(to: element)
        count += 1
    }

    /// The children, in an exactly sized array; the buffer is empty afterwards. Copied and
    /// then dropped here rather than moved: `Array(unsafeUninitializedCapacity:)` is not
    /// specialised outside the standard library and cost five times the copy.
    func take() -> [Element] {
        let taken = Array(UnsafeBufferPointer(start: storage, count: count))
        removeAll()
        return taken
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
