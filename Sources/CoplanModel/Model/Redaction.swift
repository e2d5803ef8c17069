import CoplanCore
import CoplanSyntax
/// Removing people's personal data (names, emails, phones, and identifiers that may spell a
/// name) from what coplan prints, for reports that are published (`--redact`). A person becomes
/// their title (or "person N"); partners, services and everything else stay as written.
///
/// Applied to the model (emitters and the coverage matrix read only the model) and to a check
/// report (whose messages and source excerpts were made before redaction).
package struct Redaction: Sendable {
    /// Person identifiers and their replacements (`anna_nowak` → `person_1`).
    package private(set) var identifiers: [String: String] = [:]
    /// Personal texts (display names, emails, phones) and their replacements, longest first.
    package private(set) var texts: [(String, String)] = []
    /// Needles by their first two bytes, for messages (`apply`) and for source files (`mask`).
    private var messageIndex = NeedleIndex()
    private var sourceIndex = NeedleIndex()

    package init(models: [PlanModel]) {
        var seen = Set<String>()
        for model in models {
            for (index, person) in model.people.enumerated() where !person.header.isPredeclared {
                let label = Self.label(person, number: index + 1)
                identifiers[person.name] = identifiers[person.name] ?? "person_\(index + 1)"
                for value in [person.header.displayName, person.email, person.phone].compactMap({ $0 }) where !value.isEmpty {
                    if seen.insert(value).inserted { texts.append((value, value == person.header.displayName ? label : "[\(label)]")) }
                }
            }
        }
        texts.sort { $0.0.utf8.count > $1.0.utf8.count }
        for (text, replacement) in texts {
            messageIndex.add(Array(text.utf8), replacement: Array(replacement.utf8), wholeWord: false)
            sourceIndex.add(Array(text.utf8), replacement: nil, wholeWord: false)
        }
        for (name, replacement) in identifiers.sorted(by: { $0.key < $1.key }) {
            messageIndex.add(Array("`\(name)`".utf8), replacement: Array("`\(replacement)`".utf8), wholeWord: false)
            sourceIndex.add(Array(name.utf8), replacement: nil, wholeWord: true)
        }
    }

    /// What a person is called once redacted: their title, else "person N".
    static func label(_ person: Person, number: Int) -> String {
        if let title = person.title, !title.isEmpty { return title }
        return "person \(number)"
    }

    /// `text` with every personal text replaced and every person identifier in backticks renamed.
    /// Both renderings of a message with the names replaced.
    package func apply(_ text: Text) -> Text {
        Text(en: apply(text.en), pl: apply(text.pl))
    }

    package func apply(_ text: String) -> String {
        String(decoding: messageIndex.rewrite(Array(text.utf8)), as: UTF8.self)
    }

    /// A copy of the file with personal texts and person identifiers overwritten by `*`, byte for
    /// byte, so that every span into it stays valid and excerpts show nothing personal.
    package func mask(_ file: SourceFile) -> SourceFile {
        SourceFile(path: file.path, bytes: sourceIndex.rewrite(file.bytes))
    }
}

/// Many needles found in a few passes (Rabin–Karp, one pass per distinct needle length, longest
/// first), so that a plan with thousands of people costs tens of passes, not thousands.
struct NeedleIndex: Sendable {
    struct Needle: Sendable {
        var bytes: [UInt8]
        /// nil: overwrite with `*`, byte for byte.
        var replacement: [UInt8]?
        /// Only where no identifier character touches either end.
        var wholeWord: Bool
    }

    private var byLength: [Int: [UInt64: [Needle]]] = [:]
    private var lengths: [Int] = []

    mutating func add(_ bytes: [UInt8], replacement: [UInt8]?, wholeWord: Bool) {
        guard !bytes.isEmpty else { return }
        if byLength[bytes.count] == nil { lengths.append(bytes.count); lengths.sort(by: >) }
        byLength[bytes.count, default: [:]][Self.hash(bytes[...]), default: []]
            .append(Needle(bytes: bytes, replacement: replacement, wholeWord: wholeWord))
    }

    static let base: UInt64 = 1_099_511_628_211

    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.reduce(0) { $0 &* base &+ UInt64($1) }
    }

    func rewrite(_ input: [UInt8]) -> [UInt8] {
        guard !lengths.isEmpty else { return input }
        var claimed = [Bool](repeating: false, count: input.count)
        var matches: [(Int, Needle)] = []
        for length in lengths where length <= input.count {
            let table = byLength[length]!
            var power: UInt64 = 1
            for _ in 1..<max(1, length) { power = power &* Self.base }
            var rolling = Self.hash(input[0..<length])
            var index = 0
            while true {
                if let candidates = table[rolling], !claimed[index], !claimed[index + length - 1],
                   let needle = candidates.first(where: { fits($0, at: index, in: input) }),
                   !claimed[index..<index + length].contains(true) {
                    for offset in index..<index + length { claimed[offset] = true }
                    matches.append((index, needle))
                }
                guard index + length < input.count else { break }
                rolling = (rolling &- UInt64(input[index]) &* power) &* Self.base &+ UInt64(input[index + length])
                index += 1
            }
        }
        guard !matches.isEmpty else { return input }
        matches.sort { $0.0 < $1.0 }
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var position = 0
        for (index, needle) in matches {
            out += input[position..<index]
            if let replacement = needle.replacement { out += replacement } else { out += repeatElement(0x2A, count: needle.bytes.count) }
            position = index + needle.bytes.count
        }
        out += input[position...]
        return out
    }

    private func fits(_ needle: Needle, at index: Int, in input: [UInt8]) -> Bool {
        guard input[index..<index + needle.bytes.count].elementsEqual(needle.bytes) else { return false }
        guard needle.wholeWord else { return true }
        let before = index > 0 ? input[index - 1] : 0x20
        let after = index + needle.bytes.count < input.count ? input[index + needle.bytes.count] : 0x20
        return !Self.isWordByte(before) && !Self.isWordByte(after)
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == 0x5F || byte == 0x2D || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }
}

extension PlanModel {
    /// This model with people's names, emails and phones replaced by their titles (or
    /// "person N") and person identifiers renamed `person_N`: for published reports.
    package func redacted() -> PlanModel {
        let redaction = Redaction(models: [self])
        var copy = self
        for index in copy.people.indices where !copy.people[index].header.isPredeclared {
            let person = copy.people[index]
            let newName = redaction.identifiers[person.name] ?? person.name
            copy.people[index].header.displayName = Redaction.label(person, number: index + 1)
            copy.people[index].header.name = newName
            copy.people[index].contactWithheld = person.email != nil || person.phone != nil
            copy.people[index].email = nil
            copy.people[index].phone = nil
            if copy.symbols[person.name]?.kind == .person {
                copy.symbols[newName] = copy.symbols.removeValue(forKey: person.name)
            }
        }
        return copy
    }
}
