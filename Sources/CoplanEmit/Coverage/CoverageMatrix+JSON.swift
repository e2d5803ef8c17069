import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// The JSON form of an analysis (`coplan gaps --format json`): every pair with its day
/// ranges, providers, capacity and critical partners; the ranking; indicator values; required
/// sectors; gap findings; and, for a what-if, what newly breaks. Keys keep this order. Keys and
/// status values are English (programs read them); the findings' sentences are in `language`.
extension CoverageMatrix {
    package func json(language: Language) -> JSONValue {
        func ranges(_ ranges: [DayRange]) -> JSONValue {
            .array(ranges.map { .object([("first", .string($0.first.description)), ("last", .string($0.last.description))]) })
        }
        func names<T>(_ refs: [Ref<T>], _ name: (Ref<T>) -> String) -> JSONValue { .array(refs.map { .string(name($0)) }) }
        let pairs: [JSONValue] = result.pairs.map { pair in
            .object([
                ("group", .string(model[pair.group].name)),
                ("need", .string(model[pair.need].name)),
                ("status", .string(pair.status.rawValue)),
                ("percent", .double((pair.percent * 100).rounded() / 100)),
                ("days", .int(pair.days)),
                ("coveredDays", .int(pair.coveredDays)),
                ("covered", ranges(pair.covered)),
                ("uncovered", ranges(pair.uncovered)),
                ("providers", names(pair.providers) { model[$0].name }),
                ("services", names(pair.coveringServices) { model[$0].name }),
                ("agreements", names(pair.agreements) { model[$0].name }),
                ("capacity", pair.capacity.map { .int($0) } ?? .null),
                ("size", pair.size.map { .int($0) } ?? .null),
                ("critical", .array(pair.critical.map {
                    .object([("partner", .string(model[$0.partner].name)), ("days", ranges($0.days)), ("dayCount", .int($0.dayCount))])
                })),
            ])
        }
        let values = result.indicators
        var members: [(String, JSONValue)] = [
            ("plan", .string(planName)),
            ("file", model.rootFile.map { .string($0.path) } ?? .null),
            ("period", result.window.map { .object([("first", .string($0.first.description)), ("last", .string($0.last.description))]) } ?? .null),
            ("at", result.isSingleDay ? result.window.map { .string($0.first.description) } ?? .null : .null),
            ("without", names(result.withdrawn) { model[$0].name }),
            ("coverage", result.summary.map {
                .object([("percent", .double(($0.percent * 100).rounded() / 100)), ("pairs", .int($0.pairs)), ("covered", .int($0.covered)),
                         ("pairDays", .int($0.pairDays)), ("coveredPairDays", .int($0.coveredPairDays))])
            } ?? .null),
            ("pairs", .array(pairs)),
            ("ranking", .array(result.ranking.map {
                .object([("partner", .string(model[$0.partner].name)), ("pairs", .int($0.pairs.count)), ("pairDays", .int($0.pairDays))])
            })),
            ("indicators", .object(Metric.allCases.map { ($0.rawValue, $0 == .coverage ? .double((values.coverage * 100).rounded() / 100) : .double(values.value($0))) })),
            ("requiredSectors", .array(result.requiredSectors.map {
                .object([("sector", .string(model[$0.sector].name)), ("met", .bool($0.isMet)), ("partners", names($0.partners) { model[$0].name })])
            })),
            ("gaps", .array(gaps.map { $0.json(language) })),
            ("silencedGaps", .int(silencedGaps)),
        ]
        if !result.withdrawn.isEmpty {
            members.append(("newlyBroken", .array(result.newlyBroken.map { change in
                let pair = result.pairs[change.pair]
                return .object([("group", .string(model[pair.group].name)), ("need", .string(model[pair.need].name)),
                                ("before", .string(change.before.rawValue)), ("after", .string(change.after.rawValue)),
                                ("lost", ranges(change.lost)), ("lostDays", .int(change.lostDays))])
            })))
            members.append(("newlyMissingSectors", names(result.newlyMissingSectors) { model[$0].name }))
        }
        return .object(members)
    }
}
