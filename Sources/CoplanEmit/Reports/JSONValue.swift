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
            while index < bytes.count {
                let byte = bytes[index]
                let escaped: [UInt8]?
                var length = 1
                switch byte {
                case 0x22: escaped = [0x5C, 0x22]
                case 0x5C: escaped = [0x5C, 0x5C]
                case 0x0A: escaped = [0x5C, 0x6E]
                case 0x0D: escaped = [0x5C, 0x72]
                case 0x09: escaped = [0x5C, 0x74]
                case 0x00..<0x20: escaped = Array("\\u00".utf8) + hexDigits(byte)
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escaped = Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    length = 3
                default: escaped = nil
                }
                if let escaped {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    out.append(contentsOf: escaped)
                    index += length
                    runStart = index
                } else {
                    index += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(0x22)
    }

    /// Two lower-case hex digits of a control byte.
    static func hexDigits(_ byte: UInt8) -> [UInt8] {
        let digits = Array("0123456789abcdef".utf8)
        return [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
    }
}
