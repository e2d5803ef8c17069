import CoplanCore

/// What a repository decides about findings (`coplan.toml`, the command line): codes it
/// silences (`allow`), codes it raises to errors (`deny`), and whether warnings and gaps fail
/// (`strict`). One value that every front end (check, gaps, emit, the REPL and scripts) hands
/// to the pipeline, so that they all report and exit the same way.
package struct RepositoryPolicy: Sendable, Equatable {
    /// Codes dropped everywhere (E1xx–E2xx are never dropped).
    package var allow: Set<DiagnosticCode> = []
    /// Codes raised to errors.
    package var deny: Set<DiagnosticCode> = []
    /// Warnings and gaps fail the check.
    package var strict = false

    package init(allow: Set<DiagnosticCode> = [], deny: Set<DiagnosticCode> = [], strict: Bool = false) {
        self.allow = allow
        self.deny = deny
        self.strict = strict
    }

    /// The repository's policy; `strict` from the command line (`--strict`, `--no-strict`)
    /// wins over the file's.
    package init(config: RepositoryConfig, strict: Bool? = nil) {
        self.init(allow: config.allow, deny: config.deny, strict: strict ?? config.strict)
    }

    /// `allow` drops codes, `deny` raises them to errors. Errors of the syntax and name
    /// stages are never dropped.
    package func apply(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !allow.isEmpty || !deny.isEmpty else { return diagnostics }
        return diagnostics.compactMap { diagnostic in
            if silences(diagnostic) { return nil }
            guard deny.contains(diagnostic.code), diagnostic.code.severity != .error else { return diagnostic }
            var raised = diagnostic
            raised.raisedTo = .error
            return raised
        }
    }

    /// Whether `allow` drops the finding (errors cannot be allowed).
    package func silences(_ diagnostic: Diagnostic) -> Bool {
        allow.contains(diagnostic.code) && diagnostic.code.isSuppressible
    }

    /// The exit code of a report under this policy (README: 0 clean, 1 failing findings).
    package func exitCode(of report: CheckReport) -> Int32 {
        report.exitCode(strict: strict)
    }
}
