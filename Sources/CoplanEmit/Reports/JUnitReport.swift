import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// JUnit XML (`check --format junit`) for CI systems that show test reports: one test suite,
/// one test case per checked file, failing when the file has findings that fail the check
/// (errors and unmet `require` lines; all warnings and gaps under `strict`). Other findings go to `system-out`.
package enum JUnitReport {
    package static func render(_ report: CheckReport, strict: Bool) -> String {
        let language = report.language
        var byFile: [String: [Diagnostic]] = [:]
        for diagnostic in report.diagnostics {
            byFile[diagnostic.span?.file.path ?? "", default: []].append(diagnostic)
        }
        var cases: [String] = report.files
        if byFile[""] != nil { cases.append("") }
        var body = ""
        var failures = 0
        for file in cases {
            let diagnostics = byFile[file] ?? []
            let failing = diagnostics.filter { fails($0, strict: strict) }
            let passing = diagnostics.filter { !fails($0, strict: strict) }
            let name = file.isEmpty ? ReportMessage.repositoryCase.text[language] : file
            body += "    <testcase classname=\"coplan.check\" name=\"\(escape(name))\""
            if !file.isEmpty { body += " file=\"\(escape(file))\"" }
            let hidden = report.hidden[file] ?? 0
            if failing.isEmpty && passing.isEmpty && hidden == 0 {
                body += "/>\n"
                continue
            }
            body += ">\n"
            if !failing.isEmpty {
                failures += 1
                // The worst finding names the failure: an error before a denied warning or a gap.
                let type = failing.min { ($0.severity, $0.code.rawValue) < ($1.severity, $1.code.rawValue) }!.code.rawValue
                body += "      <failure type=\"\(type)\" message=\"\(escape(summary(failing, language: language)))\">"
                body += escape(failing.map { text($0, language: language) }.joined()) + "</failure>\n"
            }
            if !passing.isEmpty || hidden > 0 {
                var out = passing.map { text($0, language: language) }.joined()
                if hidden > 0 { out += ReportMessage.notShown(count: hidden).text[language] + "\n" }
                body += "      <system-out>" + escape(out) + "</system-out>\n"
            }
            body += "    </testcase>\n"
        }
        let counts = "tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\""
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="coplan" \(counts)>
          <testsuite name="coplan check" \(counts) skipped="0">
        \(body)  </testsuite>
        </testsuites>

        """
    }

    static func fails(_ diagnostic: Diagnostic, strict: Bool) -> Bool {
        diagnostic.severity == .error || diagnostic.failsCheck || strict
    }

    /// `2 errors, 1 warning`
    static func summary(_ diagnostics: [Diagnostic], language: Language) -> String {
        func count(_ severity: Severity) -> Int { diagnostics.count { $0.severity == severity } }
        return ReportMessage.counts(errors: count(.error), warnings: count(.warning), gaps: count(.gap)).text[language]
    }

    /// `file:line:col: error[E200]: message` and a `help:` line, as the human report without frames.
    static func text(_ diagnostic: Diagnostic, language: Language) -> String {
        var out = ""
        if let span = diagnostic.span {
            let start = span.start
            out += "\(span.file.path):\(start.line):\(start.column): "
        }
        out += "\(CoreMessage.severity(diagnostic.severity).text[language])[\(diagnostic.code.rawValue)]: \(diagnostic.messageAndHelp(language))\n"
        return out
    }

    /// XML text and attribute escaping, shared with the DOCX writer.
    package static func escape(_ text: String) -> String { Escaping.xml(text) }
}
