import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// A problem with a document template or with emitting a document, located in the template
/// text when it comes from one (1-based line and column in Unicode scalars).
package struct DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    package var message: String
    /// The template's path as the front end named it, when the error is inside a template.
    package var file: String?
    package var line: Int?
    package var column: Int?
    /// "did you mean" or other advice.
    package var help: String?
    /// The template line the error is on, for a code frame.
    package var sourceLine: String?

    package init(_ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil,
                help: String? = nil, sourceLine: String? = nil) {
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.help = help
        self.sourceLine = sourceLine
    }

    /// At a byte offset of a template's text, located by the same line table as plan files.
    init(_ message: String, at offset: Int, in source: SourceFile, file: String?, help: String? = nil) {
        let location = source.location(of: offset)
        self.init(message, file: file, line: location.line, column: location.column, help: help,
                  sourceLine: source.lineText(location.line))
    }

    /// `file:line:col: error: message`, a code frame and `help:`.
    package var description: String {
        var out = ""
        if let file { out += file + ":" }
        if let line, let column { out += "\(line):\(column):" }
        out += (out.isEmpty ? "" : " ") + "error: " + message
        if let sourceLine, let line, let column {
            out += "\n" + DiagnosticRenderer().frame(line: sourceLine, number: line, column: column, width: 1)
            out.removeLast() // the frame ends its last line; `help:` or the caller adds the next
        }
        if let help { out += "\nhelp: " + help }
        return out
    }
}
