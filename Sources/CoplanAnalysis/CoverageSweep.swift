import CoplanCore
import CoplanSyntax
import CoplanModel
/// One sweep over a pair's supplies in day order: the covered ranges and, at the same time,
/// the critical partners.
///
/// Between consecutive start/end days the set of active supplies is constant. A partner is
/// critical on such a segment iff every active supply dies with it, i.e. it is a party of the
/// agreement of every active supply: with `count[p]` = active supplies whose agreement has `p`
/// as a party and `k` = active supplies, that is `count[p] == k`. Such a partner must be a party
/// of any one active supply, so only that supply's parties are tested: O(parties) per segment
/// and O(m log m) per pair with m supplies.
struct CoverageSweep {
    /// Per partner index, how many active supplies it is a party of. Shared across pairs and
    /// left all zero after each sweep.
    var count: [Int32]

    init(partners: Int) {
        count = [Int32](repeating: 0, count: partners)
    }

    struct Outcome {
        var covered: [DayRange] = []
        var critical: [Int: [DayRange]] = [:]
    }

    mutating func sweep(_ supplies: [CoverageIndex.Supply], parties: [[Ref<Partner>]]) -> Outcome {
        var outcome = Outcome()
        guard !supplies.isEmpty else { return outcome }
        // Events: (day, supply, isStart); an end happens the day after the last day.
        var events: [(day: Int, supply: Int, start: Bool)] = []
        events.reserveCapacity(supplies.count * 2)
        for (i, supply) in supplies.enumerated() {
            events.append((supply.days.first.ordinal, i, true))
            events.append((supply.days.last.ordinal + 1, i, false))
        }
        events.sort { $0.day < $1.day }
        var active: [Int] = []
        var position = [Int](repeating: -1, count: supplies.count)
        var e = 0
        while e < events.count {
            let day = events[e].day
            while e < events.count, events[e].day == day {
                let event = events[e]
                let agreementParties = parties[supplies[event.supply].agreement.index]
                if event.start {
                    position[event.supply] = active.count
                    active.append(event.supply)
                    for p in agreementParties { count[p.index] += 1 }
                } else {
                    let at = position[event.supply]
                    let moved = active.removeLast()
                    if moved != event.supply {
                        active[at] = moved
                        position[moved] = at
                    }
                    for p in agreementParties { count[p.index] -= 1 }
                }
                e += 1
            }
            guard !active.isEmpty, e < events.count else { continue }
            let segment = DayRange(Day(ordinal: day), Day(ordinal: events[e].day - 1))
            Self.append(segment, to: &outcome.covered)
            let k = Int32(active.count)
            for p in parties[supplies[active[0]].agreement.index] where count[p.index] == k {
                Self.append(segment, to: &outcome.critical[p.index, default: []])
            }
        }
        return outcome
    }

    /// Appends a range that starts after every range in `ranges`, joining it to the last one
    /// when they touch.
    static func append(_ range: DayRange, to ranges: inout [DayRange]) {
        if let last = ranges.last, last.last.ordinal + 1 >= range.first.ordinal {
            ranges[ranges.count - 1].last = max(last.last, range.last)
        } else {
            ranges.append(range)
        }
    }
}
