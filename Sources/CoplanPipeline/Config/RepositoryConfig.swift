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
    package var language: Language = .pl
    /// `language` as the file writes it, nil when it says nothing: only a written one chooses
    /// the language of messages (docs/LANGUAGE.md §9).
    package var writtenLanguage: Language?

    package init() {}

    /// The file's name; its folder is the repository root.
    package static let fileName = "coplan.toml"

    /// The keys `coplan.toml` understands, for "did you mean".
    package static let keys = ["plans", "strict", "allow", "deny", "language"]
}
