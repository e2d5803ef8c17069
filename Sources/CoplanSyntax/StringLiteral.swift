#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CoplanCore
/// Decoding of string and text-block literals: escapes and, for text blocks, removal of the
/// common indentation. Problems are reported with the exact byte range of the bad escape.
enum StringLiteral {
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token, file: SourceFile, diagnostics: inout [Diagnostic]) -> String {
        let isBlock = token.kind == .textBlock
        let quote = isBlock ? 3 : 1
        let start = token.start + quote
        var end = token.end
        // Drop the closing quote(s) when present (unterminated literals have none).
        if end - start >= quote, (0..<quote).allSatisfy({ bytes[end - 1 - $0] == 0x22 }),
           end - quote >= start, !(quote == 1 && end - 1 == token.start) {
            end -= quote
        }
        if end < start { end = start }
        // memchr: most strings have no escape, and their text is then their bytes.
        let hasBackslash = end > start && memchr(bytes.baseAddress! + start, 0x5C, end - start) != nil
        var text: String
        if !hasBackslash {
            text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        } else {
            text = unescape(bytes, start, end, file: file, diagnostics: &diagnostics)
        }
        if isBlock { text = dedent(text) }
        return text
    }

    private static func unescape(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, file: SourceFile, diagnostics: inout [Diagnostic]) -> String {
        var out = [UInt8]()
        out.reserveCapacity(end - start)
        var index = start
        func bad(_ message: SyntaxMessage, _ from: Int, _ to: Int) {
            diagnostics.append(Diagnostic(.E101, message.text, at: SourceSpan(file: file, range: SourceRange(from, to)),
                                          help: SyntaxMessage.validEscapes.text))
        }
        while index < end {
            let byte = bytes[index]
            guard byte == 0x5C, index + 1 < end else {
                out.append(byte)
                index += 1
                continue
            }
            let escape = bytes[index + 1]
            switch escape {
            case 0x22: out.append(0x22); index += 2
            case 0x5C: out.append(0x5C); index += 2
            case 0x6E: out.append(0x0A); index += 2
            case 0x74: out.append(0x09); index += 2
            case 0x75 where index + 2 < end && bytes[index + 2] == 0x7B:
                var cursor = index + 3
                var value: UInt32 = 0
                var digits = 0
                while cursor < end, bytes[cursor] != 0x7D, digits <= 8 {
                    guard let digit = hexValue(bytes[cursor]) else { break }
                    value = value &* 16 &+ UInt32(digit)
                    digits += 1
                    cursor += 1
                }
                if cursor < end, bytes[cursor] == 0x7D, digits >= 1, digits <= 6, let scalar = Unicode.Scalar(value) {
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                    index = cursor + 1
                } else {
                    bad(.invalidUnicodeEscape, index, min(end, cursor + 1))
                    index = min(end, cursor + 1)
                }
            default:
                bad(.invalidEscape(written: "\\\(Character(Unicode.Scalar(escape)))"), index, index + 2)
                index += 2
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    /// A text block's content: the line after `"""` onwards, common indentation removed,
    /// trailing blank line before the closing `"""` dropped.
    static func dedent(_ text: String) -> String {
        // Split on scalars: "\r\n" is one Character, so Character-based splitting would miss it.
        var lines: [String] = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var scalars = String.UnicodeScalarView(line)
            if scalars.last == "\r" { scalars.removeLast() }
            return String(scalars)
        }
        func isBlank(_ line: String) -> Bool { line.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" } }
        if let first = lines.first, isBlank(first) { lines.removeFirst() }
        if let last = lines.last, isBlank(last) { lines.removeLast() }
        let common = lines.filter { !isBlank($0) }
            .map { $0.unicodeScalars.prefix(while: { $0 == " " || $0 == "\t" }).count }
            .min() ?? 0
        return lines.map { String(String.UnicodeScalarView($0.unicodeScalars.dropFirst(common))) }.joined(separator: "\n")
    }
}
