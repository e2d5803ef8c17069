import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// GitHub Actions workflow commands (`check --format github`): one `::error`, `::warning` or
/// `::notice` line per finding, so findings appear on the pull request's changed lines without
/// uploading anything.
package enum GitHubAnnotations {
    /// Paths in `report` should be relative to the repository root (the Actions workspace).
    package static func render(_ report: CheckReport) -> String {
        var out = ""
        for diagnostic in report.diagnostics {
            out += line(diagnostic, language: report.language) + "\n"
        }
        for (file, count) in report.hidden.sorted(by: { $0.key < $1.key }) {
            out += "::warning file=\(escapeProperty(file)),title=coplan::\(escapeData(ReportMessage.notShown(count: count).text[report.language]))\n"
        }
        out += HumanReport.summaryLine(report) + "\n"
        return out
    }

    package static func line(_ diagnostic: Diagnostic, language: Language) -> String {
        let command: String
        switch diagnostic.failsCheck ? .error : diagnostic.severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .gap: command = "notice"
        }
        var properties: [(String, String)] = []
        if let span = diagnostic.span {
            let start = span.start, end = span.end
            properties.append(("file", span.file.path))
            properties.append(("line", String(start.line)))
            // GitHub takes columns only for an annotation on one line.
            if start.line == end.line { properties.append(("col", String(start.column))) }
            properties.append(("endLine", String(end.line)))
            if start.line == end.line { properties.append(("endColumn", String(end.column))) }
        }
        properties.append(("title", diagnostic.code.rawValue))
        let message = diagnostic.messageAndHelp(language)
        let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(command) \(list)::\(escapeData(message))"
    }

    /// Message text: `%`, CR and LF are encoded (GitHub's `escapeData`).
    package static func escapeData(_ text: String) -> String {
        text.replacingASCII { byte in
            switch byte {
            case UInt8(ascii: "%"): return "%25"
            case UInt8(ascii: "\r"): return "%0D"
            case UInt8(ascii: "\n"): return "%0A"
            default: return nil
            }
        }
    }

    /// Property values: as data, and also `:` and `,`, which separate properties.
    package static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingASCII { byte in
            switch byte {
            case UInt8(ascii: ":"): return "%3A"
            case UInt8(ascii: ","): return "%2C"
            default: return nil
            }
        }
    }
}
