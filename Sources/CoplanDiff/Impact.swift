import CoplanKit

/// How much a reviewer must care about a change, ordered so `max` is the most severe.
/// The raw values are the `--fail-on` arguments and the JSON `impact` values.
package enum Impact: String, CaseIterable, Sendable, Comparable {
    case info, risky, breaking

    private var rank: Int {
        switch self {
        case .info: return 0
        case .risky: return 1
        case .breaking: return 2
        }
    }

    package static func < (lhs: Impact, rhs: Impact) -> Bool { lhs.rank < rhs.rank }
}

/// The kinds of declarations a diff compares, in the order changes are listed.
package enum EntityKind: String, CaseIterable, Sendable, Comparable {
    case plan, sector, role, partner, person, need, group, service, agreement, team, goal

    private var rank: Int { Self.allCases.firstIndex(of: self)! }

    package static func < (lhs: EntityKind, rhs: EntityKind) -> Bool { lhs.rank < rhs.rank }
}

/// What happened to a declaration between the versions.
package enum ChangeKind: String, Sendable, CaseIterable {
    case added, removed, changed
}

/// Why a change has the impact it has: its own nature (an agreement removed or shortened, a
/// partner with services removed, a capacity cut) or an effect attributed to it.
package enum ImpactReason: Sendable, Equatable {
    case agreementRemoved
    case agreementShortened(before: DayRange, after: DayRange?)
    case partnerWithServicesRemoved(services: Int)
    case capacityReduced(service: String, before: Int, after: Int)
    /// Days a pair was covered before and is not now (inside the new plan period).
    case coverageLost(group: String, need: String, days: Int)
    case pairCapacityReduced(group: String, need: String, before: Int, after: Int)
    case newCriticalPartner(partner: String, group: String, need: String)
    /// A finding of the new version that the old one did not have (errors and gaps).
    case newFinding(code: DiagnosticCode, message: Text)

    package var impact: Impact {
        switch self {
        case .agreementRemoved, .agreementShortened, .partnerWithServicesRemoved, .coverageLost:
            return .breaking
        case .capacityReduced, .pairCapacityReduced, .newCriticalPartner:
            return .risky
        case .newFinding(let code, _):
            // A gap or an error introduced breaks; a new single point of failure is a risk;
            // a new warning is worth knowing.
            switch code.severity {
            case .error: return .breaking
            case .gap: return code == .G504 ? .risky : .breaking
            case .warning: return .info
            }
        }
    }
}
