import Mustache

/// Escaping of plan text for each output format. Names and texts in plans are data: a partner
/// called `<script>` or `*Fundacja* [x](y)` must print as written, never as markup.
public enum Escaping {
    /// Text for HTML element content and attribute values (double-quoted).
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text for XML content and attributes: as HTML, and characters XML 1.0 forbids dropped
    /// (a control character in a plan string would otherwise make Word refuse the file).
    public static func xml(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || (0xFFFE...0xFFFF).contains(v) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Markdown punctuation that can start or end markup anywhere on a line.
    static let markdownInline: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "&", "~"]

    /// Inline Markdown text: every character that could open markup is backslash-escaped
    /// (CommonMark allows `\` before any ASCII punctuation); a line-start list or heading
    /// marker is escaped too, and line breaks become spaces so a value cannot start a block.
    public static func markdown(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if markdownInline.contains(scalar) {
                out += "\\"
                out.unicodeScalars.append(scalar)
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                out += " "
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        // "1. x", "2) x", "- x", "+ x" at the start would be read as a list item.
        let scalars = Array(out.unicodeScalars.prefix(2))
        if let first = scalars.first, first == "-" || first == "+",
           scalars.count == 1 || scalars[1] == " " {
            out = "\\" + out
        } else {
            let digits = out.prefix(while: { $0.isASCII && $0.isNumber })
            if !digits.isEmpty, digits.count <= 9, let next = out.dropFirst(digits.count).first, next == "." || next == ")",
               out.dropFirst(digits.count + 1).first.map({ $0 == " " }) ?? true {
                out.insert("\\", at: out.index(out.startIndex, offsetBy: digits.count))
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
