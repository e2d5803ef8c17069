/// The small Markdown dialect document templates write, parsed into blocks so that one
/// template yields Markdown (its text as is), HTML and DOCX alike.
///
/// Blocks: `#`–`###` headings, paragraphs (a line ending in two spaces or `\` breaks the line),
/// `1.` ordered and `-` bullet lists with one nested level (indented two or more spaces,
/// `1)` or `-`), and pipe tables. Inline: `**strong**`, `*emphasis*` / `_emphasis_` and
/// backslash escapes of ASCII punctuation; everything else is literal text (no raw HTML, no
/// links), so escaped plan data cannot turn into markup in any format.
public enum DocumentMarkup {
    public indirect enum Inline: Sendable, Equatable {
        case text(String)
        case strong([Inline])
        case emphasis([Inline])
        case lineBreak
    }

    public struct ListItem: Sendable, Equatable {
        public var content: [Inline]
        public var children: [Block]
    }

    public enum Block: Sendable, Equatable {
        case heading(level: Int, [Inline])
        case paragraph([Inline])
        case list(ordered: Bool, start: Int, [ListItem])
        case table(header: [[Inline]], rows: [[[Inline]]])
    }

    /// Parses the whole text.
    public static func parse(_ text: String) -> [Block] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            line.hasSuffix("\r") ? line.dropLast() : line
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
        let indent = line.prefix(while: { $0 == " " }).count
        let body = line.dropFirst(indent)
        if let first = body.first, first == "-" || first == "*" || first == "+", body.dropFirst().first == " " {
            return Marker(ordered: false, number: 0, indent: indent, rest: body.dropFirst(2))
        }
        let digits = body.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let after = body.dropFirst(digits.count)
        guard let delimiter = after.first, delimiter == "." || delimiter == ")",
              after.dropFirst().first == " " || after.count == 1 else { return nil }
        return Marker(ordered: true, number: Int(digits)!, indent: indent, rest: after.dropFirst(2))
    }

    static func heading(_ line: Substring) -> (Int, Substring)? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return (hashes, line.dropFirst(hashes + 1))
    }

    struct BlockParser {
        var lines: [Substring]
        var index = 0

        mutating func blocks() -> [Block] {
            var result: [Block] = []
            while index < lines.count {
                let line = lines[index]
                if line.allSatisfy({ $0 == " " }) { index += 1; continue }
                if let (level, text) = DocumentMarkup.heading(line) {
                    result.append(.heading(level: level, DocumentMarkup.inlines(String(text))))
                    index += 1
                } else if line.hasPrefix("|") {
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
                if line.allSatisfy({ $0 == " " }) { break }
                if !parts.isEmpty, DocumentMarkup.heading(line) != nil || line.hasPrefix("|") || DocumentMarkup.marker(line) != nil { break }
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
                    if line.allSatisfy({ $0 == " " }) {
                        // A blank line ends the list unless a nested item or another item follows.
                        var next = index + 1
                        while next < lines.count, lines[next].allSatisfy({ $0 == " " }) { next += 1 }
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
                    if DocumentMarkup.heading(line) != nil || line.hasPrefix("|") { break }
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
            while index < lines.count, lines[index].hasPrefix("|") {
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
                if ch == "|" { cells.append(current.trimmingSpaces); current = ""; continue }
                current.append(ch)
            }
            if !current.trimmingSpaces.isEmpty { cells.append(current.trimmingSpaces) }
            return cells
        }
    }

    /// Inline markup of one paragraph or cell; "\u{0}" marks a hard line break.
    public static func inlines(_ text: String) -> [Inline] {
        var scalars = Array(text.unicodeScalars)[...]
        return parseInlines(&scalars, closing: nil)
    }

    static func parseInlines(_ s: inout ArraySlice<Unicode.Scalar>, closing: String?) -> [Inline] {
        var result: [Inline] = []
        var buffer = String.UnicodeScalarView()
        func flush() {
            if !buffer.isEmpty { result.append(.text(String(buffer))); buffer = String.UnicodeScalarView() }
        }
        while let c = s.first {
            if c == "\\", s.count > 1, let next = s.dropFirst().first, asciiPunctuation.contains(next) {
                buffer.append(next)
                s.removeFirst(2)
                continue
            }
            if c == "\u{0}" { flush(); result.append(.lineBreak); s.removeFirst(); continue }
            let isDouble = (c == "*" || c == "_") && s.dropFirst().first == c
            let delimiter = isDouble ? String(c) + String(c) : String(c)
            if c == "*" || c == "_" {
                if let closing, delimiter == closing {
                    s.removeFirst(delimiter.unicodeScalars.count)
                    flush()
                    return result
                }
                // Open only when a matching closer follows, so a lone `*` stays literal.
                let body = s.dropFirst(delimiter.unicodeScalars.count)
                if body.first.map({ $0 != " " }) == true, containsCloser(body, delimiter) {
                    flush()
                    s = body
                    let inner = parseInlines(&s, closing: delimiter)
                    result.append(isDouble ? .strong(inner) : .emphasis(inner))
                    continue
                }
            }
            buffer.append(c)
            s.removeFirst()
        }
        flush()
        return result
    }

    static let asciiPunctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    static func containsCloser(_ s: ArraySlice<Unicode.Scalar>, _ delimiter: String) -> Bool {
        let d = Array(delimiter.unicodeScalars)
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "\\" { i += 2; continue }
            if s[i] == d[0], d.count == 1 || (i + 1 < s.endIndex && s[i + 1] == d[1]) {
                if d.count == 1, i + 1 < s.endIndex, s[i + 1] == d[0] { i += 2; continue }
                return true
            }
            i += 1
        }
        return false
    }
}

extension [DocumentMarkup.Inline] {
    /// The text without markup (for titles and file metadata).
    public var plainText: String {
        map { inline in
            switch inline {
            case .text(let t): return t
            case .strong(let inner), .emphasis(let inner): return inner.plainText
            case .lineBreak: return " "
            }
        }.joined()
    }
}
