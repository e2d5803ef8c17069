/// Names numbered in the order they were added, found by a hash of their UTF-8 bytes
/// (`WordHash`, FNV-1a) instead of `Hasher`'s SipHash: resolving looks up every name written
/// in a plan, and SipHash's set-up and finalisation were most of the cost of those lookups.
///
/// Not generic on purpose: a generic table used from another module ran unspecialised,
/// looking up type metadata on every access. Callers keep their values in an array indexed
/// by the number a name gets (`SymbolTable`, `AttributeSchema`).
///
/// Names compare as Swift strings do (canonical equivalence: a decomposed `ś` is the same
/// name as a precomposed one), so a non-ASCII name is hashed in a form that equivalent
/// spellings share (`NameIndex.canonicalHash`).
package struct NameIndex: Sendable {
    /// Names by number; a removed name keeps its number as `nil`.
    private var names: [String?] = []
    /// Open addressing with linear probing: number + 1, 0 for empty, -1 for a removed slot.
    private var slots: [Int32] = Array(repeating: 0, count: 16)
    package private(set) var count = 0
    /// Occupied slots, removed ones included (they lengthen probes until the next growth).
    private var used = 0

    package init() {}

    /// Room for `capacity` names without growing the table while they are added.
    package mutating func reserveCapacity(_ capacity: Int) {
        names.reserveCapacity(capacity)
        var size = slots.count
        while capacity * 4 >= size * 3 { size *= 2 }
        guard size > slots.count else { return }
        slots = Array(repeating: 0, count: size / 2)
        grow()
    }

    /// The number of `name`, if it was added and not removed.
    package func number(of name: String) -> Int? {
        find(name, hash: Self.hash(name)).found.map { Int(slots[$0]) - 1 }
    }

    /// Adds `name` (if new) and returns its number.
    @discardableResult
    package mutating func add(_ name: String) -> Int {
        let (found, free) = find(name, hash: Self.hash(name))
        if let found { return Int(slots[found]) - 1 }
        names.append(name)
        count += 1
        if slots[free] == 0 { used += 1 }
        slots[free] = Int32(names.count)
        if used * 4 >= slots.count * 3 { grow() }
        return names.count - 1
    }

    /// Removes `name`; returns the number it had.
    @discardableResult
    package mutating func remove(_ name: String) -> Int? {
        guard let slot = find(name, hash: Self.hash(name)).found else { return nil }
        let number = Int(slots[slot]) - 1
        names[number] = nil
        slots[slot] = -1
        count -= 1
        return number
    }

    /// The name with a number (nil once removed).
    package func name(_ number: Int) -> String? { names[number] }

    /// Every number given so far, removed ones included.
    package var numbers: Range<Int> { names.indices }

    /// (found slot, first free slot on the probe path).
    private func find(_ name: String, hash: Int) -> (found: Int?, free: Int) {
        let mask = slots.count - 1
        var slot = hash & mask
        var free: Int?
        while true {
            let entry = slots[slot]
            if entry == 0 { return (nil, free ?? slot) }
            if entry < 0 {
                if free == nil { free = slot }
            } else if names[Int(entry) - 1] == name {
                return (slot, free ?? slot)
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        var size = slots.count * 2
        while count * 2 >= size { size *= 2 }
        slots = Array(repeating: 0, count: size)
        used = 0
        let mask = size - 1
        for (number, name) in names.enumerated() {
            guard let name else { continue }
            var slot = Self.hash(name) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
            used += 1
        }
    }

    /// `WordHash` of an ASCII name; a non-ASCII one in a form its equivalent spellings share.
    static func hash(_ name: String) -> Int {
        var name = name
        return name.withUTF8 { WordHash.ascii($0) } ?? canonicalHash(name)
    }

    /// A non-ASCII name: Swift's own hash, which equivalent spellings share. The one letter
    /// equivalent to an ASCII one, the Kelvin sign (U+212A ≡ `K`), is hashed as that letter.
    static func canonicalHash(_ name: String) -> Int {
        if name.unicodeScalars.allSatisfy({ $0.isASCII || $0 == "\u{212A}" }) {
            return hash(String(String.UnicodeScalarView(name.unicodeScalars.map { $0 == "\u{212A}" ? "K" : $0 })))
        }
        return name.hashValue
    }
}
