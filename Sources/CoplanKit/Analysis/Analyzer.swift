/// Entry point of the coverage evaluator (LANGUAGE.md §4). Placeholder until the evaluator
/// lands: reports nothing and no summary.
public enum Analyzer {
    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        public var summary: CoverageSummary?
    }

    public static func analyse(_ model: PlanModel) -> Result {
        Result(diagnostics: [], summary: nil)
    }
}
