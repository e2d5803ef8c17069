/// Renders diagnostics and located problems for people: `file:line:col: error[E200]: message`
/// (`error:` for a problem without a code), a code frame with carets under the exact range, and
/// `help:` / `note:` lines. The only place these are drawn. Pure: returns text, prints nothing.
package struct DiagnosticRenderer: Sendable {
    package var colored: Bool
    /// The reader's language: messages, help and the labels (`error`/`błąd`) are shown in it;
    /// codes never change with it.
    package var language: Language

    package init(colored: Bool = false, language: Language = .en) {
        self.colored = colored
        self.language = language
    }

    package func render(_ diagnostic: Diagnostic) -> String {
        let label = "\(CoreMessage.severity(diagnostic.severity).text[language])[\(diagnostic.code.rawValue)]"
        var out = render(diagnostic.problem, label: label, color: diagnostic.severity.color)
        let noteLabel = CoreMessage.noteLabel.text[language] + ":"
        for note in diagnostic.notes {
            if let span = note.span {
                let start = span.start
                out += paint(noteLabel, .cyan) + " \(note.message[language]) (\(span.file.path):\(start.line):\(start.column))\n"
            } else {
                out += paint(noteLabel, .cyan) + " \(note.message[language])\n"
            }
        }
        return out
    }

    /// A problem without a code (configuration, template, command line): always an error.
    package func render(_ problem: LocatedProblem) -> String {
        render(problem, label: CoreMessage.severity(.error).text[language], color: Severity.error.color)
    }

    /// `place: label: message`, the code frame when there is a range, then `help:`.
    private func render(_ problem: LocatedProblem, label: String, color: Color) -> String {
        var out = ""
        switch problem.location {
        case .span(let span):
            let start = span.start
            out += paint("\(span.file.path):\(start.line):\(start.column):", .bold) + " "
        case .file(let path):
            out += paint("\(path):", .bold) + " "
        case nil:
            break
        }
        out += paint(label, color) + ": " + paint(problem.message[language], .bold) + "\n"
        if let span = problem.span { out += frame(span, underline: color) }
        if let help = problem.helpText {
            out += paint(CoreMessage.helpLabel.text[language] + ":", .cyan) + " \(help[language])\n"
        }
        return out
    }

    package func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined(separator: "\n")
    }

    /// The source line with a gutter and carets under the range (first line only for
    /// multi-line ranges; an empty range gets one caret).
    package func frame(_ span: SourceSpan, underline: Color) -> String {
        let start = span.start, end = span.end
        let text = span.file.lineText(start.line)
        let width = end.line == start.line
            ? Self.displayLine(String(text.unicodeScalars.prefix(end.column - 1))).unicodeScalars.count
                - Self.displayLine(String(text.unicodeScalars.prefix(start.column - 1))).unicodeScalars.count
            : Int.max
        return frame(line: text, number: start.line, column: start.column, width: width, underline: underline)
    }

    /// A code frame for one line of text: `column` is 1-based in Unicode scalars, `width` in
    /// displayed columns (clipped to the line; at least one caret).
    private func frame(line text: String, number: Int, column: Int, width: Int, underline: Color = .red) -> String {
        let gutter = String(repeating: " ", count: String(number).count)
        let line = Self.displayLine(text)
        let startCol = Self.displayLine(String(text.unicodeScalars.prefix(max(0, column - 1)))).unicodeScalars.count
        let carets = max(1, min(width, line.unicodeScalars.count - startCol))
        var out = paint("\(gutter) |", .blue) + "\n"
        out += paint("\(number) |", .blue) + " \(line)\n"
        out += paint("\(gutter) |", .blue) + " " + String(repeating: " ", count: startCol)
        out += paint(String(repeating: "^", count: carets), underline) + "\n"
        return out
    }

    /// Tabs become four spaces so carets line up; control characters are made visible.
    package static func displayLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: out.append(contentsOf: "    ".unicodeScalars)
            case 0x00..<0x20, 0x7F: out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    package enum Color: String, Sendable {
        case red = "31", yellow = "33", magenta = "35", cyan = "36", blue = "34", bold = "1"
    }

    package func paint(_ text: String, _ color: Color) -> String {
        colored ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
    }
}

extension Severity {
    package var color: DiagnosticRenderer.Color {
        switch self {
        case .error: return .red
        case .warning: return .yellow
        case .gap: return .magenta
        }
    }
}
