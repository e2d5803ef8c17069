import CoplanCore
import CoplanSyntax
import CoplanModel
/// Groups × needs with each cell's coverage: the shared view behind `coplan gaps`, the REPL's
/// `:gaps` and reports. Built from a model and its analysis; renders as text (`text`),
/// Markdown (`markdown`) and JSON (`json`) without doing any I/O.
package struct CoverageMatrix: Sendable {
    package struct Column: Sendable {
        package var need: Ref<Need>
        package var name: String
    }

    package struct Row: Sendable {
        package var group: Ref<Group>
        package var name: String
        package var size: Int?
        /// One per column; nil where the group does not list the need.
        package var cells: [Cell?]
    }

    package struct Cell: Sendable {
        /// Index into `result.pairs`.
        package var pair: Int
        package var status: CoverageStatus
        package var percent: Double
        package var providers: [String]

        package init(pair: Int, status: CoverageStatus, percent: Double, providers: [String]) {
            self.pair = pair
            self.status = status
            self.percent = percent
            self.providers = providers
        }
    }

    package let model: PlanModel
    package let result: Analyzer.Result
    /// Sites the check silenced (`CheckReport.silenced`): their gaps are not listed, only counted.
    package let silenced: Set<Diagnostic.Site>
    /// The plan's name (or "plan" when it has none).
    package var planName: String
    package var columns: [Column] = []
    package var rows: [Row] = []

    package init(model: PlanModel, result: Analyzer.Result, silenced: Set<Diagnostic.Site> = []) {
        self.model = model
        self.result = result
        self.silenced = silenced
        planName = model.plan?.name ?? "plan"
        var columnOf: [Ref<Need>: Int] = [:]
        // Needs in declaration order, only those some group lists.
        let listed = Set(result.pairs.map(\.need))
        for n in model.needs.indices where listed.contains(Ref(n)) {
            columnOf[Ref(n)] = columns.count
            columns.append(Column(need: Ref(n), name: model.needs[n].name))
        }
        var rowOf: [Ref<Group>: Int] = [:]
        for (g, group) in model.groups.enumerated() {
            rowOf[Ref(g)] = rows.count
            rows.append(Row(group: Ref(g), name: group.name, size: group.size, cells: Array(repeating: nil, count: columns.count)))
        }
        for (p, pair) in result.pairs.enumerated() {
            guard let r = rowOf[pair.group], let c = columnOf[pair.need] else { continue }
            rows[r].cells[c] = Cell(pair: p, status: pair.status, percent: pair.percent,
                                    providers: pair.providers.map { model[$0].name })
        }
    }

    /// Gap findings (G5xx) of the analysis that the check did not silence, in source order.
    package var gaps: [Diagnostic] {
        result.diagnostics.filter { $0.severity == .gap && !silenced.contains($0.site) }.sorted(by: Diagnostic.ordered)
    }

    /// Gaps of the analysis that a suppression or the repository's `allow` silenced.
    package var silencedGaps: Int {
        silenced.isEmpty ? 0 : result.diagnostics.count { $0.severity == .gap && silenced.contains($0.site) }
    }

    /// `families × activation`: names only, the same in every language.
    package func pairName(_ p: Int) -> String {
        let pair = result.pairs[p]
        return "\(model[pair.group].name) × \(model[pair.need].name)"
    }

    /// Cell percentages are floored so that "partial" never reads 100%.
    package static func percentText(_ cell: Cell) -> String {
        switch cell.status {
        case .covered: return "ok"
        case .uncovered: return "--"
        case .partial: return "\(min(99, max(1, Int(cell.percent))))%"
        }
    }
}
