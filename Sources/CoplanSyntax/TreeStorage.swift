import CoplanCore
/// What one file's tree points into: its atoms and its attributes in source order, each kind
/// in one allocation, and what their texts are read from (the file's bytes and its numbered
/// words). An attribute's atoms are a range of the atoms (`AtomList`) and a declaration's
/// attributes a range of the attributes (`AttributeList`), rather than arrays of their own:
/// an array per attribute was a third of a large tree's memory in array headers alone, an
/// array of attributes per declaration a fifth, and each an allocation, a copy and a release
/// per node while parsing.
///
/// Filled by one parser and never changed once its tree is made, so sharing it between
/// threads is safe.
@usableFromInline package final class TreeStorage: @unchecked Sendable {
    // Unchecked: a class's stored `var` is otherwise checked for exclusive access at run
    // time on every read, which cost more than the atom itself.
    @usableFromInline @exclusivity(unchecked) private(set) var atoms: FlatBuffer<StoredAtom>
    @usableFromInline @exclusivity(unchecked) private(set) var attributes: FlatBuffer<StoredAttribute>
    /// The file the atoms are in: a string's, number's or date's text is read from its bytes.
    let file: SourceFile
    /// The file's ASCII words by number (`Word.id`), numbered by the parser as it reads them.
    @usableFromInline @exclusivity(unchecked) var words = WordInterner.prefilled

    init(file: SourceFile) {
        self.file = file
        atoms = FlatBuffer(capacity: Self.atomCapacity(forFileOf: file.bytes.count))
        attributes = FlatBuffer(capacity: Self.attributeCapacity(forFileOf: file.bytes.count))
        words.reserve(forFileOf: file.bytes.count)
    }

    deinit {
        atoms.free()
        attributes.free()
    }

    /// How many atoms the parser has stored.
    package var count: Int { atoms.count }
    /// How many attributes the parser has stored.
    var attributeCount: Int { attributes.count }

    /// The atom at `index` of the whole file.
    subscript(index: Int) -> Atom { Atom(atoms.base[index], in: self) }

    func append(_ atom: StoredAtom) { atoms.append(atom) }

    func append(_ attribute: StoredAttribute) { attributes.append(attribute) }

    /// Drops the atoms from `newCount` on (a line that turned out to be a declaration header).
    func truncate(to newCount: Int) { atoms.truncate(to: newCount) }

    /// Room for the atoms of a file of `bytes` bytes. Values are about one token in two (the
    /// rest are attribute names, keywords and braces), one per 20 bytes of the shipped and
    /// generated plans; a file denser than one per 16 grows the array once or twice.
    static func atomCapacity(forFileOf bytes: Int) -> Int { max(256, bytes / 16) }

    /// Room for the attributes: one a line, about one per 34 bytes of the same plans (one per
    /// 24 bytes fits denser files without growing).
    static func attributeCapacity(forFileOf bytes: Int) -> Int { max(64, bytes / 24) }

    /// Gives back the room a small file did not use, once it is read, and the word table's
    /// lookup part (the texts stay).
    func finish() {
        atoms.shrink()
        attributes.shrink()
        words.dropLookup()
    }

    /// The text of an attribute's name: by its number, or read from the file.
    func nameText(_ attribute: StoredAttribute) -> String {
        if let text = words.text(attribute.nameID) { return text }
        return file.text(attribute.nameRange.start..<attribute.nameRange.end)
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

