import CoplanCore
import CoplanModel

/// A built-in template as text: what `coplan template` prints as the starting point of an
/// own template. The agreement text given back through `emit --template` renders the same
/// bytes as the built-in one.
package enum BuiltInTemplate: Sendable, Equatable {
    case agreement(Language)
    /// The report's labels come from its context, so one text serves both languages.
    case report(DocumentFormat)

    /// The template, or nil for a report format that has none (docx).
    package var text: String? {
        switch self {
        case .agreement(let language): return AgreementTemplates.builtIn(language)
        case .report(.md): return ReportTemplates.markdown
        case .report(.html): return ReportTemplates.html
        case .report(.docx): return nil
        }
    }
}
