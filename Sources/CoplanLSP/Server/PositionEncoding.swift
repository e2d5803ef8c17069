import CoplanKit

/// How the `character` of an LSP position counts: UTF-16 code units unless the client offers
/// `utf-8` or `utf-32` (LSP 3.17 `positionEncodings`). `ą`, `ł`, `ż` are 2 bytes in UTF-8 but one
/// unit in UTF-16 and UTF-32; letters outside the BMP are 2 units in UTF-16.
package enum PositionEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8", utf16 = "utf-16", utf32 = "utf-32"

    /// The client's preference among ours: UTF-8 (no conversion) first, UTF-16 as the default.
    static func negotiate(_ offered: [String]?) -> PositionEncoding {
        let offered = offered ?? []
        if offered.contains(PositionEncoding.utf8.rawValue) { return .utf8 }
        if offered.contains(PositionEncoding.utf32.rawValue) { return .utf32 }
        return .utf16
    }

    /// Length of the UTF-8 sequence starting at `index` (1 for an invalid byte, counted as one
    /// U+FFFD) and how many units it is in this encoding.
    func step(_ bytes: [UInt8], _ index: Int, end: Int) -> (bytes: Int, units: Int) {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0..<0x80: return (1, 1)
        case 0xC2..<0xE0: length = 2
        case 0xE0..<0xF0: length = 3
        case 0xF0..<0xF5: length = 4
        default: return (1, 1)
        }
        guard index + length <= end else { return (1, 1) }
        for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return (1, 1) }
        switch self {
        case .utf8: return (length, length)
        case .utf16: return (length, length == 4 ? 2 : 1)
        case .utf32: return (length, 1)
        }
    }

    /// The end of a line's content: before its LF (and a CR before it).
    static func contentEnd(_ file: SourceFile, line: Int) -> Int {
        let bytes = file.bytes
        var end = line + 1 < file.lineStarts.count ? file.lineStarts[line + 1] - 1 : bytes.count
        if end > file.lineStarts[line], bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }

    /// The byte offset of a position, clamped to the document and to its line's content.
    package func offset(of position: Position, in file: SourceFile) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < file.lineStarts.count else { return file.bytes.count }
        let end = Self.contentEnd(file, line: position.line)
        var index = file.lineStarts[position.line]
        var units = 0
        while index < end, units < position.character {
            let (bytes, width) = step(file.bytes, index, end: end)
            // A position inside a character (a lone UTF-16 surrogate half) rounds down.
            if units + width > position.character { break }
            units += width
            index += bytes
        }
        return index
    }

    /// The position of a byte offset.
    package func position(of offset: Int, in file: SourceFile) -> Position {
        let clamped = max(0, min(offset, file.bytes.count))
        let line = file.lineIndex(containing: clamped)
        var index = file.lineStarts[line]
        var units = 0
        while index < clamped {
            let (bytes, width) = step(file.bytes, index, end: file.bytes.count)
            units += width
            index += bytes
        }
        return Position(line: line, character: units)
    }

    package func range(of range: SourceRange, in file: SourceFile) -> LSPRange {
        LSPRange(start: position(of: range.start, in: file), end: position(of: range.end, in: file))
    }

    package func byteRange(of range: LSPRange, in file: SourceFile) -> SourceRange {
        SourceRange(offset(of: range.start, in: file), offset(of: range.end, in: file))
    }
}
