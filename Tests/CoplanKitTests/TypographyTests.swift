import Testing
@testable import CoplanCore
@testable import CoplanEmit

/// `Typography.bound` walks bytes for speed; it must bind exactly the spaces the rule by
/// characters binds (the rule as it was written first, kept here as the reference).
@Suite struct TypographyTests {
    static func reference(_ text: String, _ language: Language) -> String {
        let text = text.utf8.contains(0x2D) ? text.replacing("e-mail", with: "e\u{2011}mail") : text
        guard text.utf8.contains(0x20) else { return text }
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        var result = ""
        for index in words.indices {
            result += words[index]
            guard index < words.count - 1 else { break }
            result.append(Typography.binds(words[index], language) && !words[index + 1].isEmpty ? Typography.noBreak : " ")
        }
        return result
    }

    @Test func bytesAndCharactersBindTheSameSpaces() {
        let words = ["w", "z", "o", "i", "a", "W", "ż", "ó", "Ś", "art.", "ust.", "§", "nr", "Dz.", "U.", "pkt", "tel.", "No.",
                     "Article", "31", "2004", "+48", "1.5", "3,5", "12_0", "grudnia", "miesiące", "pomocy", "„w", "(z", "«i",
                     "[o", "\"a", "‘u", "“ż", "e-mail", "e-mail:", "x-y", "", "„", "(", "2.", "r.", "ŁÓDŹ", "a1", "1a"]
        var random = SplitMix(seed: 2026)
        for _ in 0..<3_000 {
            let count = Int(random.next() % 9)
            let text = (0..<count).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
            for language in Language.allCases {
                #expect(Typography.bound(text, language) == Self.reference(text, language), "\(text)")
            }
        }
    }
}
