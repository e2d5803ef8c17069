import CoplanCore
/// A declaration's attributes: a range of its file's `TreeStorage`, indexed from 0 like the
/// array it replaces. Public so that its accessors inline across modules (see `SourceRange`).
public struct AttributeList: RandomAccessCollection, Sendable {
    @usableFromInline let storage: TreeStorage
    @usableFromInline let start: Int32
    @usableFromInline let length: Int32

    init(storage: TreeStorage, start: Int, count: Int) {
        self.storage = storage
        self.start = Int32(start)
        length = Int32(count)
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { Int(length) }
    @inlinable public var count: Int { Int(length) }
    @inlinable public var isEmpty: Bool { length == 0 }

    @inlinable public subscript(position: Int) -> AttributeSyntax {
        precondition(position >= 0 && position < Int(length), "attribute index out of range")
        return AttributeSyntax(storage.attributes.base[Int(start) + position], in: storage)
    }

    @inlinable public func index(after position: Int) -> Int { position + 1 }
    @inlinable public func index(before position: Int) -> Int { position - 1 }

    /// Where these attributes lie among their file's, and whether another list is of the same
    /// file's: what shows that a tree keeps one attribute array, not one per declaration.
    package var storageRange: Range<Int> { Int(start)..<Int(start) + Int(length) }
    package func sharesStorage(with other: AttributeList) -> Bool { storage === other.storage }
}

/// An attribute as its file keeps it (24 bytes): the name's place and word number, which of
/// the file's atoms follow it, and where the line ends. Public only so that `AttributeSyntax`'s
/// accessors inline.
public struct StoredAttribute: Sendable {
    public var nameRange: SourceRange
    public var nameID: Int32
    public var atomStart: Int32
    public var atomCount: Int32
    public var end: Int32

    init(nameRange: SourceRange, nameID: Int32, atoms: Range<Int>, end: Int) {
        self.nameRange = nameRange
        self.nameID = nameID
        atomStart = Int32(atoms.lowerBound)
        atomCount = Int32(atoms.count)
        self.end = Int32(clamping: end)
    }
}
