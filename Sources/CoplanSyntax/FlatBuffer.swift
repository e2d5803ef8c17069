/// A growable run of one kind of node in one allocation, owned by a class: a file's atoms or
/// attributes (`TreeStorage`), or its statements while they are read (`NodeBuffer`). The
/// owner frees it (`free()`), because a struct cannot. A large allocation is mapped memory
/// that costs nothing until written, so room never used is never resident.
@usableFromInline struct FlatBuffer<Element> {
    @usableFromInline private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        base = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    mutating func append(_ element: Element) {
        if count == capacity { move(toCapacity: capacity * 2) }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Drops the elements from `newCount` on.
    mutating func truncate(to newCount: Int) {
        (base + newCount).deinitialize(count: count - newCount)
        count = newCount
    }

    /// Gives back the room a small file did not use. A large file's unused room was never
    /// touched, and moving its elements would touch them all again.
    mutating func shrink() {
        if capacity <= 1 << 16, capacity > count + count / 8 + 16 { move(toCapacity: max(count, 1)) }
    }

    func free() {
        base.deinitialize(count: count)
        base.deallocate()
    }

    private mutating func move(toCapacity newCapacity: Int) {
        let moved = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        moved.moveInitialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = newCapacity
    }
}
