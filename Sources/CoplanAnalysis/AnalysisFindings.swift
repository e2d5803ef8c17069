import CoplanCore
import CoplanSyntax
import CoplanModel
/// The G500–G505 findings of an analysis, in words a planner understands.
///
/// Pair findings point at the group's `needs` entry; G501 at the `require sectors` item; G505
/// at the indicator (or the `require coverage` line). Definitions:
/// - G500: the pair is covered on no analysed day (and nothing else is said about it);
/// - G502: covered on some days but not all; the uncovered ranges and why (agreements ending
///   or starting) are listed;
/// - G503: covered on some day, the group has a `size`, every covering service a `capacity`,
///   and their yearly sum is below the size;
/// - G504: covered on some day and at least one partner is critical — its withdrawal alone
///   (its services and every agreement it is a party to gone) would leave the pair uncovered on
///   a day it is covered now. One finding per pair, naming every such partner;
/// - G501 (`require sectors`) and G505 for `require coverage` fail the check (`failsCheck`);
///   G505 for goal indicators does not.
struct AnalysisFindings {
    let model: PlanModel
    let result: Analyzer.Result
    var diagnostics: [Diagnostic] = []
    /// The pair findings, per pair.
    var byPair: [[Diagnostic]] = []

    /// With `reusing`, pairs outside `changed` keep the given findings instead of being judged again.
    init(model: PlanModel, result: Analyzer.Result, reusing: (findings: [[Diagnostic]], changed: Set<Int>)? = nil) {
        self.model = model
        self.result = result
        guard result.window != nil else { return }
        byPair.reserveCapacity(result.pairs.count)
        for p in result.pairs.indices {
            if let reusing, !reusing.changed.contains(p), p < reusing.findings.count {
                byPair.append(reusing.findings[p])
            } else {
                let start = diagnostics.count
                pairFindings(p)
                byPair.append(Array(diagnostics[start...]))
                diagnostics.removeSubrange(start...)
            }
        }
        diagnostics = byPair.flatMap { $0 }
        sectorFindings()
        indicatorFindings()
    }

    /// "on any day of the plan period" or "on 2020-05-01".
    var windowPhrase: String {
        if result.isSingleDay, let window = result.window { return "on \(window.first)" }
        return "on any day of the plan period"
    }

    func name(_ pair: PairCoverage) -> String {
        "need `\(model[pair.need].name)` of group `\(model[pair.group].name)`"
    }

    func list(_ names: [String]) -> String {
        names.map { "`\($0)`" }.joined(separator: ", ")
    }

    var withdrawnNames: String { list(result.withdrawn.map { model[$0].name }) }

    mutating func pairFindings(_ p: Int) {
        let pair = result.pairs[p]
        switch pair.status {
        case .uncovered:
            diagnostics.append(uncovered(p, pair))
            return
        case .partial:
            diagnostics.append(timeGap(pair))
        case .covered:
            break
        }
        if let shortfall = pair.shortfall, let capacity = pair.capacity, let size = pair.size {
            let notes = pair.coveringServices.map { service -> Diagnostic.Note in
                let capacity = model[service].capacity
                let text = capacity.map { $0.unit == .year ? "\($0.amount) a year" : "\($0.amount) a \($0.unit.rawValue) (\($0.yearly) a year)" } ?? "no capacity given"
                return Diagnostic.Note("`\(model[service].name)` serves \(text)", at: model[service].header.span(of: .capacity))
            }
            diagnostics.append(Diagnostic(
                .G503, "\(name(pair)) has capacity for \(capacity) \(capacity == 1 ? "person" : "people") a year; the group has \(size) (\(shortfall) short)",
                at: pair.span, help: "raise a service's `capacity` or provide another service for this need", notes: notes))
        }
        if !pair.critical.isEmpty {
            diagnostics.append(singlePoint(pair))
        }
    }

    func uncovered(_ p: Int, _ pair: PairCoverage) -> Diagnostic {
        let group = model[pair.group].name, need = model[pair.need].name
        var reason: String
        var help: String
        if pair.services.isEmpty {
            reason = "no service for `\(group)` meets `\(need)`"
            help = "declare a service with `for \(group)` and `meets \(need)`, and provide it under an agreement"
            if !result.withdrawn.isEmpty, !result.index.pairs[p].services.isEmpty {
                reason = "every service meeting it is run by \(withdrawnNames)"
            }
        } else {
            let names = pair.services.map { model[$0].name }
            let subject = names.count == 1 ? "service \(list(names)) meets it" : "services \(list(names)) meet it"
            let everProvided = pair.services.contains { result.index.isProvidedAnywhere[$0.index] }
            if !everProvided {
                reason = "\(subject) but no agreement provides \(names.count == 1 ? "it" : "them")"
                let first = pair.services[0]
                help = model[first].provider.map { "add `\(model[$0].name) provides \(model[first].name)` to an agreement of `\(model[$0].name)`" }
                    ?? "provide it under an agreement"
            } else if !result.withdrawn.isEmpty, !result.index.pairs[p].supplies.isEmpty {
                reason = "\(subject) but every agreement providing \(names.count == 1 ? "it" : "them") is void without \(withdrawnNames)"
                help = "provide it under an agreement between other partners"
            } else {
                reason = "\(subject) but no agreement providing \(names.count == 1 ? "it" : "them") is in force \(result.isSingleDay ? windowPhrase : "during the plan period")"
                help = "extend the agreement's `period` to cover the plan period"
            }
        }
        return Diagnostic(.G500, "\(name(pair)) is not covered \(windowPhrase): \(reason)", at: pair.span, help: help)
    }

    /// Why a range is uncovered: agreements ending the day before or starting the day after.
    func reason(for gap: DayRange, in pair: PairCoverage) -> (text: String, span: SourceSpan?)? {
        let before = gap.first.adding(days: -1), after = gap.last.adding(days: 1)
        // Names read through the array, not `model[ref]`: across the module boundary that copies
        // every compared agreement whole, and this sort ran for every time gap.
        func name(_ agreement: Ref<Agreement>) -> String { model.agreements[agreement.index].header.name }
        let ending = distinct(pair.supplies.filter { $0.days.last == before }.map(\.agreement)).sorted { name($0) < name($1) }
        let starting = distinct(pair.supplies.filter { $0.days.first == after }.map(\.agreement)).sorted { name($0) < name($1) }
        var parts: [String] = []
        if let a = ending.first { parts.append("agreement `\(model[a].name)` ends \(before)") }
        if let a = starting.first { parts.append("agreement `\(model[a].name)` starts \(after)") }
        guard !parts.isEmpty else { return nil }
        let agreement = ending.first ?? starting.first!
        return (parts.joined(separator: " and "), model[agreement].header.span(of: .period))
    }

    func timeGap(_ pair: PairCoverage) -> Diagnostic {
        let help = "extend an agreement's `period` or provide a service for these days under another agreement"
        if pair.uncovered.count == 1 {
            let gap = pair.uncovered[0]
            let why = reason(for: gap, in: pair)
            return Diagnostic(.G502, "\(name(pair)) is uncovered \(gap.spelled)" + (why.map { " — \($0.text)" } ?? ""),
                              at: pair.span, help: help, notes: why.map { [Diagnostic.Note($0.text, at: $0.span)] } ?? [])
        }
        let shown = pair.uncovered.prefix(3)
        var ranges = shown.map(\.description).joined(separator: ", ")
        if pair.uncovered.count > shown.count { ranges += " and \(pair.uncovered.count - shown.count) more ranges" }
        let notes = shown.compactMap { gap in reason(for: gap, in: pair).map { Diagnostic.Note("\(gap.first): \($0.text)", at: $0.span) } }
        return Diagnostic(.G502, "\(name(pair)) is uncovered on \(pair.days - pair.coveredDays) days: \(ranges)",
                          at: pair.span, help: help, notes: notes)
    }

    func singlePoint(_ pair: PairCoverage) -> Diagnostic {
        let names = pair.critical.map { model[$0.partner].name }
        let sameDays = pair.critical.allSatisfy { $0.days == pair.critical[0].days }
        func when(_ days: [DayRange]) -> String {
            days.count == 1 ? days[0].spelled : "on \(DayRange.dayCount(days)) days"
        }
        let message: String
        if names.count == 1 {
            message = "\(name(pair)) depends on one partner: without `\(names[0])` it is uncovered \(when(pair.critical[0].days))"
        } else if sameDays {
            message = "\(name(pair)) depends on single partners: without any one of \(list(names)) it is uncovered \(when(pair.critical[0].days))"
        } else {
            let each = pair.critical.map { "`\(model[$0.partner].name)` (\($0.dayCount) days)" }.joined(separator: ", ")
            message = "\(name(pair)) depends on single partners: it loses covered days without any one of \(each)"
        }
        let avoid = names.count == 1 ? "`\(names[0])`" : "these partners"
        return Diagnostic(.G504, message, at: pair.span,
                          help: "provide a service for it under another agreement that does not involve \(avoid)")
    }

    mutating func sectorFindings() {
        let withdrawn = Set(result.withdrawn)
        for status in result.requiredSectors where !status.isMet {
            let sector = model[status.sector].name
            let candidates = model.partners.indices.filter { model.partners[$0].sector == status.sector && !withdrawn.contains(Ref($0)) }
                .map { model.partners[$0].name }
            let help = candidates.isEmpty
                ? "add a partner with `sector \(sector)` and make it a party of an agreement"
                : "make \(candidates.prefix(3).map { "`\($0)`" }.joined(separator: " or ")) a party of an agreement in force during the plan"
            let when = result.isSingleDay ? windowPhrase : "during the plan period"
            diagnostics.append(Diagnostic(.G501, "required sector `\(sector)` has no partner in an agreement in force \(when)",
                                          at: status.span, help: help, failsCheck: true))
        }
    }

    static func target(_ value: Double, _ metric: Metric) -> String {
        if metric == .coverage { return NumberText.percent(value) }
        return NumberText.plain(value)
    }

    mutating func indicatorFindings() {
        let values = result.indicators
        for goal in model.goals {
            for indicator in goal.indicators {
                let value = values.value(indicator.metric)
                guard !indicator.comparison.holds(value, indicator.target) else { continue }
                diagnostics.append(Diagnostic(
                    .G505, "goal `\(goal.name)`: `\(indicator.metric.rawValue)` is \(values.formatted(indicator.metric)); the target is \(indicator.comparison.rawValue) \(Self.target(indicator.target, indicator.metric))",
                    at: indicator.span))
            }
        }
        // `require coverage` is about the plan period, not one day asked for with `--at`.
        if !result.isSingleDay, let required = model.plan?.requiredCoverage, let summary = result.summary, summary.percent < required.value {
            diagnostics.append(Diagnostic(
                .G505, "coverage is \(NumberText.percent(summary.percent)); the plan requires at least \(NumberText.percent(required.value))",
                at: required.span, help: "`require coverage` makes this fail the check; close the gaps reported as G500 and G502",
                failsCheck: true))
        }
    }
}
