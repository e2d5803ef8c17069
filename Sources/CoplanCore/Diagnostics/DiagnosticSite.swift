extension Diagnostic {
    /// A finding's code and place, without its wording: what a suppression comment or the
    /// repository's `allow` matches. A re-analysis of the same plan (a redacted model, the
    /// gap list of `coplan gaps` or a plan report) finds the same gap at the same site, so the
    /// views that re-analyse hide exactly what `coplan check` silenced.
    package struct Site: Hashable, Sendable {
        package var code: DiagnosticCode
        package var path: String?
        package var range: SourceRange?
    }

    package var site: Site {
        Site(code: code, path: problem.path, range: span?.range)
    }
}
