/// Where the parser collects a file's statements before its tree is made: `take()` hands them
/// over in an array of exactly their number. Growing an array per node was a seventh of
/// parsing, and copying a reused `Array` shared its storage, so that every node kept room for
/// the longest one (the tree was a third larger). The room itself is a `FlatBuffer`, like the
/// atoms' and attributes'.
final class NodeBuffer<Element> {
    private var buffer: FlatBuffer<Element>

    init(capacity: Int = 16) {
        buffer = FlatBuffer(capacity: capacity)
    }

    deinit { buffer.free() }

    var count: Int { buffer.count }

    func append(_ element: Element) { buffer.append(element) }

    /// The children, in an exactly sized array; the buffer is empty afterwards. Copied and
    /// then dropped here rather than moved: `Array(unsafeUninitializedCapacity:)` is not
    /// specialised outside the standard library and cost five times the copy.
    func take() -> [Element] {
        let taken = Array(UnsafeBufferPointer(start: buffer.base, count: buffer.count))
        removeAll()
        return taken
    }

    /// Drops the children without handing them over.
    func removeAll() { buffer.truncate(to: 0) }
}
