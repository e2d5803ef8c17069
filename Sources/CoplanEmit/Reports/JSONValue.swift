import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// A JSON value with ordered object keys, so machine output has a stable, documented key
/// order (docs/LANGUAGE.md §6) without depending on an encoder's sorting.
package indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// Compact (`pretty == false`) or indented with two spaces.
    package func serialized(pretty: Bool = false) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, pretty: pretty, indent: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Written as UTF-8 bytes, not by appending to a `String`: a report's JSON is mostly long
    /// Polish texts, and byte appends cost a tenth of String's per-scalar appends.
    func write(into out: inout [UInt8], pretty: Bool, indent: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): out.append(contentsOf: String(value).utf8)
        case .double(let value):
            if value.isNaN || value.isInfinite { out.append(contentsOf: "null".utf8) }
            else { out.append(contentsOf: NumberText.plain(value).utf8) }
        case .string(let value): JSONValue.escape(value, into: &out)
        case .array(let values):
            if values.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(0x5B)
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(0x2C) }
                if pretty { JSONValue.newline(indent + 1, into: &out) }
                value.write(into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { JSONValue.newline(indent, into: &out) }
            out.append(0x5D)
        case .object(let members):
            if members.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(0x7B)
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out.append(0x2C) }
                if pretty { JSONValue.newline(indent + 1, into: &out) }
                JSONValue.escape(key, into: &out)
                out.append(0x3A)
                if pretty { out.append(0x20) }
                value.write(into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { JSONValue.newline(indent, into: &out) }
            out.append(0x7D)
        }
    }

    static func newline(_ indent: Int, into out: inout [UInt8]) {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: 2 * indent))
    }

    /// A JSON string: quotes, backslashes and control characters escaped, and U+2028/U+2029
    /// (valid JSON, but line ends to JavaScript) written as `\u2028`/`\u2029`.
    static func escape(_ text: String, into out: inout [UInt8]) {
        out.append(0x22)
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            var runStart = 0
            // Escapes are appended in place: an array per escape was most of writing the SARIF
            // rules, whose help texts hold a line feed every line.
            func flush(upTo end: Int) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end]))
            }
            while index < bytes.count {
                let byte = bytes[index]
                var length = 1
                switch byte {
                case 0x22, 0x5C, 0x0A, 0x0D, 0x09:
                    flush(upTo: index)
                    out.append(0x5C)
                    out.append(shortForm(byte))
                case 0x00..<0x20:
                    flush(upTo: index)
                    out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigit(byte >> 4), hexDigit(byte & 0x0F)])
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    flush(upTo: index)
                    out.append(contentsOf: [0x5C, 0x75, 0x32, 0x30, 0x32, bytes[index + 2] == 0xA8 ? 0x38 : 0x39])
                    length = 3
                default:
                    index += 1
                    continue
                }
                index += length
                runStart = index
            }
            flush(upTo: bytes.count)
        }
        out.append(0x22)
    }

    /// The letter after the backslash of a two-byte escape: `n`, `r`, `t`, or the byte itself.
    static func shortForm(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x0A: return 0x6E
        case 0x0D: return 0x72
        case 0x09: return 0x74
        default: return byte
        }
    }

    /// The lower-case hex digit of a nibble.
    static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x57 + nibble
    }
}
