import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
import Mustache

/// Escaping of plan text for each output format. Names and texts in plans are data: a partner
/// called `<script>` or `*Fundacja* [x](y)` must print as written, never as markup.
package enum Escaping {
    /// Text for HTML element content and attribute values (double-quoted).
    package static func html(_ text: String) -> String {
        text.replacingASCII { byte in
            switch byte {
            case UInt8(ascii: "&"): return "&amp;"
            case UInt8(ascii: "<"): return "&lt;"
            case UInt8(ascii: ">"): return "&gt;"
            case UInt8(ascii: "\""): return "&quot;"
            case UInt8(ascii: "'"): return "&#39;"
            default: return nil
            }
        }
    }

    /// Text for XML content and attributes: as HTML, and characters XML 1.0 forbids replaced
    /// by U+FFFD (a control character in a plan string would otherwise make Word refuse the
    /// file; a visible mark beats silently losing it).
    package static func xml(_ text: String) -> String {
        let escaped = text.replacingASCII { byte in
            switch byte {
            case UInt8(ascii: "&"): return "&amp;"
            case UInt8(ascii: "<"): return "&lt;"
            case UInt8(ascii: ">"): return "&gt;"
            case UInt8(ascii: "\""): return "&quot;"
            case UInt8(ascii: "'"): return "&apos;"
            case 0x09, 0x0A, 0x0D: return nil
            case 0x00..<0x20: return "\u{FFFD}"
            default: return nil
            }
        }
        // U+FFFE and U+FFFF are not XML characters either.
        guard escaped.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF }) else { return escaped }
        return String(String.UnicodeScalarView(escaped.unicodeScalars.map { $0.value == 0xFFFE || $0.value == 0xFFFF ? "\u{FFFD}" : $0 }))
    }

    /// Inline Markdown text: every character that could open markup is backslash-escaped
    /// (CommonMark allows `\` before any ASCII punctuation); a line-start list marker is
    /// escaped too, and control characters become spaces so a value cannot start a block.
    package static func markdown(_ text: String) -> String {
        var out = text.replacingASCII { byte in
            switch byte {
            case UInt8(ascii: "\\"): return "\\\\"
            case UInt8(ascii: "`"): return "\\`"
            case UInt8(ascii: "*"): return "\\*"
            case UInt8(ascii: "_"): return "\\_"
            case UInt8(ascii: "["): return "\\["
            case UInt8(ascii: "]"): return "\\]"
            case UInt8(ascii: "<"): return "\\<"
            case UInt8(ascii: ">"): return "\\>"
            case UInt8(ascii: "#"): return "\\#"
            case UInt8(ascii: "|"): return "\\|"
            case UInt8(ascii: "&"): return "\\&"
            case UInt8(ascii: "~"): return "\\~"
            case 0x00..<0x20, 0x7F: return " "
            default: return nil
            }
        }
        // "1. x", "2) x", "- x", "+ x" at the start would be read as a list item.
        let bytes = Array(out.utf8.prefix(12))
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+"),
           bytes.count == 1 || bytes[1] == UInt8(ascii: " ") {
            out = "\\" + out
        } else {
            let digits = bytes.prefix(while: { (0x30...0x39).contains($0) }).count
            if digits > 0, digits <= 9, digits < bytes.count,
               bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: ")"),
               digits + 1 == out.utf8.count || (digits + 1 < bytes.count && bytes[digits + 1] == UInt8(ascii: " ")) {
                out = String(out.utf8.prefix(digits))! + "\\" + String(out.utf8.dropFirst(digits))!
            }
        }
        return out
    }

    /// Mustache content type name under which `markdown(_:)` escaping is registered.
    static let markdownContentType = "COPLAN_MARKDOWN"

    /// Registers the Markdown content type with swift-mustache once per process.
    static let registerMarkdown: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: markdownContentType)
    }()

    struct MarkdownContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { Escaping.markdown(text) }
    }
}
