/// A problem with where it is and what to do about it: what every coplan error shares.
/// `Diagnostic` wraps one with a stable code; mistakes in `coplan.toml`, template and document
/// errors and command-line errors are one on their own (they are not findings about a plan, so
/// they have no code). `DiagnosticRenderer` is the one place that renders either.
package struct LocatedProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, in both languages (a catalog entry); shown in the reader's language.
    package var message: Text
    package var location: Location?
    /// A replacement the user probably meant ("did you mean").
    package var suggestion: String?
    /// Free-form advice shown as `help:`; defaults to "did you mean" text when a suggestion exists.
    package var help: Text?

    package enum Location: Sendable, Hashable {
        /// A range of a file's text: rendered `path:line:col:` with a code frame.
        case span(SourceSpan)
        /// A whole file, when no place in it is known: rendered `path:`.
        case file(String)
    }

    package init(_ message: Text, at span: SourceSpan? = nil, suggestion: String? = nil, help: Text? = nil) {
        self.message = message
        self.location = span.map(Location.span)
        self.suggestion = suggestion
        self.help = help
    }

    /// In a file but at no known place (or nowhere, when `file` is nil).
    package init(_ message: Text, file: String?, help: Text? = nil) {
        self.message = message
        self.location = file.map(Location.file)
        self.help = help
    }

    /// The range, when the problem has one.
    package var span: SourceSpan? {
        get {
            if case .span(let span) = location { return span }
            return nil
        }
        set { location = newValue.map(Location.span) }
    }

    /// The file's path as shown, with or without a place in it.
    package var path: String? {
        switch location {
        case .span(let span): return span.file.path
        case .file(let path): return path
        case nil: return nil
        }
    }

    /// The message and, on its own line, `help: …` (`wskazówka: …`): what outputs without a
    /// code frame show (SARIF, JUnit, GitHub annotations, the language server).
    package func messageAndHelp(_ language: Language) -> String {
        guard let help = helpText else { return message[language] }
        return message[language] + "\n" + CoreMessage.helpLabel.text[language] + ": " + help[language]
    }

    /// The `help:` text to show, if any.
    package var helpText: Text? {
        if let help { return help }
        if let suggestion { return CoreMessage.didYouMean(suggestion).text }
        return nil
    }

    /// Rendered in English without colour and without the final line end, for logs and tests.
    package var description: String {
        String(DiagnosticRenderer().render(self).dropLast())
    }
}
