import CoplanCore
import CoplanSyntax
import CoplanModel
/// Prints atoms back as source. Numbers, dates and percentages are printed exactly as
/// written (`12_893_583.46` keeps its separators); strings are printed from their decoded
/// text with canonical escapes, so `"\u{105}"` and `"ą"` format alike.
enum LiteralPrinter {
    /// The atom's source text; for strings, a re-escaped literal. A text block is printed as a
    /// block (lines indented by `indent` + 2) when its text has several lines.
    static func print(_ atom: Atom, file: SourceFile, indent: Int) -> String {
        switch atom.kind {
        case .string, .textBlock:
            return text(atom.text, indent: indent, preferBlock: atom.kind == .textBlock)
        case .identifier, .number, .percent, .date:
            return file.text(atom.range.bytes)
        default:
            return atom.text
        }
    }

    static func text(_ value: String, indent: Int, preferBlock: Bool) -> String {
        if preferBlock, let block = textBlock(value, indent: indent) { return block }
        return quoted(value)
    }

    /// `"…"` with `\"`, `\\`, `\n`, `\t` and `\u{…}` for other control characters.
    static func quoted(_ value: String) -> String {
        "\"" + value.replacingASCII { byte in
            switch byte {
            case UInt8(ascii: "\""): return "\\\""
            case UInt8(ascii: "\\"): return "\\\\"
            case UInt8(ascii: "\n"): return "\\n"
            case UInt8(ascii: "\t"): return "\\t"
            case 0x00..<0x20, 0x7F: return "\\u{" + String(byte, radix: 16, uppercase: true) + "}"
            default: return nil
            }
        } + "\""
    }

    /// A `"""` block, or nil when the text is better (or only safely) printed as a string:
    /// a single line, only blank lines, or characters a block cannot hold literally.
    static func textBlock(_ value: String, indent: Int) -> String? {
        let lines = value.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func isBlank(_ line: String) -> Bool { line.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" } }
        guard lines.count > 1, lines.contains(where: { !isBlank($0) }) else { return nil }
        // Dedent measures indentation on the first non-blank lines and strips `\r`; text that
        // starts lines with blanks everywhere, or holds control characters, stays a string.
        let common = lines.filter { !isBlank($0) }.map { $0.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count }.min() ?? 0
        guard common == 0 else { return nil }
        if lines.contains(where: { isBlank($0) && !$0.isEmpty }) { return nil }
        if value.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F }) { return nil }
        let pad = String(repeating: " ", count: indent + 2)
        var out = "\"\"\"\n"
        for line in lines {
            out += line.isEmpty ? "\n" : pad + escapeInBlock(line) + "\n"
        }
        return out + pad + "\"\"\""
    }

    /// Inside a block only `\` and runs of three quotes need escaping.
    static func escapeInBlock(_ line: String) -> String {
        var out = ""
        var quotes = 0
        for scalar in line.unicodeScalars {
            if scalar == "\"" {
                quotes += 1
                // Escape every third quote of a run so that no `"""` appears.
                out += quotes % 3 == 0 ? "\\\"" : "\""
                continue
            }
            quotes = 0
            out += scalar == "\\" ? "\\\\" : String(scalar)
        }
        // A line ending in quotes would run into nothing: the closing `"""` is on its own line.
        return out
    }
}
