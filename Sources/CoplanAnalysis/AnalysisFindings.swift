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

    /// The analysed day under `--at`, nil for the plan period.
    var singleDay: Day? { result.isSingleDay ? result.window?.first : nil }

    var keywords: KeywordLanguage { result.index.keywords }

    var withdrawnNames: [String] { result.withdrawn.map { model[$0].name } }

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
                Diagnostic.Note(GapMessage.serviceCapacity(service: model[service].name, capacity: model[service].capacity, keywords: keywords).text,
                                at: model[service].header.span(of: .capacity))
            }
            let (need, group) = (model[pair.need].name, model[pair.group].name)
            diagnostics.append(Diagnostic(
                .G503, GapMessage.capacityShort(need: need, group: group, capacity: capacity, size: size, shortfall: shortfall).text,
                at: pair.span, help: GapMessage.raiseCapacityHelp(keywords: keywords).text, notes: notes))
        }
        if !pair.critical.isEmpty {
            diagnostics.append(singlePoint(pair))
        }
    }

    func uncovered(_ p: Int, _ pair: PairCoverage) -> Diagnostic {
        let group = model[pair.group].name, need = model[pair.need].name
        var reason: GapMessage.Uncovered
        var help: GapMessage
        if pair.services.isEmpty {
            reason = .noService(group: group, need: need)
            help = .declareServiceHelp(group: group, need: need, keywords: keywords)
            if !result.withdrawn.isEmpty, !result.index.pairs[p].services.isEmpty {
                reason = .runByWithdrawn(withdrawn: withdrawnNames)
            }
        } else {
            let names = pair.services.map { model[$0].name }
            let everProvided = pair.services.contains { result.index.isProvidedAnywhere[$0.index] }
            if !everProvided {
                reason = .notProvided(services: names)
                let first = pair.services[0]
                help = model[first].provider.map { .addProvidesHelp(partner: model[$0].name, service: model[first].name, keywords: keywords) }
                    ?? .provideUnderAgreementHelp
            } else if !result.withdrawn.isEmpty, !result.index.pairs[p].supplies.isEmpty {
                reason = .voidWithout(services: names, withdrawn: withdrawnNames)
                help = .provideBetweenOthersHelp
            } else {
                reason = .notInForce(services: names, day: singleDay)
                help = .extendToPlanPeriodHelp(keywords: keywords)
            }
        }
        return Diagnostic(.G500, GapMessage.uncovered(need: need, group: group, day: singleDay, reason: reason).text,
                          at: pair.span, help: help.text)
    }

    /// Why a range is uncovered: agreements ending the day before or starting the day after.
    func reason(for gap: DayRange, in pair: PairCoverage) -> (text: Text, span: SourceSpan?)? {
        let before = gap.first.adding(days: -1), after = gap.last.adding(days: 1)
        // Names read through the array, not `model[ref]`: across the module boundary that copies
        // every compared agreement whole, and this sort ran for every time gap.
        func name(_ agreement: Ref<Agreement>) -> String { model.agreements[agreement.index].header.name }
        // Only the first name in order is said, so the least is found without sorting (a pair of
        // a large plan has thousands of supplies, and this ran for every time gap).
        let ending = pair.supplies.lazy.filter { $0.days.last == before }.map(\.agreement).min { name($0) < name($1) }
        let starting = pair.supplies.lazy.filter { $0.days.first == after }.map(\.agreement).min { name($0) < name($1) }
        guard let agreement = ending ?? starting else { return nil }
        let text = GapMessage.rangeReason(ending: ending.map(name), endsOn: before, starting: starting.map(name), startsOn: after).text
        return (text, model.agreements[agreement.index].header.span(of: .period))
    }

    func timeGap(_ pair: PairCoverage) -> Diagnostic {
        let help = GapMessage.extendOrProvideHelp(keywords: keywords).text
        let (need, group) = (model[pair.need].name, model[pair.group].name)
        if pair.uncovered.count == 1 {
            let gap = pair.uncovered[0]
            let why = reason(for: gap, in: pair)
            return Diagnostic(.G502, GapMessage.uncoveredRange(need: need, group: group, range: gap, reason: why?.text).text,
                              at: pair.span, help: help, notes: why.map { [Diagnostic.Note($0.text, at: $0.span)] } ?? [])
        }
        let shown = Array(pair.uncovered.prefix(3))
        let notes = shown.compactMap { gap in
            reason(for: gap, in: pair).map { Diagnostic.Note(GapMessage.rangeNote(first: gap.first, reason: $0.text).text, at: $0.span) }
        }
        let message = GapMessage.uncoveredDays(need: need, group: group, days: pair.days - pair.coveredDays, ranges: shown,
                                               more: pair.uncovered.count - shown.count)
        return Diagnostic(.G502, message.text, at: pair.span, help: help, notes: notes)
    }

    func singlePoint(_ pair: PairCoverage) -> Diagnostic {
        let names = pair.critical.map { model[$0.partner].name }
        let (need, group) = (model[pair.need].name, model[pair.group].name)
        let sameDays = pair.critical.allSatisfy { $0.days == pair.critical[0].days }
        let message: GapMessage
        if names.count == 1 {
            message = .dependsOnOne(need: need, group: group, partner: names[0], days: pair.critical[0].days)
        } else if sameDays {
            message = .dependsOnAnyOf(need: need, group: group, partners: names, days: pair.critical[0].days)
        } else {
            message = .losesDaysWithout(need: need, group: group,
                                        partners: pair.critical.map { GapMessage.CriticalDays(partner: model[$0.partner].name, days: $0.dayCount) })
        }
        return Diagnostic(.G504, message.text, at: pair.span, help: GapMessage.avoidPartnersHelp(partners: names).text)
    }

    mutating func sectorFindings() {
        let withdrawn = Set(result.withdrawn)
        for status in result.requiredSectors where !status.isMet {
            let chosen = result.index.chosenKeywords
            let sector = chosen.map { sectorName(status.sector, as: $0) } ?? Self.writtenWord(at: status.span) ?? sectorName(status.sector, as: keywords)
            let candidates = model.partners.indices.filter { model.partners[$0].sector == status.sector && !withdrawn.contains(Ref($0)) }
                .map { model.partners[$0].name }
            let help: GapMessage = candidates.isEmpty
                ? .addSectorPartnerHelp(sector: sector, keywords: keywords)
                : .makePartyHelp(candidates: Array(candidates.prefix(3)))
            diagnostics.append(Diagnostic(.G501, GapMessage.sectorWithoutPartner(sector: sector, day: singleDay).text,
                                          at: status.span, help: help.text, failsCheck: true))
        }
    }

    /// A standard sector as a file in Polish keywords writes it (`policja`), else its name.
    func sectorName(_ sector: Ref<Sector>, as keywords: KeywordLanguage) -> String {
        if keywords == .polish, let standard = model[sector].standard, let polish = standard.polishIdentifiers.first { return polish }
        return model[sector].name
    }

    /// The word a span starts with, as the plan writes it (`zdrowie`): a required sector is named
    /// exactly as the planner wrote it, so a REPL entry and a file say the same. (A metric is a
    /// keyword, which `fmt` respells, so it is named in its file's keyword language instead.)
    static func writtenWord(at span: SourceSpan) -> String? {
        let text = span.file.text(span.range.start..<min(span.range.end, span.range.start + 200))
        let word = text.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        return word.isEmpty ? nil : String(word)
    }

    mutating func indicatorFindings() {
        let values = result.indicators
        for goal in model.goals {
            for indicator in goal.indicators {
                let value = values.value(indicator.metric)
                guard !indicator.comparison.holds(value, indicator.target) else { continue }
                let message = GapMessage.indicatorMissed(
                    goal: goal.name, metric: (result.index.chosenKeywords ?? model.keywordLanguage(of: indicator.span.file)).canonical(indicator.metric.keyword), value: value,
                    comparison: indicator.comparison.rawValue, target: indicator.target, percent: indicator.metric == .coverage)
                diagnostics.append(Diagnostic(.G505, message.text, at: indicator.span))
            }
        }
        // `require coverage` is about the plan period, not one day asked for with `--at`.
        if !result.isSingleDay, let required = model.plan?.requiredCoverage, let summary = result.summary, summary.percent < required.value {
            diagnostics.append(Diagnostic(
                .G505, GapMessage.coverageBelowRequired(percent: summary.percent, required: required.value).text,
                at: required.span, help: GapMessage.coverageRequiredHelp(keywords: keywords).text, failsCheck: true))
        }
    }
}
