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

    /// `text` with the spaces after binding words made non-breaking.
    static func bound(_ text: String, _ language: Language) -> String {
        // "e-mail" is one word: a line never ends at its hyphen (U+2011 does not break).
        let text = text.utf8.contains(0x2D) ? text.replacing("e-mail", with: "e\u{2011}mail") : text
        guard text.utf8.contains(0x20) else { return text }
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        var result = ""
        for index in words.indices {
            result += words[index]
            guard index < words.count - 1 else { break }
            result.append(binds(words[index], language) && !words[index + 1].isEmpty ? noBreak : " ")
        }
        return result
    }

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
