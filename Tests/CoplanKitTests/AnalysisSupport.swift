import Testing
@testable import CoplanKit
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanModel
@testable import CoplanAnalysis
@testable import CoplanPipeline
@testable import CoplanFormat
@testable import CoplanEmit
@testable import CoplanSession

/// Resolves inline plan text and analyses it; fails the test if the text has errors other
/// than `allowing`.
func analysed(_ text: String, allowing: Set<DiagnosticCode> = [], sourceLocation: Testing.SourceLocation = #_sourceLocation)
    -> (model: PlanModel, result: Analyzer.Result) {
    let tree = Parser.parse(text, path: "test.plan")
    let (model, resolved) = Resolver.resolve([tree])
    let errors = (tree.diagnostics + resolved + Validator.validate(model)).filter { $0.severity == .error && !allowing.contains($0.code) }
    #expect(errors.isEmpty, "unexpected errors: \(errors.map(\.message.en))", sourceLocation: sourceLocation)
    return (model, Analyzer.analyse(model))
}

func day(_ text: String) -> Day { Day(iso: text)! }
func days(_ first: String, _ last: String) -> DayRange { DayRange(day(first), day(last)) }

extension Analyzer.Result {
    func pair(_ model: PlanModel, _ group: String, _ need: String) -> PairCoverage? {
        guard let g = model.symbol(group), let n = model.symbol(need) else { return nil }
        return pair(Ref(g.index), Ref(n.index))
    }

    func codes(_ code: DiagnosticCode) -> [Diagnostic] { diagnostics.filter { $0.code == code } }
}

extension PairCoverage {
    /// Critical partners by name with their day counts.
    func criticalDays(_ model: PlanModel) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: critical.map { (model[$0.partner].name, $0.dayCount) })
    }
}

/// Partner and sector boilerplate for test plans.
func partners(_ names: String...) -> String {
    names.map { "partner \($0) { sector social_assistance }\n" }.joined()
}
