import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// The small Markdown dialect document templates write, parsed into blocks so that one
/// template yields Markdown (its text as is), HTML and DOCX alike.
///
/// Blocks: `#`–`###` headings, paragraphs (a line ending in two spaces or `\` breaks the line),
/// `1.` ordered and `-` bullet lists with one nested level (indented two or more spaces,
/// `1)` or `-`), and pipe tables. Inline: `**strong**`, `*emphasis*` / `_emphasis_` and
/// backslash escapes of ASCII punctuation; everything else is literal text (no raw HTML, no
/// links), so escaped plan data cannot turn into markup in any format.
package enum DocumentMarkup {
    package indirect enum Inline: Sendable, Equatable {
        case text(String)
        case strong([Inline])
        case emphasis([Inline])
        case lineBreak
    }

    package struct ListItem: Sendable, Equatable {
        package var content: [Inline]
        package var children: [Block]
    }

    package enum Block: Sendable, Equatable {
        case heading(level: Int, [Inline])
        case paragraph([Inline])
        case list(ordered: Bool, start: Int, [ListItem])
        case table(header: [[Inline]], rows: [[[Inline]]])
    }

    /// Parses the whole text.
    package static func parse(_ text: String) -> [Block] {
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { bytes -> Substring in
            let line = Substring(bytes)
            return bytes.last == 0x0D ? line.dropLast() : line
        }
        if lines.last == "" { lines.removeLast() }
        var parser = BlockParser(lines: lines)
        return parser.blocks()
    }

    struct Marker {
        var ordered: Bool
        var number: Int
        var indent: Int
        var rest: Substring
    }

    /// `- x`, `* x`, `1. x`, `1) x` with its indentation.
    static func marker(_ line: Substring) -> Marker? {
        let bytes = line.utf8
        var i = bytes.startIndex
        var indent = 0
        while i < bytes.endIndex, bytes[i] == 0x20 { indent += 1; i = bytes.index(after: i) }
        guard i < bytes.endIndex else { return nil }
        let first = bytes[i]
        let next = bytes.index(after: i)
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
            guard next < bytes.endIndex, bytes[next] == 0x20 else { return nil }
            return Marker(ordered: false, number: 0, indent: indent, rest: Substring(bytes[bytes.index(after: next)...]))
        }
        var number = 0, digits = 0
        while i < bytes.endIndex, (0x30...0x39).contains(bytes[i]) {
            // Only up to 9 digits make a list number (checked below); a longer run must not overflow.
            if digits < 9 { number = number * 10 + Int(bytes[i] - 0x30) }
            digits += 1
            i = bytes.index(after: i)
        }
        guard digits > 0, digits <= 9, i < bytes.endIndex, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ")") else { return nil }
        let after = bytes.index(after: i)
        if after == bytes.endIndex { return Marker(ordered: true, number: number, indent: indent, rest: "") }
        guard bytes[after] == 0x20 else { return nil }
        return Marker(ordered: true, number: number, indent: indent, rest: Substring(bytes[bytes.index(after: after)...]))
    }

    static func isBlank(_ line: Substring) -> Bool { line.utf8.allSatisfy { $0 == 0x20 } }

    static func heading(_ line: Substring) -> (Int, Substring)? {
        let bytes = line.utf8
        let hashes = bytes.prefix(while: { $0 == UInt8(ascii: "#") }).count
        guard (1...6).contains(hashes), bytes.dropFirst(hashes).first == 0x20 else { return nil }
        return (hashes, Substring(bytes.dropFirst(hashes + 1)))
    }

    struct BlockParser {
        var lines: [Substring]
        var index = 0

        mutating func blocks() -> [Block] {
            var result: [Block] = []
            while index < lines.count {
                let line = lines[index]
                if line.utf8.allSatisfy({ $0 == 0x20 }) { index += 1; continue }
                if let (level, text) = DocumentMarkup.heading(line) {
                    result.append(.heading(level: level, DocumentMarkup.inlines(String(text))))
                    index += 1
                } else if line.utf8.first == UInt8(ascii: "|") {
                    result.append(table())
                } else if let marker = DocumentMarkup.marker(line), marker.indent < 2 {
                    result.append(list(indent: marker.indent))
                } else {
                    result.append(.paragraph(DocumentMarkup.inlines(paragraphText())))
                }
            }
            return result
        }

        /// Lines up to a blank line or the start of another block; soft breaks become spaces.
        mutating func paragraphText() -> String {
            var parts: [Substring] = []
            while index < lines.count {
                let line = lines[index]
                if line.utf8.allSatisfy({ $0 == 0x20 }) { break }
                if !parts.isEmpty, DocumentMarkup.heading(line) != nil || line.utf8.first == UInt8(ascii: "|") || DocumentMarkup.marker(line) != nil { break }
                parts.append(line)
                index += 1
            }
            return Self.joinLines(parts)
        }

        /// Joins lines, keeping hard breaks (two trailing spaces or a trailing backslash) as "\n".
        static func joinLines(_ parts: [Substring]) -> String {
            var text = ""
            for (i, raw) in parts.enumerated() {
                var line = raw.drop(while: { $0 == " " })
                let isLast = i == parts.count - 1
                var hard = false
                if line.hasSuffix("  ") { hard = true; while line.last == " " { line.removeLast() } }
                else if line.hasSuffix("\\"), !line.hasSuffix("\\\\") { hard = true; line.removeLast() }
                text += line
                if !isLast { text += hard ? "\u{0}" : " " }
            }
            return text
        }

        mutating func list(indent: Int) -> Block {
            let first = DocumentMarkup.marker(lines[index])!
            var items: [ListItem] = []
            while index < lines.count, let marker = DocumentMarkup.marker(lines[index]),
                  marker.ordered == first.ordered, marker.indent < indent + 2, marker.indent >= indent {
                index += 1
                var parts = [marker.rest]
                var children: [Block] = []
                while index < lines.count {
                    let line = lines[index]
                    if line.utf8.allSatisfy({ $0 == 0x20 }) {
                        // A blank line ends the list unless a nested item or another item follows.
                        var next = index + 1
                        while next < lines.count, lines[next].utf8.allSatisfy({ $0 == 0x20 }) { next += 1 }
                        guard next < lines.count, let m = DocumentMarkup.marker(lines[next]),
                              m.indent >= indent else { break }
                        index = next
                        continue
                    }
                    if let nested = DocumentMarkup.marker(line) {
                        if nested.indent >= indent + 2 {
                            children.append(list(indent: nested.indent))
                            continue
                        }
                        break
                    }
                    if DocumentMarkup.heading(line) != nil || line.utf8.first == UInt8(ascii: "|") { break }
                    if !children.isEmpty { break }
                    parts.append(line)
                    index += 1
                }
                items.append(ListItem(content: DocumentMarkup.inlines(Self.joinLines(parts)), children: children))
            }
            return .list(ordered: first.ordered, start: first.number, items)
        }

        mutating func table() -> Block {
            var rows: [[[Inline]]] = []
            while index < lines.count, lines[index].utf8.first == UInt8(ascii: "|") {
                let cells = Self.cells(lines[index])
                index += 1
                if cells.allSatisfy({ cell in !cell.isEmpty && cell.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } }) { continue }
                rows.append(cells.map { DocumentMarkup.inlines($0) })
            }
            guard let header = rows.first else { return .table(header: [], rows: []) }
            return .table(header: header, rows: Array(rows.dropFirst()))
        }

        /// Splits `| a | b |` on pipes that are not backslash-escaped.
        static func cells(_ line: Substring) -> [String] {
            var cells: [String] = []
            var current = ""
            var escaped = false
            for ch in line.dropFirst() {
                if escaped { current.append(ch); escaped = false; continue }
                if ch == "\\" { current.append(ch); escaped = true; continue }
                if ch == "|" { cells.append(current.trimmingBlanks); current = ""; continue }
                current.append(ch)
            }
            if !current.trimmingBlanks.isEmpty { cells.append(current.trimmingBlanks) }
            return cells
        }
    }

    /// Inline markup of one paragraph or cell; "\u{0}" marks a hard line break. Works on UTF-8
    /// bytes: all markup is ASCII, and multi-byte characters never contain ASCII bytes.
    package static func inlines(_ text: String) -> [Inline] {
        let bytes = Array(text.utf8)
        var index = 0
        return parseInlines(bytes, &index, closing: nil)
    }

    static let asciiPunctuation: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".utf8 { table[Int(byte)] = true }
        return table
    }()

    static let star = UInt8(ascii: "*"), underscore = UInt8(ascii: "_"), backslash = UInt8(ascii: "\\")

    /// Emphasis nested deeper than this stays literal text: `*_*_*_…` in a 1 MB string would
    /// otherwise recurse once per character and overflow the stack.
    package static let maxNesting = 16

    /// Parses from `i` up to the closing delimiter (`closing`: the byte and whether doubled).
    static func parseInlines(_ s: [UInt8], _ i: inout Int, closing: (UInt8, Bool)?, depth: Int = 0) -> [Inline] {
        var result: [Inline] = []
        var buffer: [UInt8] = []
        func flush() {
            if !buffer.isEmpty { result.append(.text(String(decoding: buffer, as: UTF8.self))); buffer.removeAll(keepingCapacity: true) }
        }
        while i < s.count {
            let c = s[i]
            if c == backslash, i + 1 < s.count, asciiPunctuation[Int(s[i + 1])] {
                buffer.append(s[i + 1])
                i += 2
                continue
            }
            if c == 0 { flush(); result.append(.lineBreak); i += 1; continue }
            if c == star || c == underscore {
                let isDouble = i + 1 < s.count && s[i + 1] == c
                let width = isDouble ? 2 : 1
                if let closing, closing.0 == c, closing.1 == isDouble {
                    i += width
                    flush()
                    return result
                }
                // Open only when a matching closer follows, so a lone `*` stays literal.
                let body = i + width
                if depth < maxNesting, body < s.count, s[body] != UInt8(ascii: " "), containsCloser(s, from: body, c, isDouble) {
                    flush()
                    i = body
                    let inner = parseInlines(s, &i, closing: (c, isDouble), depth: depth + 1)
                    result.append(isDouble ? .strong(inner) : .emphasis(inner))
                    continue
                }
            }
            buffer.append(c)
            i += 1
        }
        flush()
        return result
    }

    static func containsCloser(_ s: [UInt8], from start: Int, _ d: UInt8, _ double: Bool) -> Bool {
        var i = start
        while i < s.count {
            if s[i] == backslash { i += 2; continue }
            if s[i] == d {
                let next = i + 1 < s.count && s[i + 1] == d
                if double == next { return true }
                i += next ? 2 : 1
                continue
            }
            i += 1
        }
        return false
    }
}

extension [DocumentMarkup.Inline] {
    /// The text without markup (for titles and file metadata).
    package var plainText: String {
        map { inline in
            switch inline {
            case .text(let t): return t
            case .strong(let inner), .emphasis(let inner): return inner.plainText
            case .lineBreak: return " "
            }
        }.joined()
    }
}
