import CoplanCore
import CoplanPipeline

extension CheckReport {
    /// The JSON object of docs/LANGUAGE.md §6.
    package var json: JSONValue {
        .object([
            ("version", .int(1)),
            ("files", .array(files.map { .string($0) })),
            ("diagnostics", .array(diagnostics.map { $0.json(language) })),
            ("coverage", coverage.map { .object([("percent", .double(($0.percent * 100).rounded() / 100)), ("pairs", .int($0.pairs)), ("covered", .int($0.covered))]) } ?? .null),
            ("summary", .object([("errors", .int(errors)), ("warnings", .int(warnings)), ("gaps", .int(gaps))])),
            ("codes", .object(explanations)),
        ])
    }

    /// Each code among the findings with the explanation `coplan explain CODE` prints (title,
    /// meaning, how to silence it) and that command: one text for the terminal, SARIF and JSON.
    var explanations: [(String, JSONValue)] {
        Set(diagnostics.map(\.code)).sorted().map { code in
            let text = CodeExplanation(code).text(language)
            return (code.rawValue, .object([
                ("title", .string(text.title)), ("meaning", .string(text.meaning)), ("silencing", .string(text.silencing)),
                ("explain", .string("coplan explain \(code.rawValue) --lang \(language.rawValue)")),
            ]))
        }
    }
}

extension Diagnostic {
    /// The finding as JSON, its sentences in `language` (codes and fields never change with it).
    package func json(_ language: Language) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("code", .string(code.rawValue)),
            ("severity", .string(severity.rawValue)),
            ("message", .string(message[language])),
        ]
        if let span {
            let start = span.start, end = span.end
            members += [("file", .string(span.file.path)), ("line", .int(start.line)), ("column", .int(start.column)),
                        ("endLine", .int(end.line)), ("endColumn", .int(end.column))]
        } else {
            members += [("file", .null), ("line", .null), ("column", .null), ("endLine", .null), ("endColumn", .null)]
        }
        members.append(("suggestion", suggestion.map { .string($0) } ?? .null))
        if let help = helpText, suggestion == nil { members.append(("help", .string(help[language]))) }
        // Related places ("first declared here"), as the human output and SARIF show them.
        members.append(("notes", .array(notes.map { note in
            var fields: [(String, JSONValue)] = [("message", .string(note.message[language]))]
            if let span = note.span, !span.file.path.hasPrefix("<") {
                let start = span.start
                fields += [("file", .string(span.file.path)), ("line", .int(start.line)), ("column", .int(start.column))]
            } else {
                fields += [("file", .null), ("line", .null), ("column", .null)]
            }
            return .object(fields)
        })))
        return .object(members)
    }
}
