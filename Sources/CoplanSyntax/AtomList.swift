#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CoplanCore
/// The atoms of one file in source order, in one allocation, and what their texts are read
/// from: the file's bytes and its numbered words. An attribute's atoms are a range of it
/// (`AtomList`) rather than an array of their own: an array per attribute was a third of a
/// large tree's memory in array headers alone, and an allocation, a copy and a release of
/// every atom per line while parsing.
///
/// Filled by one parser and never changed once its tree is made, so sharing it between
/// threads is safe.
@usableFromInline package final class AtomStorage: @unchecked Sendable {
    // Unchecked: a class's stored `var` is otherwise checked for exclusive access at run
    // time on every read, which cost more than the atom itself.
    @usableFromInline @exclusivity(unchecked) private(set) var base: UnsafeMutablePointer<StoredAtom>
    @exclusivity(unchecked) package private(set) var count = 0
    @exclusivity(unchecked) private var capacity: Int
    /// The file the atoms are in: a string's, number's or date's text is read from its bytes.
    let file: SourceFile
    /// The file's ASCII words by number (`Word.id`), numbered by the parser as it reads them.
    @usableFromInline @exclusivity(unchecked) var words = WordInterner.prefilled

    init(file: SourceFile, capacity: Int = 256) {
        self.file = file
        base = .allocate(capacity: capacity)
        self.capacity = capacity
        words.reserve(forFileOf: file.bytes.count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// The atom at `index` of the whole file.
    subscript(index: Int) -> Atom { Atom(base[index], in: self) }

    func append(_ atom: StoredAtom) {
        if count == capacity { move(toCapacity: capacity * 2) }
        (base + count).initialize(to: atom)
        count += 1
    }

    /// Drops the atoms from `newCount` on (a line that turned out to be a declaration header).
    func truncate(to newCount: Int) {
        (base + newCount).deinitialize(count: count - newCount)
        count = newCount
    }

    /// Room for the atoms of a file of `bytes` bytes. Values are about one token in two (the
    /// rest are attribute names, keywords and braces), one per 20 bytes of the shipped and
    /// generated plans; a file denser than one per 16 grows the array once or twice. A large
    /// allocation is mapped memory that costs nothing until written, so room never used is
    /// never resident.
    static func capacity(forFileOf bytes: Int) -> Int { max(256, bytes / 16) }

    /// Gives back the room a small file did not use, once it is read, and the word table's
    /// lookup part (the texts stay). A large file's unused room was never touched, and moving
    /// its atoms would touch them all again.
    func finish() {
        if capacity <= 1 << 16, capacity > count + count / 8 + 16 { move(toCapacity: max(count, 1)) }
        words.dropLookup()
    }

    private func move(toCapacity newCapacity: Int) {
        let moved = UnsafeMutablePointer<StoredAtom>.allocate(capacity: newCapacity)
        moved.moveInitialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = newCapacity
    }

    /// `Atom.wholeNumber`.
    func wholeNumber(of atom: StoredAtom) -> Int? {
        guard atom.kind == .number else { return nil }
        var value = 0
        for byte in file.bytes[atom.range.start..<atom.range.end] where byte != 0x5F {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = times.addingReportingOverflow(Int(byte - 0x30))
            if overflowTimes || overflowSum { return nil }
            value = sum
        }
        return value
    }

    /// `Atom.day`.
    func day(of atom: StoredAtom) -> Day? {
        file.bytes.withUnsafeBufferPointer { Day(isoBytes: UnsafeBufferPointer(rebasing: $0[atom.range.start..<atom.range.end])) }
    }

    /// An atom's text, as `Atom.text` documents it.
    @usableFromInline func text(of atom: StoredAtom) -> String {
        let range = atom.range
        switch atom.kind {
        case .identifier:
            if let text = words.text(atom.id) { return text }
            return file.text(range.start..<range.end)
        case .string where range.end - range.start >= 2 && file.bytes[range.end - 1] == 0x22:
            // A closed string without escapes, the common case, is its bytes between the quotes.
            return file.bytes.withUnsafeBufferPointer { bytes in
                let inner = UnsafeBufferPointer(rebasing: bytes[range.start + 1..<range.end - 1])
                if let base = inner.baseAddress, memchr(base, 0x5C, inner.count) != nil {
                    var ignored: [Diagnostic] = []
                    let token = Token(kind: .string, start: range.start, end: range.end)
                    return StringLiteral.decode(bytes, token, file: file, diagnostics: &ignored)
                }
                return String(decoding: inner, as: UTF8.self)
            }
        case .string, .textBlock:
            var ignored: [Diagnostic] = []
            let token = Token(kind: atom.kind == .string ? .string : .textBlock, start: range.start, end: range.end)
            return file.bytes.withUnsafeBufferPointer { StringLiteral.decode($0, token, file: file, diagnostics: &ignored) }
        case .number, .percent:
            var digits = [UInt8]()
            digits.reserveCapacity(range.end - range.start)
            for byte in file.bytes[range.start..<range.end] where byte != 0x5F && byte != 0x25 { digits.append(byte) }
            return String(decoding: digits, as: UTF8.self)
        case .date: return file.text(range.start..<range.end)
        case .dotDot: return ".."
        case .comma: return ","
        case .equal: return "="
        case .greaterEqual: return ">="
        case .lessEqual: return "<="
        case .greater: return ">"
        case .less: return "<"
        }
    }
}

/// An attribute's atoms: a range of its file's `AtomStorage`, indexed from 0 like the array
/// it replaces, so readers write `atoms[1]` and `atoms.dropFirst(2)` as before. Public so that
/// its accessors inline into the modules that read attributes (see `SourceRange`).
public struct AtomList: RandomAccessCollection, Sendable {
    @usableFromInline let storage: AtomStorage
    @usableFromInline let start: Int32
    @usableFromInline let length: Int32

    init(storage: AtomStorage, start: Int, count: Int) {
        self.storage = storage
        self.start = Int32(start)
        length = Int32(count)
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { Int(length) }
    @inlinable public var count: Int { Int(length) }

    @inlinable public subscript(position: Int) -> Atom {
        precondition(position >= 0 && position < Int(length), "atom index out of range")
        return Atom(storage.base[Int(start) + position], in: storage)
    }

    @inlinable public func index(after position: Int) -> Int { position + 1 }
    @inlinable public func index(before position: Int) -> Int { position - 1 }

    // The members readers use most, written out: the protocols' generic versions were called
    // through witness tables from the modules that read attributes (a tenth of resolving).
    @inlinable public var isEmpty: Bool { length == 0 }
    @inlinable public var first: Atom? { length == 0 ? nil : Atom(storage.base[Int(start)], in: storage) }
    @inlinable public var last: Atom? { length == 0 ? nil : Atom(storage.base[Int(start) + Int(length) - 1], in: storage) }
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
