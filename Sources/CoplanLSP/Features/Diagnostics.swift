import CoplanKit

/// `textDocument/publishDiagnostics`: every finding of the check with its stable code, a link
/// to the code's explanation, severity, its notes as related information, and the
/// `unnecessary` tag for stale suppressions (W403), which editors draw faded.
struct LSPDiagnostic: Codable, Sendable {
    var range: LSPRange
    var severity: Int
    var code: String
    var codeDescription: CodeDescription?
    var source = "coplan"
    var message: String
    var tags: [Int]?
    var relatedInformation: [RelatedInformation]?

    struct CodeDescription: Codable, Sendable { var href: String }

    struct RelatedInformation: Codable, Sendable {
        var location: Location
        var message: String
    }

    enum Tag: Int { case unnecessary = 1, deprecated = 2 }

    /// LSP severities: errors, warnings, and coverage gaps as information.
    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: return 1
        case .warning: return 2
        case .gap: return 3
        }
    }
}

struct PublishDiagnosticsParams: Encodable {
    var uri: String
    var version: Int?
    var diagnostics: [LSPDiagnostic]
}

extension LanguageServer {
    func publish(uri: String, diagnostics: [LSPDiagnostic], version: Int?) {
        sendNotification("textDocument/publishDiagnostics", PublishDiagnosticsParams(uri: uri, version: version, diagnostics: diagnostics))
    }

    /// The URI of a checked file: the open document's own, else a `file:` URI of its path.
    func uri(ofPath path: String) -> String {
        uriByPath[path] ?? DocumentURI.uri(path)
    }

    /// A finding as the client shows it, message and help in `language`.
    func lspDiagnostic(_ diagnostic: Diagnostic, in file: SourceFile, language: Language) -> LSPDiagnostic {
        let range = diagnostic.span.map { encoding.range(of: $0.range, in: $0.file) }
            ?? LSPRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0))
        let message = diagnostic.messageAndHelp(language)
        let related = diagnostic.notes.compactMap { note -> LSPDiagnostic.RelatedInformation? in
            guard let span = note.span, !span.file.path.hasPrefix("<") else { return nil }
            return .init(location: Location(uri: uri(ofPath: span.file.path), range: encoding.range(of: span.range, in: span.file)),
                         message: note.message[language])
        }
        return LSPDiagnostic(range: range, severity: LSPDiagnostic.severity(diagnostic.severity), code: diagnostic.code.rawValue,
                             codeDescription: options.codeDocumentation.map { .init(href: $0) },
                             message: message,
                             tags: diagnostic.code == .W403 ? [LSPDiagnostic.Tag.unnecessary.rawValue] : nil,
                             relatedInformation: related.isEmpty ? nil : related)
    }
}
