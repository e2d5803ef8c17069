import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// SARIF 2.1.0 output (`check --format sarif`) for code-scanning services such as GitHub's:
/// one rule per diagnostic code, one result per finding, locations relative to the repository
/// root through the `%SRCROOT%` base so the service can place them in its own checkout.
package enum SarifReport {
    package struct Options: Sendable {
        package var toolVersion: String
        /// `file:///…/` URI of the repository root; when known it is recorded in
        /// `originalUriBaseIds`, otherwise the consumer supplies it (GitHub does).
        package var rootURI: String?
        /// Link to the documentation of the codes.
        package var informationURI: String?

        package init(toolVersion: String = "0.1.0", rootURI: String? = nil, informationURI: String? = nil) {
            self.toolVersion = toolVersion
            self.rootURI = rootURI
            self.informationURI = informationURI
        }
    }

    /// The base id every relative artifact URI is resolved against.
    package static let rootBase = "%SRCROOT%"

    /// `report`'s file paths must be relative to the repository root (or absolute for files
    /// outside it).
    package static func render(_ report: CheckReport, options: Options = Options()) -> JSONValue {
        var driver: [(String, JSONValue)] = [("name", .string("coplan"))]
        if let uri = options.informationURI { driver.append(("informationUri", .string(uri))) }
        driver += [
            ("version", .string(options.toolVersion)),
            ("semanticVersion", .string(options.toolVersion)),
            ("rules", rules(report.language)),
        ]
        var run: [(String, JSONValue)] = [("tool", .object([("driver", .object(driver))]))]
        if let root = options.rootURI {
            run.append(("originalUriBaseIds", .object([(rootBase, .object([("uri", .string(root.hasSuffix("/") ? root : root + "/"))]))])))
        }
        run += [
            ("artifacts", .array(report.files.map { .object([("location", artifactLocation($0))]) })),
            ("results", .array(zip(report.diagnostics, report.fingerprints).map { result($0, fingerprint: $1, language: report.language) })),
            ("columnKind", .string("unicodeCodePoints")),
        ]
        if !report.hidden.isEmpty { run.append(("invocations", .array([invocation(hidden: report.hidden, language: report.language)]))) }
        return .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object(run)])),
        ])
    }

    /// Every code's rule, built once per language: the rules never depend on the report, and
    /// building them (each code's explanation wrapped to 80 columns) was most of a SARIF
    /// report's time.
    static func rules(_ language: Language) -> JSONValue {
        switch language {
        case .pl: return polishRules
        case .en: return englishRules
        }
    }

    private static let polishRules = JSONValue.array(DiagnosticCode.allCases.map { rule($0, language: .pl) })
    private static let englishRules = JSONValue.array(DiagnosticCode.allCases.map { rule($0, language: .en) })

    static func rule(_ code: DiagnosticCode, language: Language) -> JSONValue {
        let summary = code.summaryText[language]
        let text = summary.prefix(1).uppercased() + summary.dropFirst()
        return .object([
            ("id", .string(code.rawValue)),
            ("shortDescription", .object([("text", .string(text))])),
            ("fullDescription", .object([("text", .string(CodeExplanation(code).text(language).meaning))])),
            // The help `coplan explain CODE` prints, as text and as Markdown: one explanation everywhere.
            ("help", .object([("text", .string(CodeExplanation(code).render(language: language))),
                              ("markdown", .string(CodeExplanation(code).markdown(language: language)))])),
            ("defaultConfiguration", .object([("level", .string(level(code.severity)))])),
            ("properties", .object([("tags", .array([.string("coplan"), .string(category(code.severity))]))])),
        ])
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .gap: return "note"
        }
    }

    static func category(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .gap: return "coverage-gap"
        }
    }

    /// `partialFingerprints` carries the model-id fingerprint, so the service keeps one alert
    /// when the lines around a finding move.
    package static func result(_ diagnostic: Diagnostic, fingerprint: DiagnosticFingerprint? = nil, language: Language) -> JSONValue {
        let text = diagnostic.messageAndHelp(language)
        var members: [(String, JSONValue)] = [
            ("ruleId", .string(diagnostic.code.rawValue)),
            ("ruleIndex", .int(DiagnosticCode.allCases.firstIndex(of: diagnostic.code)!)),
            // A finding that fails the check (an unmet `require`) is an error to the service.
            ("level", .string(diagnostic.failsCheck ? "error" : level(diagnostic.severity))),
            ("message", .object([("text", .string(text))])),
        ]
        if let span = diagnostic.span {
            members.append(("locations", .array([location(span, message: nil)])))
        }
        let related = diagnostic.notes.enumerated().compactMap { index, note in
            note.span.map { location($0, message: note.message[language], id: index + 1) }
        }
        if !related.isEmpty { members.append(("relatedLocations", .array(related))) }
        if let fingerprint {
            members.append(("partialFingerprints", .object([("coplanFingerprint/v1", .string(fingerprint.hash))])))
        }
        return .object(members)
    }

    /// Findings hidden by the per-file limit, as tool notifications: the service shows them
    /// beside the results, so nobody reads a capped list as the whole story.
    static func invocation(hidden: [String: Int], language: Language) -> JSONValue {
        let notifications: [JSONValue] = hidden.sorted { $0.key < $1.key }.map { file, count in
            .object([
                ("level", .string("warning")),
                ("message", .object([("text", .string(ReportMessage.limitReached(count: count).text[language]))])),
                ("locations", .array([.object([("physicalLocation", .object([("artifactLocation", artifactLocation(file))]))])])),
            ])
        }
        return .object([("executionSuccessful", .bool(true)), ("toolExecutionNotifications", .array(notifications))])
    }

    static func location(_ span: SourceSpan, message: String?, id: Int? = nil) -> JSONValue {
        let start = span.start, end = span.end
        var members: [(String, JSONValue)] = []
        if let id { members.append(("id", .int(id))) }
        members.append(("physicalLocation", .object([
            ("artifactLocation", artifactLocation(span.file.path)),
            ("region", .object([
                ("startLine", .int(start.line)), ("startColumn", .int(start.column)),
                ("endLine", .int(end.line)), ("endColumn", .int(end.column)),
            ])),
        ])))
        if let message { members.append(("message", .object([("text", .string(message))]))) }
        return .object(members)
    }

    static func artifactLocation(_ path: String) -> JSONValue {
        if path.hasPrefix("/") { return .object([("uri", .string("file://" + percentEncoded(path)))]) }
        return .object([("uri", .string(percentEncoded(path))), ("uriBaseId", .string(rootBase))])
    }

    /// RFC 3986 path encoding: unreserved characters and `/` stay, every other byte of the
    /// UTF-8 form becomes `%XX` (so `ł` is `%C5%82`).
    package static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x2E, 0x5F, 0x7E, 0x2F:
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
