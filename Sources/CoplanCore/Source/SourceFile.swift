#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One `.plan` file's text as UTF-8 bytes, with a line table for turning byte offsets into
/// 1-based line and column numbers.
///
/// The library never reads files itself: front ends hand it bytes. Keeping bytes (not `String`)
/// lets the lexer run on raw UTF-8 and lets invalid UTF-8 be reported instead of silently repaired.
package final class SourceFile: Sendable {
    /// The path as the front end wants it shown (relative to the repository root where possible).
    package let path: String
    /// The text as given, except that a lone CR (old Mac line ends) is stored as LF: one byte
    /// for one byte, so every offset still points where an editor's does, while the lexer, the
    /// line table, code frames and the formatter all see one kind of line end.
    package let bytes: [UInt8]
    /// Byte offset of the first byte of each line.
    package let lineStarts: [Int]

    package init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = Self.withLoneCRAsLF(bytes)
        let bytes = self.bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        // memchr from line end to line end: a byte loop was 6 instructions a byte of input.
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, let hit = memchr(base + offset, 0x0A, buffer.count - offset) {
                offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(offset)
            }
        }
        self.lineStarts = starts
    }

    package convenience init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// CR not followed by LF becomes LF; CRLF stays (the CR is a blank to the lexer and is
    /// never shown). Copies only when there is a lone CR.
    static func withLoneCRAsLF(_ bytes: [UInt8]) -> [UInt8] {
        // memchr: the search runs over every byte of every file, and a generic `firstIndex`
        // cost as much as a tenth of lexing.
        let found: Int? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let hit = memchr(base, 0x0D, buffer.count) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        guard let first = found else { return bytes }
        var result = bytes
        for index in first..<result.count where result[index] == 0x0D {
            if index + 1 == result.count || result[index + 1] != 0x0A { result[index] = 0x0A }
        }
        return result
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset. A byte-order mark is
    /// not text: the first character after it is column 1.
    package func location(of offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        let line = lineIndex(containing: clamped)
        var column = 1
        var index = line == 0 ? min(textStart, clamped) : lineStarts[line]
        while index < clamped {
            // Count scalar starts: every byte that is not a UTF-8 continuation byte.
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourceLocation(line: line + 1, column: column)
    }

    /// Index (0-based) of the line containing `offset`.
    package func lineIndex(containing offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The text of a 1-based line without its line end or a byte-order mark (invalid UTF-8
    /// shown as U+FFFD).
    package func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = line == 1 ? min(textStart, bytes.count) : lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    package var lineCount: Int { lineStarts.count }

    /// Where the text starts: after a UTF-8 byte-order mark (accepted and skipped, never text),
    /// else at 0. The lexer and the formatter's blank-line and comment tests both ask here.
    package var textStart: Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// Text of a byte range (invalid UTF-8 shown as U+FFFD).
    package func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
    }
}

/// A 1-based line and column; columns count Unicode scalar values.
package struct SourceLocation: Hashable, Sendable, Comparable {
    package var line: Int
    package var column: Int

    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
