#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CoplanCore
/// Numbers the ASCII words of one file as they are lexed, so that a word met again (an
/// attribute keyword on every line, a partner named in every agreement) reuses its `String`
/// instead of decoding and validating the bytes once more, and so that later stages can ask
/// "which keyword is this?" with an array index instead of a hash of the text.
///
/// Every interner starts from `prefilled`, which holds every ASCII keyword spelling in a fixed
/// order: numbers below `keywordSpellings.count` mean the same spelling in every file
/// (`Keyword.spelled(by:)`). Words with non-ASCII letters are not numbered (`Word.id` is -1):
/// Swift compares strings by canonical equivalence (`zespół` typed decomposed is still the
/// keyword), which a byte table would not. Public so that `text(_:)` inlines across modules
/// (see `SourceRange`).
public struct WordInterner: Sendable {
    /// Word bytes, one after another; word `n` is `bytes[starts[n]..<starts[n + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int32] = [0]
    @usableFromInline private(set) var texts: [String] = []
    /// Open addressing with linear probing: word number + 1, 0 for empty.
    private var slots: [Int32] = Array(repeating: 0, count: 1024)

    /// The ASCII keyword spellings, numbered in `Keyword.allCases` order.
    package static let keywordSpellings: [String] = {
        var seen = Set<String>()
        return Keyword.allCases.flatMap(\.spellings).filter { $0.utf8.allSatisfy { $0 < 0x80 } && seen.insert($0).inserted }
    }()

    /// An interner holding the keyword spellings: each file's starts as a copy of it.
    package static let prefilled: WordInterner = {
        var interner = WordInterner()
        for spelling in keywordSpellings {
            var spelling = spelling
            _ = spelling.withUTF8 { interner.intern($0) }
        }
        return interner
    }()

    package var count: Int { texts.count }

    /// Room for the distinct words of a file of `bytes` bytes (about one per 100 bytes in the
    /// shipped and generated plans), so that a large file's table is not rehashed as it fills:
    /// growing it seven times was a sixth of numbering the words of a 6 MB plan.
    mutating func reserve(forFileOf bytes: Int) {
        let words = bytes / 100
        guard words * 2 > slots.count else { return }
        texts.reserveCapacity(words)
        starts.reserveCapacity(words + 1)
        self.bytes.reserveCapacity(words * 8)
        var size = slots.count
        while size < words * 2 { size *= 2 }
        rehash(into: size)
    }

    /// The text of word `id`; nil for -1 (a word that was not numbered) or a number this
    /// table never gave.
    @inlinable public func text(_ id: Int32) -> String? {
        id >= 0 && Int(id) < texts.count ? texts[Int(id)] : nil
    }

    /// Drops what finding a word by its bytes needs, once the file is read: its tree asks
    /// only for texts by number. Nothing may be interned afterwards.
    mutating func dropLookup() {
        bytes = []
        starts = []
        slots = []
    }

    /// The number and text of a word, or nil when it is not ASCII (one pass over its bytes
    /// for both).
    package mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> (id: Int32, text: String)? {
        number(word).map { ($0, texts[Int($0)]) }
    }

    /// The number of a word, numbering it if new, or nil when it is not ASCII: what an atom
    /// keeps (its text is asked of the table later, if ever).
    package mutating func number(_ word: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard let hash = WordHash.ascii(word) else { return nil }
        return number(word, hash: hash)
    }

    /// The number of an ASCII word whose `WordHash` the lexer has already folded.
    package mutating func number(_ word: UnsafeBufferPointer<UInt8>, hash: Int) -> Int32 {
        let mask = slots.count - 1
        var slot = hash & mask
        let found: Int32? = slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { stored in
                starts.withUnsafeBufferPointer { starts in
                    while true {
                        let entry = slots[slot]
                        if entry == 0 { return nil }
                        let start = Int(starts[Int(entry) - 1])
                        if Int(starts[Int(entry)]) - start == word.count,
                           word.isEmpty || memcmp(stored.baseAddress! + start, word.baseAddress!, word.count) == 0 {
                            return entry - 1
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
        if let found { return found }
        bytes.append(contentsOf: word)
        starts.append(Int32(bytes.count))
        texts.append(String(decoding: word, as: UTF8.self))
        slots[slot] = Int32(texts.count)
        if texts.count * 2 >= slots.count { grow() }
        return Int32(texts.count - 1)
    }

    private mutating func grow() {
        rehash(into: slots.count * 2)
    }

    private mutating func rehash(into size: Int) {
        slots = Array(repeating: 0, count: size)
        let mask = slots.count - 1
        bytes.withUnsafeBufferPointer { stored in
            for number in texts.indices {
                let start = Int(starts[number])
                let word = UnsafeBufferPointer(rebasing: stored[start..<Int(starts[number + 1])])
                var slot = WordHash.ascii(word)! & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(number + 1)
            }
        }
    }
}

extension Keyword {
    /// The keywords a word numbered `id` by its file's `WordInterner` spells: empty for
    /// words that are no keyword, nil when the word was not numbered (ask by its text).
    package static func spelled(by id: Int32) -> [Keyword]? {
        guard id >= 0 else { return nil }
        return Int(id) < keywordsBySpellingID.count ? keywordsBySpellingID[Int(id)] : []
    }

    /// Whether a word numbered `id` (its text asked only when it was not numbered) spells
    /// `keyword`: what `Word.spells` and `Atom.spells` both ask.
    package static func word(numbered id: Int32, text: () -> String, is keyword: Keyword) -> Bool {
        if let keywords = spelled(by: id) { return keywords.contains(keyword) }
        return word(text(), is: keyword)
    }

    /// By spelling number (`WordInterner.keywordSpellings`).
    private static let keywordsBySpellingID: [[Keyword]] = WordInterner.keywordSpellings.map { spelling in
        allCases.filter { $0.spellings.contains(spelling) }
    }
}
