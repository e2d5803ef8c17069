import Foundation

/// Block-style YAML written by hand (the peer benchmark needs only writing): every string
/// double-quoted with JSON escapes, which YAML reads as the same string and never as a date,
/// number or boolean; numbers bare. Levels are two spaces each.
struct YAMLWriter {
    private(set) var text = ""
    /// The next key opens a sequence item: it is written after `- `, one level in.
    private var openItem = false

    private mutating func indent(_ level: Int) {
        if openItem {
            text += String(repeating: "  ", count: level - 1) + "- "
            openItem = false
        } else {
            text += String(repeating: "  ", count: level)
        }
    }

    mutating func string(_ key: String, _ value: String?, _ level: Int) {
        guard let value else { return }
        indent(level)
        text += key + ": " + Self.quoted(value) + "\n"
    }

    mutating func number(_ key: String, _ value: Int?, _ level: Int) {
        guard let value else { return }
        indent(level)
        text += key + ": \(value)\n"
    }

    mutating func number(_ key: String, _ value: Double?, _ level: Int) {
        guard let value else { return }
        indent(level)
        text += key + ": " + Self.number(value) + "\n"
    }

    mutating func bool(_ key: String, _ value: Bool, _ level: Int) {
        indent(level)
        text += key + (value ? ": true\n" : ": false\n")
    }

    /// A list of strings; an empty one is left out unless `always` (a required list stays
    /// visible, as `[]`, so the schema reports it as too short rather than missing).
    mutating func strings(_ key: String, _ values: [String], _ level: Int, always: Bool = false) {
        if values.isEmpty {
            if always { indent(level); text += key + ": []\n" }
            return
        }
        indent(level)
        text += key + ":\n"
        let prefix = String(repeating: "  ", count: level + 1) + "- "
        for value in values { text += prefix + Self.quoted(value) + "\n" }
    }

    /// `key:` and a nested mapping one level in.
    mutating func mapping(_ key: String, _ level: Int, _ body: (inout YAMLWriter, Int) -> Void) {
        indent(level)
        text += key + ":\n"
        body(&self, level + 1)
    }

    /// `key:` and one mapping per element; empty sequences are left out.
    mutating func sequence<Element>(_ key: String, _ elements: some Collection<Element>, _ level: Int,
                                    _ body: (inout YAMLWriter, Element, Int) -> Void) {
        guard !elements.isEmpty else { return }
        indent(level)
        text += key + ":\n"
        for element in elements {
            openItem = true
            body(&self, element, level + 2)
        }
    }

    /// A JSON string literal. Besides JSON's own escapes, characters YAML may not hold raw
    /// (C1 controls, U+FFFE/U+FFFF) and the ones it reads as line breaks (U+0085, U+2028,
    /// U+2029) are written as `\uXXXX`.
    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || (0x7f...0x9f).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xfffe || scalar.value == 0xffff:
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A number YAML 1.1 (PyYAML) reads as one: integral values as integers, others with a
    /// decimal point before any exponent (`1e-05` alone would be read as a string).
    static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        guard value.isFinite else { return value.isNaN ? ".nan" : (value < 0 ? "-.inf" : ".inf") }
        var text = "\(value)"
        if !text.contains("."), let e = text.firstIndex(of: "e") { text.insert(contentsOf: ".0", at: e) }
        return text
    }
}
