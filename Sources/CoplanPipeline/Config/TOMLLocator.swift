import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
/// Where each top-level key, table header and value of a TOML text is written.
///
/// TOMLKit parses the document (and reports syntax errors with positions) but does not say where
/// a value came from; this small scanner recovers those places so that a wrong key, type or code
/// in `coplan.toml` gets a precise `line:column`. It runs only on text TOMLKit has accepted.
struct TOMLLocator {
    struct Entry {
        /// The key as written, dotted parts joined with `.`, quotes removed.
        var key: String
        var keyRange: SourceRange
        var valueRange: SourceRange
        /// For an array value: each element's range, in order.
        var elements: [SourceRange]
    }

    var entries: [Entry] = []
    /// `[table]` and `[[array]]` headers: name and range.
    var tables: [(name: String, range: SourceRange)] = []

    init(_ bytes: [UInt8]) {
        var index = 0
        let count = bytes.count
        func at(_ i: Int) -> UInt8? { i < count ? bytes[i] : nil }
        func skipBlanks() { while let b = at(index), b == 0x20 || b == 0x09 { index += 1 } }
        func skipToLineEnd() { while let b = at(index), b != 0x0A { index += 1 } }
        /// Skips a string starting at `index` (any of the four TOML kinds).
        func skipString() {
            let quote = bytes[index]
            let triple = at(index + 1) == quote && at(index + 2) == quote
            if triple {
                index += 3
                while index < count {
                    if bytes[index] == 0x5C, quote == 0x22 { index += 2; continue }
                    if bytes[index] == quote, at(index + 1) == quote, at(index + 2) == quote {
                        index += 3
                        // Up to two more quotes may belong to the content.
                        while at(index) == quote { index += 1 }
                        return
                    }
                    index += 1
                }
                return
            }
            index += 1
            while let b = at(index), b != 0x0A {
                if b == 0x5C, quote == 0x22 { index += 2; continue }
                index += 1
                if b == quote { return }
            }
        }
        /// Skips one value; for arrays, records top-level element ranges.
        func skipValue(elements: inout [SourceRange]) {
            guard let first = at(index) else { return }
            if first == 0x22 || first == 0x27 { skipString(); return }
            if first == 0x5B || first == 0x7B {
                let isArray = first == 0x5B
                var depth = 0
                var elementStart: Int?
                while index < count {
                    let b = bytes[index]
                    switch b {
                    case 0x22, 0x27:
                        if depth == 1, elementStart == nil { elementStart = index }
                        skipString()
                        if depth == 1, isArray, let start = elementStart { elements.append(SourceRange(start, index)); elementStart = nil }
                        continue
                    case 0x23: skipToLineEnd(); continue
                    case 0x5B, 0x7B:
                        if depth == 1, elementStart == nil { elementStart = index }
                        depth += 1
                    case 0x5D, 0x7D:
                        depth -= 1
                        if depth == 1, isArray, let start = elementStart { elements.append(SourceRange(start, index + 1)); elementStart = nil }
                        if depth == 0 {
                            if isArray, let start = elementStart { elements.append(SourceRange(start, index)) }
                            index += 1
                            return
                        }
                    case 0x2C, 0x0A, 0x0D, 0x20, 0x09:
                        if depth == 1, isArray, let start = elementStart { elements.append(SourceRange(start, index)); elementStart = nil }
                    default:
                        if depth == 1, elementStart == nil { elementStart = index }
                    }
                    index += 1
                }
                return
            }
            while let b = at(index), b != 0x0A, b != 0x23, b != 0x0D { index += 1 }
            // Trailing blanks are not part of a bare value.
            while index > 0, bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09 { index -= 1 }
        }
        /// Reads a possibly dotted key; `keyEnd` is where its last part ends.
        var keyEnd = 0
        func readKey() -> String {
            var parts: [String] = []
            while let b = at(index) {
                if b == 0x22 || b == 0x27 {
                    let start = index
                    skipString()
                    parts.append(String(decoding: bytes[(start + 1)..<max(start + 1, index - 1)], as: UTF8.self))
                } else {
                    let start = index
                    while let c = at(index), c != 0x3D, c != 0x2E, c != 0x20, c != 0x09, c != 0x0A, c != 0x5D { index += 1 }
                    parts.append(String(decoding: bytes[start..<index], as: UTF8.self))
                }
                keyEnd = index
                skipBlanks()
                if at(index) == 0x2E { index += 1; skipBlanks() } else { break }
            }
            return parts.joined(separator: ".")
        }
        var inTable = false
        while index < count {
            skipBlanks()
            guard let b = at(index) else { break }
            switch b {
            case 0x0A, 0x0D: index += 1
            case 0x23: skipToLineEnd()
            case 0x5B:
                let start = index
                index += at(index + 1) == 0x5B ? 2 : 1
                skipBlanks()
                let name = readKey()
                while let c = at(index), c == 0x5D || c == 0x20 { index += 1 }
                tables.append((name, SourceRange(start, index)))
                inTable = true
                skipToLineEnd()
            default:
                let keyStart = index
                let key = readKey()
                skipBlanks()
                if at(index) == 0x3D { index += 1 }
                skipBlanks()
                let valueStart = index
                var elements: [SourceRange] = []
                skipValue(elements: &elements)
                // Keys inside tables are reported through their table.
                if !inTable {
                    entries.append(Entry(key: key, keyRange: SourceRange(keyStart, keyEnd),
                                         valueRange: SourceRange(valueStart, index), elements: elements))
                }
                skipToLineEnd()
            }
        }
    }

    func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }
}
