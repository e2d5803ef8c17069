import CoplanCore
import CoplanModel

extension CheckReport {
    /// This report with personal data removed from models, messages and source excerpts.
    package func redacted() -> CheckReport {
        let redaction = Redaction(models: plans.map(\.model))
        var masked: [ObjectIdentifier: SourceFile] = [:]
        func span(_ span: SourceSpan?) -> SourceSpan? {
            guard let span else { return nil }
            let key = ObjectIdentifier(span.file)
            let file = masked[key] ?? redaction.mask(span.file)
            masked[key] = file
            return SourceSpan(file: file, range: span.range)
        }
        func clean(_ diagnostic: Diagnostic) -> Diagnostic {
            var copy = diagnostic
            copy.message = redaction.apply(diagnostic.message)
            copy.help = diagnostic.help.map { redaction.apply($0) }
            copy.suggestion = diagnostic.suggestion.map { redaction.identifiers[$0] ?? redaction.apply($0) }
            copy.span = span(diagnostic.span)
            copy.notes = diagnostic.notes.map { Diagnostic.Note(redaction.apply($0.message), at: span($0.span)) }
            return copy
        }
        var copy = self
        copy.diagnostics = diagnostics.map(clean)
        for index in copy.plans.indices {
            copy.plans[index].model = plans[index].model.redacted()
            copy.plans[index].diagnostics = plans[index].diagnostics.map(clean)
        }
        return copy
    }
}
