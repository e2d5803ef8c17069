import CoplanCore
import CoplanModel

/// Spaces a reader of a printed agreement does not want broken at the end of a line, made
/// non-breaking (U+00A0) in the HTML and DOCX pages: after a one-letter Polish word ("w", "z",
/// "o", "i" ending a line is a typesetting error in Polish), after a number ("31 grudnia",
/// "3 miesiące", "+48 82 000 00 01") and after abbreviations that point at what follows
/// ("art. 2", "ust. 2", "nr 0052", "§ 7"). Markdown keeps plain spaces: it is not laid out.
enum Typography {
    static let noBreak: Character = "\u{00A0}"

    /// Words after which Polish (and, for the signs, English) keeps the next word on the line.
    static let bindingAbbreviations: Set<Substring> = ["art.", "ust.", "pkt", "lit.", "nr", "poz.", "§", "Dz.", "U.",
                                                       "ks.", "insp.", "tel.", "No.", "Article"]

    static func bound(_ blocks: [DocumentMarkup.Block], _ language: Language) -> [DocumentMarkup.Block] {
        blocks.map { bound($0, language) }
    }

    static func bound(_ block: DocumentMarkup.Block, _ language: Language) -> DocumentMarkup.Block {
        switch block {
        case .heading(let level, let inlines): return .heading(level: level, bound(inlines, language))
        case .paragraph(let inlines): return .paragraph(bound(inlines, language))
        case .list(let ordered, let start, let items):
            return .list(ordered: ordered, start: start, items.map { item in
                DocumentMarkup.ListItem(content: bound(item.content, language), children: bound(item.children, language))
            })
        case .table(let header, let rows):
            return .table(header: header.map { bound($0, language) }, rows: rows.map { $0.map { bound($0, language) } })
        }
    }

    static func bound(_ inlines: [DocumentMarkup.Inline], _ language: Language) -> [DocumentMarkup.Inline] {
        inlines.map { inline in
            switch inline {
            case .text(let text): return .text(bound(text, language))
            case .strong(let inner): return .strong(bound(inner, language))
            case .emphasis(let inner): return .emphasis(bound(inner, language))
            case .lineBreak: return .lineBreak
            }
        }
    }

    /// `text` with the spaces after binding words made non-breaking. Walks the UTF-8 bytes and
    /// decides ASCII words by their bytes (`bindsASCII`), the others by their characters
    /// (`binds`): a page of Polish splits into thousands of words, and doing all of them by
    /// `Character` was a fifth of rendering an agreement.
    static func bound(_ text: String, _ language: Language) -> String {
        // "e-mail" is one word: a line never ends at its hyphen (U+2011 does not break).
        var text = text.utf8.contains(0x2D) ? text.replacing("e-mail", with: "e\u{2011}mail") : text
        guard text.utf8.contains(0x20) else { return text }
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                out.append(contentsOf: word)
                guard end < bytes.count else { break }
                // A space before another space or the end binds nothing.
                let nextIsWord = end + 1 < bytes.count && bytes[end + 1] != 0x20
                if nextIsWord && binds(word, language) {
                    out.append(contentsOf: [0xC2, 0xA0])
                } else {
                    out.append(0x20)
                }
                start = end + 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether a word (its UTF-8 bytes) keeps the next one on its line.
    static func binds(_ word: UnsafeBufferPointer<UInt8>, _ language: Language) -> Bool {
        guard word.allSatisfy({ $0 < 0x80 }) else {
            return binds(Substring(String(decoding: word, as: UTF8.self)), language)
        }
        return bindsASCII(word, language)
    }

    /// `binds` for an ASCII word: the same rules, by bytes (ASCII digits are its numbers and
    /// ASCII letters its letters).
    static func bindsASCII(_ word: UnsafeBufferPointer<UInt8>, _ language: Language) -> Bool {
        var first = 0
        while first < word.count, asciiOpenings.contains(word[first]) { first += 1 }
        let bare = UnsafeBufferPointer(rebasing: word[first...])
        guard let lead = bare.first else { return false }
        if asciiAbbreviations.contains(where: { $0.elementsEqual(bare) }) { return true }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        if isDigit(lead) || lead == 0x2B, bare.dropFirst().allSatisfy({ isDigit($0) || $0 == 0x2E }) { return true }
        let isLetter = (lead | 0x20) >= 0x61 && (lead | 0x20) <= 0x7A
        return language == .pl && bare.count == 1 && isLetter
    }

    static let asciiOpenings: [UInt8] = openings.compactMap { $0.asciiValue }
    static let asciiAbbreviations: [[UInt8]] = bindingAbbreviations.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

    /// Plain spaces again, for text that is not laid out on a page (the HTML `<title>`).
    static func unbound(_ text: String) -> String {
        text.replacingOccurrences(of: String(noBreak), with: " ").replacingOccurrences(of: "e\u{2011}mail", with: "e-mail")
    }

    static func binds(_ word: Substring, _ language: Language) -> Bool {
        let bare = word.drop { openings.contains($0) }
        guard let first = bare.first else { return false }
        if bindingAbbreviations.contains(bare) { return true }
        if first.isNumber || first == "+", bare.dropFirst().allSatisfy({ $0.isNumber || $0 == "." }) { return true }
        return language == .pl && bare.dropFirst().isEmpty && first.isLetter
    }

    /// Opening quotes and brackets a binding word may stand behind.
    static let openings: Set<Character> = ["(", "„", "“", "«", "‘", "\"", "["]
}
