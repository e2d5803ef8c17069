import CoplanCore
/// A declaration's attributes: a range of its file's `TreeStorage`, indexed from 0 like the
/// array it replaces. Public so that its accessors inline across modules (see `SourceRange`).
public struct AttributeList: RandomAccessCollection, Sendable {
    @usableFromInline let storage: TreeStorage
    /// Where the list lies among its file's attributes.
    @usableFromInline let bounds: Range<Int32>

    init(storage: TreeStorage, bounds: Range<Int>) {
        self.storage = storage
        self.bounds = Int32(bounds.lowerBound)..<Int32(bounds.upperBound)
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { Int(bounds.upperBound - bounds.lowerBound) }
    @inlinable public var isEmpty: Bool { bounds.isEmpty }

    @inlinable public subscript(position: Int) -> AttributeSyntax {
        precondition(position >= 0 && position < endIndex, "attribute index out of range")
        return AttributeSyntax(storage.attributes.base[Int(bounds.lowerBound) + position], in: storage)
    }

    @inlinable public func index(after position: Int) -> Int { position + 1 }
    @inlinable public func index(before position: Int) -> Int { position - 1 }

    /// Where these attributes lie among their file's, and whether another list is of the same
    /// file's: what shows that a tree keeps one attribute array, not one per declaration.
    package var storageRange: Range<Int> { Int(bounds.lowerBound)..<Int(bounds.upperBound) }
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
