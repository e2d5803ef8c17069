/// The outcome of checking one or more plan files: what every front end (human, JSON,
/// SARIF, JUnit, GitHub) renders, and what decides the exit code.
public struct CheckReport: Sendable {
    /// Display paths of every file read, sorted.
    public var files: [String]
    /// All findings, deduplicated and in `Diagnostic.ordered` order, after per-file limits.
    public var diagnostics: [Diagnostic]
    /// How many findings per file were dropped by the per-file limit.
    public var hidden: [String: Int] = [:]

    /// The line every output format gives for a file's hidden findings.
    static func notShown(_ count: Int) -> String { "\(count) more finding\(count == 1 ? "" : "s") not shown" }
    /// Coverage over all checked plans, when the evaluator ran.
    public var coverage: CoverageSummary?
    /// Checked plans with their models, root file first per unit.
    public var plans: [PlanCheck] = []

    public var errors: Int { count(.error) }
    public var warnings: Int { count(.warning) }
    public var gaps: Int { count(.gap) }

    func count(_ severity: Severity) -> Int {
        diagnostics.count { $0.severity == severity } + hiddenCounts[severity, default: 0]
    }

    var hiddenCounts: [Severity: Int] = [:]
    /// Hidden findings with `failsCheck`, so the per-file limit cannot turn a failure into a pass.
    var hiddenFailing = 0

    /// Findings that fail the check whatever `--strict` says (`Diagnostic.failsCheck`).
    public var failing: Int { diagnostics.count(where: \.failsCheck) + hiddenFailing }

    /// 0 when clean; 1 when there are errors, or warnings and gaps under `strict`, or when a
    /// plan's own `require` lines are not met (findings with `failsCheck`: G501, and G505 for
    /// `require coverage`).
    public func exitCode(strict: Bool) -> Int32 {
        if errors > 0 || failing > 0 { return 1 }
        if strict && (warnings > 0 || gaps > 0) { return 1 }
        return 0
    }
}

/// One checked plan (a root file and its imports).
public struct PlanCheck: Sendable {
    public var root: String
    public var model: PlanModel
    public var diagnostics: [Diagnostic]
    public var coverage: CoverageSummary?
}

/// The `coverage` object of LANGUAGE.md §6.
public struct CoverageSummary: Sendable, Hashable {
    public var percent: Double
    public var pairs: Int
    public var covered: Int
    /// Pair-days, kept so that summaries over several plans weigh plans by their size.
    public var pairDays: Int
    public var coveredPairDays: Int

    public init(percent: Double, pairs: Int, covered: Int, pairDays: Int, coveredPairDays: Int) {
        self.percent = percent
        self.pairs = pairs
        self.covered = covered
        self.pairDays = pairDays
        self.coveredPairDays = coveredPairDays
    }

    /// Sums several plans' coverage.
    public static func combined(_ parts: [CoverageSummary]) -> CoverageSummary? {
        guard !parts.isEmpty else { return nil }
        let pairDays = parts.reduce(0) { $0 + $1.pairDays }
        let covered = parts.reduce(0) { $0 + $1.coveredPairDays }
        return CoverageSummary(percent: pairDays == 0 ? 100 : Double(covered) * 100 / Double(pairDays),
                               pairs: parts.reduce(0) { $0 + $1.pairs }, covered: parts.reduce(0) { $0 + $1.covered },
                               pairDays: pairDays, coveredPairDays: covered)
    }
}

extension CheckReport {
    /// The JSON object of LANGUAGE.md §6.
    public var json: JSONValue {
        .object([
            ("version", .int(1)),
            ("files", .array(files.map { .string($0) })),
            ("diagnostics", .array(diagnostics.map(\.json))),
            ("coverage", coverage.map { .object([("percent", .double(($0.percent * 100).rounded() / 100)), ("pairs", .int($0.pairs)), ("covered", .int($0.covered))]) } ?? .null),
            ("summary", .object([("errors", .int(errors)), ("warnings", .int(warnings)), ("gaps", .int(gaps))])),
        ])
    }
}

extension Diagnostic {
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("code", .string(code.rawValue)),
            ("severity", .string(severity.rawValue)),
            ("message", .string(message)),
        ]
        if let span {
            let start = span.start, end = span.end
            members += [("file", .string(span.file.path)), ("line", .int(start.line)), ("column", .int(start.column)),
                        ("endLine", .int(end.line)), ("endColumn", .int(end.column))]
        } else {
            members += [("file", .null), ("line", .null), ("column", .null), ("endLine", .null), ("endColumn", .null)]
        }
        members.append(("suggestion", suggestion.map { .string($0) } ?? .null))
        if let help = helpText, suggestion == nil { members.append(("help", .string(help))) }
        return .object(members)
    }
}
