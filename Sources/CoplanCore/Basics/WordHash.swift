/// The hash `NameIndex` and the syntax layer's `WordInterner` both probe with: FNV-1a over a
/// word's UTF-8 bytes, mixed so that linear probing spreads words that differ only in their
/// last bytes (`partner_1`, `partner_2`, …); nil for a word with a non-ASCII byte, which those
/// tables leave to Swift's own (canonically equivalent) string hashing and comparison.
/// Inlinable: it runs once for every word of every file. The lexer folds `step` into the loop
/// that finds an identifier's end, so a word's bytes are read once for both. Public so that
/// it inlines across modules (see `SourceRange`).
public enum WordHash {
    @inlinable @inline(__always) public static var start: UInt64 { 0xcbf2_9ce4_8422_2325 }

    @inlinable @inline(__always) public static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// The hash of a word whose bytes `step` has folded into `hash`.
    @inlinable @inline(__always) public static func finish(_ hash: UInt64) -> Int {
        var hash = hash
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        return Int(truncatingIfNeeded: hash)
    }

    @inlinable public static func ascii(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        var hash = start
        var high: UInt8 = 0
        for byte in word {
            hash = step(hash, byte)
            high |= byte
        }
        guard high < 0x80 else { return nil }
        return finish(hash)
    }
}
