import CoplanCore
/// An attribute's atoms: a range of its file's `TreeStorage`, indexed from 0 like the array
/// it replaces, so readers write `atoms[1]` and `atoms.dropFirst(2)` as before. Public so that
/// its accessors inline into the modules that read attributes (see `SourceRange`).
public struct AtomList: RandomAccessCollection, Sendable {
    @usableFromInline let storage: TreeStorage
    @usableFromInline let start: Int32
    @usableFromInline let length: Int32

    @inlinable init(storage: TreeStorage, start: Int, count: Int) {
        self.storage = storage
        self.start = Int32(start)
        length = Int32(count)
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { Int(length) }
    @inlinable public var count: Int { Int(length) }

    @inlinable public subscript(position: Int) -> Atom {
        precondition(position >= 0 && position < Int(length), "atom index out of range")
        return Atom(storage.atoms.base[Int(start) + position], in: storage)
    }

    @inlinable public func index(after position: Int) -> Int { position + 1 }
    @inlinable public func index(before position: Int) -> Int { position - 1 }

    // The members readers use most, written out: the protocols' generic versions were called
    // through witness tables from the modules that read attributes (a tenth of resolving).
    @inlinable public var isEmpty: Bool { length == 0 }
    @inlinable public var first: Atom? { length == 0 ? nil : Atom(storage.atoms.base[Int(start)], in: storage) }
    @inlinable public var last: Atom? { length == 0 ? nil : Atom(storage.atoms.base[Int(start) + Int(length) - 1], in: storage) }
    @inlinable public func dropFirst(_ dropped: Int = 1) -> AtomSlice {
        AtomSlice(base: self, bounds: Swift.min(dropped, Int(length))..<Int(length))
    }

    /// Where these atoms lie among their file's, and whether another list is of the same
    /// file's atoms: what shows that a tree keeps one atom array, not one per attribute.
    package var storageRange: Range<Int> { Int(start)..<Int(start) + Int(length) }
    package func sharesStorage(with other: AtomList) -> Bool { storage === other.storage }

    /// The atoms after the first `count`, as a list of their own (the rest of `provides a, b`).
    package func dropping(_ dropped: Int) -> AtomList {
        let dropped = Swift.min(dropped, Int(length))
        return AtomList(storage: storage, start: Int(start) + dropped, count: Int(length) - dropped)
    }
}

/// Part of an attribute's atoms: a list item, or what a reader has not read yet.
public typealias AtomSlice = Slice<AtomList>
