import CoplanKit

/// An open editor buffer, as the client last sent it.
struct OpenDocument {
    var uri: String
    /// Canonical path: the key imports and findings are matched by.
    var path: String
    var version: Int
    var bytes: [UInt8]
}

/// What the last check said about one open file, kept so requests are answered from the
/// trees and models of that check (never by parsing again).
struct FileAnalysis {
    /// The text that was checked; when the buffer differs, a check is due.
    var bytes: [UInt8]
    var tree: SyntaxTree
    /// The checked plan this file belongs to (its own, or the plan importing it).
    var plan: PlanCheck?
    /// Findings located in this file, after suppressions and repository policy.
    var diagnostics: [Diagnostic]
    /// Every tree of the plan, for features that span imports (rename, references).
    var unitTrees: [SyntaxTree]
    /// The language the check chose for this file's findings (its plan's own `language` counts).
    var language: Language = .en

    var file: SourceFile { tree.file }
    var model: PlanModel? { plan?.model }
}
