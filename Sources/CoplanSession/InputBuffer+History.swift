import CoplanCore

extension InputBuffer.Entry {
    /// The entry as one history line, so that Up recalls a declaration typed over several
    /// lines whole: its lines joined with `;` (which the language allows between attributes),
    /// a blank after `{` and `,` and before `}`, comments dropped (a `#` would swallow the rest
    /// of the joined line). An entry holding a text block keeps its line ends, since a text
    /// block cannot be written on one line; the REPL splits such a recalled line again.
    package var historyLine: String {
        switch self {
        case .command(let text, _):
            return text
        case .planText(let text, _):
            guard !text.contains("\"\"\"") else { return text }
            var out = ""
            for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
                let code = Self.withoutComment(line).trimmingBlanks
                guard !code.isEmpty else { continue }
                if !out.isEmpty {
                    let last = out.last!
                    out += last == "{" || last == "," || last == ";" || code.hasPrefix("}") ? " " : "; "
                }
                out += code
            }
            return out
        }
    }

    /// `line` up to a `#` that is not inside a string.
    static func withoutComment(_ line: Substring) -> Substring {
        var inString = false
        var escaped = false
        for index in line.indices {
            let character = line[index]
            if escaped { escaped = false; continue }
            if inString, character == "\\" { escaped = true; continue }
            if character == "\"" { inString.toggle() }
            if character == "#", !inString { return line[..<index] }
        }
        return line
    }
}
