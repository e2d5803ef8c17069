/// One finding: a stable code and a located problem — a message in the one house style
/// (lower-case start, names in backticks, no trailing full stop), where it is, and what to do.
package struct Diagnostic: Sendable, Hashable {
    package var code: DiagnosticCode
    /// Message, place and help, shared with the errors that have no code.
    package var problem: LocatedProblem
    /// Secondary places worth showing (e.g. the first declaration of a duplicate).
    package var notes: [Note]
    /// Set when repository policy raises the finding (`deny` in `coplan.toml`): it then counts
    /// and renders as this severity instead of its code's.
    package var raisedTo: Severity?
    /// Makes the check fail (exit 1) whatever its severity: set for gaps the plan itself
    /// demands be closed (`require coverage`, `require sectors`), so they fail without `--strict`.
    package var failsCheck: Bool

    /// The code, the place and the English message only: the checker hashes every finding to
    /// drop duplicates, and hashing the Polish text too (non-ASCII, so normalised as Swift
    /// hashes strings) was a tenth of checking a whole repository. Equality stays complete.
    package func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(problem.location)
        hasher.combine(problem.message.en)
    }

    package struct Note: Sendable, Hashable {
        package var message: Text
        package var span: SourceSpan?

        package init(_ message: Text, at span: SourceSpan?) {
            self.message = message
            self.span = span
        }
    }

    package init(
        _ code: DiagnosticCode, _ message: Text, at span: SourceSpan?,
        suggestion: String? = nil, help: Text? = nil, notes: [Note] = [], failsCheck: Bool = false
    ) {
        self.code = code
        self.problem = LocatedProblem(message, at: span, suggestion: suggestion, help: help)
        self.notes = notes
        self.failsCheck = failsCheck
    }

    package var severity: Severity { raisedTo ?? code.severity }

    package var message: Text {
        get { problem.message }
        set { problem.message = newValue }
    }

    /// Where; `nil` only for findings about a whole run (e.g. no plan declaration anywhere).
    package var span: SourceSpan? {
        get { problem.span }
        set { problem.span = newValue }
    }

    /// A replacement the user probably meant ("did you mean"); machine-readable in JSON.
    package var suggestion: String? {
        get { problem.suggestion }
        set { problem.suggestion = newValue }
    }

    package var help: Text? {
        get { problem.help }
        set { problem.help = newValue }
    }

    /// The `help:` text to show, if any.
    package var helpText: Text? { problem.helpText }

    /// The message with its `help:` line, as `LocatedProblem.messageAndHelp`.
    package func messageAndHelp(_ language: Language) -> String { problem.messageAndHelp(language) }
}

extension Diagnostic {
    /// Sort order for output: file, position, then code — deterministic whatever produced them.
    package static func ordered(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        let lp = lhs.span?.file.path ?? "", rp = rhs.span?.file.path ?? ""
        if lp != rp { return lp < rp }
        let ls = lhs.span?.range.start ?? -1, rs = rhs.span?.range.start ?? -1
        if ls != rs { return ls < rs }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        return lhs.message.en < rhs.message.en
    }
}
