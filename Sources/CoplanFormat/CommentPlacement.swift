import CoplanCore
import CoplanSyntax
import CoplanModel
/// Where each comment of a file goes when the file is printed again. Comments are trivia
/// (byte ranges), so the formatter attaches each one to a piece of syntax: a comment with
/// code before it on its line trails that line's item; a comment on a line of its own leads
/// the next item (or closes the block or file it ends). Attributes may move when sorted, and
/// their comments move with them, so a `# coplan: allow …` line stays where it applies.
struct CommentPlacement {
    enum Slot: Hashable {
        /// Before top-level item `i` (import or declaration).
        case item(Int)
        /// Before attribute `a` of declaration `i`.
        case attribute(Int, Int)
        /// Before the closing `}` of declaration `i`.
        case close(Int)
        /// After the last top-level item.
        case endOfFile
    }

    enum Line: Hashable {
        /// The header line of item `i` (for an import, its only line).
        case header(Int)
        case attribute(Int, Int)
        case close(Int)
    }

    struct Comment {
        var text: String
        /// A blank line separated it from what came before (kept inside comment groups).
        var blankBefore: Bool
    }

    struct Group {
        var comments: [Comment] = []
        /// A blank line separated the last comment from the item it leads.
        var blankAfter = false
    }

    private(set) var leading: [Slot: Group] = [:]
    private(set) var trailing: [Line: String] = [:]

    func group(_ slot: Slot) -> Group { leading[slot] ?? Group() }
    func trailing(_ line: Line) -> String? { trailing[line] }

    /// Comments inside or trailing declaration `i` (used to decide the one-line form).
    func count(inDeclaration i: Int, attributes: Int) -> (leading: Int, trailing: Int) {
        var leadingCount = group(.close(i)).comments.count
        var trailingCount = (trailing[.header(i)] == nil ? 0 : 1) + (trailing[.close(i)] == nil ? 0 : 1)
        for a in 0..<attributes {
            leadingCount += group(.attribute(i, a)).comments.count
            if trailing[.attribute(i, a)] != nil { trailingCount += 1 }
        }
        return (leadingCount, trailingCount)
    }

    init(_ tree: SyntaxTree, layout: [ItemLayout]) {
        let file = tree.file
        let bytes = file.bytes
        func isBlankLine(_ line: Int) -> Bool {
            guard line >= 0, line < file.lineCount else { return false }
            let start = file.lineStarts[line]
            let end = line + 1 < file.lineCount ? file.lineStarts[line + 1] : bytes.count
            var index = max(start, file.textStart)
            while index < end {
                switch bytes[index] {
                case 0x20, 0x09, 0x0D, 0x0A: index += 1
                default: return false
                }
            }
            return true
        }
        func hasCodeBefore(_ offset: Int) -> Bool {
            let line = file.lineIndex(containing: offset)
            var index = max(file.lineStarts[line], file.textStart)
            while index < offset {
                switch bytes[index] {
                case 0x20, 0x09, 0x0D: index += 1
                default: return true
                }
            }
            return false
        }
        /// The last item starting at or before `offset`.
        func itemIndex(atOrBefore offset: Int) -> Int? {
            var low = 0, high = layout.count - 1, found: Int?
            while low <= high {
                let mid = (low + high) / 2
                if layout[mid].range.start <= offset { found = mid; low = mid + 1 } else { high = mid - 1 }
            }
            return found
        }

        for range in tree.comments {
            var text = file.text(range.bytes)
            // Trailing blanks go, and a `\r` among them: printed before the line end it would
            // read back as part of a CRLF and vanish (a second `fmt` would differ; found by fuzzing).
            while let last = text.unicodeScalars.last, last == " " || last == "\t" || last == "\r" { text.unicodeScalars.removeLast() }
            let line = file.lineIndex(containing: range.start)
            if hasCodeBefore(range.start), let i = itemIndex(atOrBefore: range.start),
               file.lineIndex(containing: max(layout[i].range.start, layout[i].range.end - 1)) >= line {
                addTrailing(text, at: trailingLine(line, item: i, layout: layout[i], file: file))
                continue
            }
            let comment = Comment(text: text, blankBefore: isBlankLine(line - 1))
            let slot = leadingSlot(range.start, layout: layout, itemIndex: itemIndex(atOrBefore: range.start))
            leading[slot, default: Group()].comments.append(comment)
            // Whether a blank line parts this group from its item is decided by the last comment.
            let itemLine = file.lineIndex(containing: slotStart(slot, layout: layout) ?? range.end)
            leading[slot]!.blankAfter = slotStart(slot, layout: layout) != nil && itemLine > line + 1 && isBlankLine(itemLine - 1)
        }
    }

    /// The line a trailing comment on source line `line` belongs to, inside item `i`.
    private func trailingLine(_ line: Int, item i: Int, layout: ItemLayout, file: SourceFile) -> Line {
        guard let body = layout.body else { return .header(i) }
        if let a = body.attributeLines.lastIndex(where: { $0.lowerBound <= line && line <= $0.upperBound }) {
            return .attribute(i, a)
        }
        return line <= body.openLine ? .header(i) : .close(i)
    }

    /// A second trailing comment for the same line (a list that spanned several source lines)
    /// moves the earlier one to a line of its own before that line's item.
    private mutating func addTrailing(_ text: String, at line: Line) {
        if let earlier = trailing[line] {
            let slot: Slot
            switch line {
            case .header(let i): slot = .item(i)
            case .attribute(let i, let a): slot = .attribute(i, a)
            case .close(let i): slot = .close(i)
            }
            leading[slot, default: Group()].comments.append(Comment(text: earlier, blankBefore: false))
            leading[slot]!.blankAfter = false
        }
        trailing[line] = text
    }

    private func leadingSlot(_ offset: Int, layout: [ItemLayout], itemIndex: Int?) -> Slot {
        if let i = itemIndex, offset < layout[i].range.end, let body = layout[i].body {
            if offset < body.openBrace { return .item(i) }
            let ranges = body.attributeRanges
            if let a = ranges.lastIndex(where: { $0.start <= offset }), offset < ranges[a].end { return .attribute(i, a) }
            if let a = ranges.firstIndex(where: { $0.start > offset }) { return .attribute(i, a) }
            return .close(i)
        }
        let next = (itemIndex ?? -1) + 1
        return next < layout.count ? .item(next) : .endOfFile
    }

    private func slotStart(_ slot: Slot, layout: [ItemLayout]) -> Int? {
        switch slot {
        case .item(let i): return layout[i].range.start
        case .attribute(let i, let a): return layout[i].body?.attributeRanges[a].start
        case .close(let i): return layout[i].body.map { $0.closeBrace }
        case .endOfFile: return nil
        }
    }
}

/// Source positions of one top-level item that comment placement needs.
struct ItemLayout {
    struct Body {
        var openBrace: Int
        var openLine: Int
        var closeBrace: Int
        var attributeRanges: [SourceRange]
        /// First and last source line of each attribute.
        var attributeLines: [ClosedRange<Int>]
    }

    var range: SourceRange
    /// nil for imports.
    var body: Body?

    init(_ item: SyntaxItem, tree: SyntaxTree) {
        range = item.range
        guard case .declaration(let declaration) = item else { return }
        let file = tree.file
        // The `{` is the first byte after the header that is not blank or a comment (no string
        // can stand there in a file without syntax errors).
        var index = (declaration.displayName?.range.end ?? declaration.name.range.end)
        let bytes = file.bytes
        while index < bytes.count, bytes[index] != 0x7B {
            if bytes[index] == 0x23 {
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            } else {
                index += 1
            }
        }
        let close = max(declaration.range.end - 1, index)
        body = Body(openBrace: index, openLine: file.lineIndex(containing: index), closeBrace: close,
                    attributeRanges: declaration.attributes.map(\.range),
                    attributeLines: declaration.attributes.map {
                        file.lineIndex(containing: $0.range.start)...file.lineIndex(containing: max($0.range.start, $0.range.end - 1))
                    })
    }
}
