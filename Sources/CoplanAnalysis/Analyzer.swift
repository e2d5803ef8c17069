import CoplanCore
import CoplanSyntax
import CoplanModel
/// Entry point of the coverage evaluator (docs/LANGUAGE.md §4): pairs, coverage over time,
/// capacity, critical partners, required sectors, goal indicators and the G500–G505 findings.
///
/// Reads the resolved `PlanModel` only. `analyse` builds a `CoverageIndex` (linear in the
/// model) and sweeps each pair's supplies (O(m log m) per pair); what-if (`without:`) reuses the
/// index and the baseline, re-sweeping only the pairs the withdrawn partners take part in.
package enum Analyzer {
    /// The full analysis of one plan (or of the plan as if some partners withdrew).
    package struct Result: Sendable {
        /// G500–G505, in model order (the checker sorts them).
        package var diagnostics: [Diagnostic]
        /// The `coverage` object of docs/LANGUAGE.md §6; nil when the plan has no usable period.
        package var summary: CoverageSummary?
        /// The analysed days: the plan period, or the one day of `at:`.
        package var window: DayRange?
        /// Whether `window` is a single day asked for with `at:`.
        package var isSingleDay: Bool
        /// Every (group, need) pair, groups in declaration order, needs in `needs` order.
        package var pairs: [PairCoverage]
        /// Partners critical for at least one pair: most pairs first, then most pair-days, then name.
        package var ranking: [PartnerCriticality]
        /// `require sectors` items with the partners meeting them.
        package var requiredSectors: [RequiredSectorStatus]
        /// The goal indicator values of docs/LANGUAGE.md §4.
        package var indicators: IndicatorValues
        /// Partners treated as withdrawn (empty for the baseline), sorted.
        package var withdrawn: [Ref<Partner>]
        /// Compared with the baseline: pairs that lose covered days (what-if only).
        package var newlyBroken: [PairChange]
        /// Compared with the baseline: required sectors met before and not after (what-if only).
        package var newlyMissingSectors: [Ref<Sector>]
        /// The index this result was computed from, for further what-ifs (`Result.without`).
        package var index: CoverageIndex
        /// Pair findings per pair, so a what-if rewrites only the pairs it changes.
        var findingsByPair: [[Diagnostic]] = []

        /// The pair of a group and a need, if the group lists the need.
        package func pair(_ group: Ref<Group>, _ need: Ref<Need>) -> PairCoverage? {
            pairs.first { $0.group == group && $0.need == need }
        }

        /// This plan as if `partners` also withdrew, compared with this result as the baseline.
        package func without(_ partners: Set<Ref<Partner>>) -> Result {
            index.evaluate(without: partners.union(withdrawn), baseline: self)
        }
    }

    /// Analyses the plan over its period. `keywords`: the keyword language help in the findings
    /// spells code in; by default the plan's root file's (`PlanModel.planKeywordLanguage`), so
    /// every front end gets the same help without passing it. (Documents pass their own.)
    package static func analyse(_ model: PlanModel, keywords: KeywordLanguage? = nil) -> Result {
        CoverageIndex(model: model, keywords: keywords).evaluate()
    }

    /// Analyses the plan on one day (`--at DATE`): coverage and findings as of that day.
    package static func analyse(_ model: PlanModel, at day: Day?, keywords: KeywordLanguage? = nil) -> Result {
        CoverageIndex(model: model, at: day, keywords: keywords).evaluate()
    }

    /// What-if: the plan as if `partners` withdrew (their services are removed and every agreement
    /// they are a party to is void). `newlyBroken` and `newlyMissingSectors` compare with the
    /// plan as written.
    package static func analyse(_ model: PlanModel, without partners: Set<Ref<Partner>>, at day: Day? = nil,
                                keywords: KeywordLanguage? = nil) -> Result {
        let baseline = CoverageIndex(model: model, at: day, keywords: keywords).evaluate()
        return partners.isEmpty ? baseline : baseline.without(partners)
    }
}
