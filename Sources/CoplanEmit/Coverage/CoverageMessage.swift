import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis

/// The catalog of what `coplan gaps` (text and Markdown) and the JSON's sentences say around
/// the matrix: headings, the legend, the what-if header, ranking and "newly broken" lines.
/// Field names and status values of the JSON stay English (they are read by programs).
package enum CoverageMessage: Sendable, Hashable {
    /// The analysed days, after a noun or a verb: "2020-01-01 .. 2020-12-31 (366 days)",
    /// "w okresie 2020-01-01 .. 2020-12-31 (366 dni)", "on 2020-05-01", "na dzień 2020-05-01".
    case window(range: DayRange?, singleDay: Bool, planPeriod: DayRange?)
    /// `coverage of `gmina` …`.
    case heading(plan: String, window: DayRange?, singleDay: Bool, planPeriod: DayRange?)
    /// The what-if header: partners taken away.
    case withdrawn(partners: [String])
    /// `69.9% of pair-days covered; 2 of 5 pairs fully covered`.
    case summary(percent: Double, covered: Int, pairs: Int)
    case noNeeds
    case legend
    case pairsHeading
    /// A pair's capacity shortfall after its providers.
    case short(places: Int)
    case gapsHeading(count: Int)
    case noGaps
    /// After the gap list: gaps the plan or `coplan.toml` silenced, counted so none vanishes unsaid.
    case gapsSilenced(count: Int)
    case rankingHeading
    case noCriticalPartners
    /// `4 pairs, 1280 pair-days`.
    case rankingEntry(pairs: Int, pairDays: Int)
    case newlyBrokenHeading(count: Int)
    case nothingNewlyBroken
    /// `rodziny × aktywizacja: partial → uncovered, loses …`.
    case newlyBroken(pair: String, before: CoverageStatus, after: CoverageStatus, lost: [DayRange], lostDays: Int)
    case sectorLosesLastPartner(sector: String)
    /// A cell's status word.
    case status(CoverageStatus)

    // Markdown
    case markdownHeading(plan: String)
    /// `Period: … — **69.9%** of pair-days covered, 2 of 5 pairs fully covered.`
    case markdownPeriod(window: DayRange?, singleDay: Bool, planPeriod: DayRange?, summary: CoverageSummary?)
    case markdownGroupColumn
    case markdownGapsHeading
    case markdownNone
    case markdownRankingHeading
    case markdownNoCriticalPartners
    /// `| # | partner | pairs | pair-days |`.
    case markdownRankingColumns
    case markdownNewlyBrokenHeading
    case markdownNothing

    package var text: Text {
        switch self {
        case .window(let window, let singleDay, let planPeriod):
            guard let window else { return Text(en: "with no usable plan period", pl: "bez poprawnego okresu planu") }
            guard singleDay else { return Text(en: GapMessage.span(window).en, pl: "w okresie " + GapMessage.span(window).pl) }
            if let planPeriod, !planPeriod.isEmpty, !planPeriod.contains(window.first) {
                return Text(en: "on \(window.first) (outside the plan period \(planPeriod))",
                            pl: "na dzień \(window.first) (poza okresem planu \(planPeriod))")
            }
            return Text(en: "on \(window.first)", pl: "na dzień \(window.first)")
        case .heading(let plan, let window, let singleDay, let planPeriod):
            let when = CoverageMessage.window(range: window, singleDay: singleDay, planPeriod: planPeriod).text
            return Text(en: "coverage of `\(plan)` ", pl: "pokrycie planu `\(plan)` ") + when
        case .withdrawn(let partners):
            let names = partners.map { "`\($0)`" }.joined(separator: ", ")
            return partners.count == 1
                ? Text(en: "as if \(names) withdrew", pl: "bez podmiotu \(names), jakby wycofał się z planu")
                : Text(en: "as if \(names) withdrew", pl: "bez podmiotów \(names), jakby wycofały się z planu")
        case .summary(let percent, let covered, let pairs):
            return Text(en: "\(NumberText.percent(percent, in: .en)) of pair-days covered; \(covered) of \(pairs) pair\(pairs == 1 ? "" : "s") fully covered",
                        pl: "pokryto \(NumberText.percent(percent, in: .pl)) dni par; w pełni pokryte: \(covered) z \(Self.ofPairs(pairs))")
        case .noNeeds:
            return Text(en: "no group lists a need: nothing to cover", pl: "żadna grupa nie wymienia potrzeb: nie ma czego pokrywać")
        case .legend:
            return Text(en: "ok covered every day · 37% on part of the days · -- on no day · . not a need",
                        pl: "ok pokryta każdego dnia · 37% przez część dni · -- w żadnym dniu · . nie dotyczy")
        case .pairsHeading:
            return Text(en: "pairs", pl: "pary")
        case .short(let count):
            return Text(en: "(\(NumberText.count(count, in: .en)) short)",
                        pl: "(brakuje \(GapMessage.places(count)))")
        case .gapsHeading(let count):
            return Text(en: "gaps (\(count))", pl: "luki (\(count))")
        case .noGaps:
            return Text(en: "no gaps", pl: "brak luk")
        case .gapsSilenced(let count):
            return Text(en: "and \(NumberText.count(count, in: .en)) \(count == 1 ? "gap" : "gaps") silenced (`# coplan: allow` or coplan.toml)",
                        pl: "oraz \(NumberText.count(count, in: .pl)) \(PolishPlural.choose(count, "luka wyciszona", "luki wyciszone", "luk wyciszonych"))"
                            + " (`# coplan: allow` lub coplan.toml)")
        case .rankingHeading:
            return Text(en: "critical partners (each alone would uncover pairs)",
                        pl: "podmioty krytyczne (bez każdego z nich z osobna pary tracą pokrycie)")
        case .noCriticalPartners:
            return Text(en: "no critical partners", pl: "brak podmiotów krytycznych")
        case .rankingEntry(let pairs, let pairDays):
            return Text(en: "\(NumberText.count(pairs, in: .en)) pair\(pairs == 1 ? "" : "s"), \(NumberText.count(pairDays, in: .en)) pair-days",
                        pl: "\(NumberText.count(pairs, in: .pl)) \(PolishPlural.choose(pairs, "para", "pary", "par")), łącznie \(GapMessage.days(pairDays).pl)")
        case .newlyBrokenHeading(let count):
            return Text(en: "newly broken (\(count))", pl: "utracone pokrycie (\(count))")
        case .nothingNewlyBroken:
            return Text(en: "nothing: every pair keeps its covered days", pl: "nic: każda para zachowuje pokryte dni")
        case .newlyBroken(let pair, let before, let after, let lost, let lostDays):
            let change = Text(verbatim: "\(pair): ") + CoverageMessage.status(before).text + " → " + CoverageMessage.status(after).text
            if lost.count == 1 {
                return change + Text(en: ", loses \(GapMessage.span(lost[0]).en)", pl: ", traci pokrycie \(GapMessage.during(lost[0]).pl)")
            }
            let days = GapMessage.days(lostDays)
            return change + Text(en: ", loses \(days.en) in \(lost.count) ranges", pl: ", traci pokrycie przez \(days.pl) w \(lost.count) okresach")
        case .sectorLosesLastPartner(let sector):
            return Text(en: "required sector `\(sector)` loses its last partner", pl: "wymagany sektor `\(sector)` traci ostatni podmiot")
        case .status(.covered):
            return Text(en: "covered", pl: "pokryta")
        case .status(.partial):
            return Text(en: "partial", pl: "częściowo pokryta")
        case .status(.uncovered):
            return Text(en: "uncovered", pl: "niepokryta")

        case .markdownHeading(let plan):
            return Text(en: "## Coverage of `\(plan)`", pl: "## Pokrycie planu `\(plan)`")
        case .markdownPeriod(let window, let singleDay, let planPeriod, let summary):
            var text: Text
            if let window, singleDay {
                text = Text(en: "Period: on ", pl: "Stan na dzień ") + Text(verbatim: "\(window.first)")
                if let planPeriod, !planPeriod.isEmpty, !planPeriod.contains(window.first) {
                    text = text + Text(en: " (outside the plan period \(planPeriod))", pl: " (poza okresem planu \(planPeriod))")
                }
            } else if let window {
                text = Text(en: "Period: ", pl: "Okres: ") + GapMessage.span(window)
            } else {
                text = Text(en: "Period: none usable", pl: "Okres: brak poprawnego okresu")
            }
            if let summary {
                text = text + Text(
                    en: " — **\(NumberText.percent(summary.percent, in: .en))** of pair-days covered, \(summary.covered) of \(summary.pairs) pair\(summary.pairs == 1 ? "" : "s") fully covered",
                    pl: " — pokryto **\(NumberText.percent(summary.percent, in: .pl))** dni par, w pełni pokryte: \(summary.covered) z \(Self.ofPairs(summary.pairs))")
            }
            return text + "."
        case .markdownGroupColumn:
            return Text(en: "group", pl: "grupa")
        case .markdownGapsHeading:
            return Text(en: "### Gaps", pl: "### Luki")
        case .markdownNone:
            return Text(en: "None.", pl: "Brak.")
        case .markdownRankingHeading:
            return Text(en: "### Critical partners", pl: "### Podmioty krytyczne")
        case .markdownNoCriticalPartners:
            return Text(en: "None: no single partner's withdrawal uncovers a pair.",
                        pl: "Brak: wycofanie się żadnego pojedynczego podmiotu nie odbiera pokrycia żadnej parze.")
        case .markdownRankingColumns:
            return Text(en: "| # | partner | pairs | pair-days |", pl: "| # | podmiot | pary | dni par |")
        case .markdownNewlyBrokenHeading:
            return Text(en: "### Newly broken", pl: "### Utracone pokrycie")
        case .markdownNothing:
            return Text(en: "Nothing.", pl: "Nic.")
        }
    }

    /// `z 1 pary`, `z 5 par`: the genitive after "z".
    static func ofPairs(_ count: Int) -> String {
        "\(NumberText.count(count, in: .pl)) \(PolishPlural.choose(count, "pary", "par", "par"))"
    }
}
