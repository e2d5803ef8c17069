import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
/// A plan repository's `coplan.toml`: which folders hold plans, how strict `check` is by
/// default, which codes the repository silences or raises, and the default document language.
///
/// ```toml
/// plans = ["Plans"]
/// strict = true
/// allow = ["W400"]
/// deny = ["G504"]
/// language = "pl"
/// ```
package struct RepositoryConfig: Sendable, Equatable {
    /// Folders (relative to the repository root) searched for `*.plan`; `["."]` when unset.
    package var plans: [String] = ["."]
    /// Whether warnings and gaps fail `check` when the command line does not say.
    package var strict = false
    /// Codes dropped everywhere in the repository.
    package var allow: Set<DiagnosticCode> = []
    /// Codes raised to errors.
    package var deny: Set<DiagnosticCode> = []
    /// Language of generated documents when a plan does not name one.
    package var language: DocumentLanguage = .pl

    package init() {}

    /// The file's name; its folder is the repository root.
    package static let fileName = "coplan.toml"

    /// The keys `coplan.toml` understands, for "did you mean".
    package static let keys = ["plans", "strict", "allow", "deny", "language"]
}

/// A mistake in `coplan.toml`, located so the user can go straight to it. Always an error:
/// a repository whose configuration is wrong is not checked at all (exit 2).
package struct ConfigProblem: Sendable, Hashable {
    package var message: String
    package var span: SourceSpan
    package var suggestion: String?
    package var help: String?

    package init(_ message: String, at span: SourceSpan, suggestion: String? = nil, help: String? = nil) {
        self.message = message
        self.span = span
        self.suggestion = suggestion
        self.help = help
    }

    /// `coplan.toml:3:1: error: unknown key `strct``, the line with carets, then `help:`.
    package func render(colored: Bool = false) -> String {
        let renderer = DiagnosticRenderer(colored: colored)
        let start = span.start
        var out = renderer.paint("\(span.file.path):\(start.line):\(start.column):", .bold) + " "
        out += renderer.paint("error", .red) + ": " + renderer.paint(message, .bold) + "\n"
        out += renderer.frame(span, underline: .red)
        if let suggestion {
            out += renderer.paint("help:", .cyan) + " did you mean `\(suggestion)`?\n"
        } else if let help {
            out += renderer.paint("help:", .cyan) + " \(help)\n"
        }
        return out
    }
}
