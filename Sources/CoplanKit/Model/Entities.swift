// The resolved entities of LANGUAGE.md §3. Fields are optional where the language makes an
// attribute optional or where a required one was missing (already reported as E300): later
// stages must cope with absent values rather than re-check.

public struct PlanInfo: Entity {
    public var header: EntityHeader
    public var period: DayRange?
    public var territory: Territory?
    public var language: DocumentLanguage = .pl
    public var program: String?
    public var budget: Money?
    public var requiredSectors: [Located<Ref<Sector>>] = []
    public var requiredRoles: [RoleRequirement] = []
    public var requiredCoverage: Located<Double>?
    public var leads: [Located<Ref<Partner>>] = []
}

public struct Territory: Sendable, Hashable {
    public var kind: String
    public var name: String
    public var teryt: Located<String>?
}

public struct Money: Sendable, Hashable {
    public var amount: Double
    /// The amount as written (without `_`), kept so documents print exactly what the plan says.
    public var text: String
    public var currency: String
}

public enum DocumentLanguage: String, Sendable, CaseIterable {
    case pl, en
}

public struct RoleRequirement: Sendable {
    public var role: Ref<Role>
    public var comparison: Comparison
    public var count: Int
    public var span: SourceSpan
}

/// `=`, `>=`, `<=`, `>`, `<` in `require roles` and `indicator`.
public enum Comparison: String, Sendable, CaseIterable {
    case equal = "=", atLeast = ">=", atMost = "<=", above = ">", below = "<"

    public func holds(_ value: Double, _ target: Double) -> Bool {
        switch self {
        case .equal: return value == target
        case .atLeast: return value >= target
        case .atMost: return value <= target
        case .above: return value > target
        case .below: return value < target
        }
    }
}

public struct Sector: Entity {
    public var header: EntityHeader
}

public struct Role: Entity {
    public var header: EntityHeader
}

public struct Partner: Entity {
    public var header: EntityHeader
    public var sector: Ref<Sector>?
    public var level: Level?
    public var kind: PartnerKind?
    public var regon: Located<String>?
    public var nip: Located<String>?
    public var krs: Located<String>?
    public var address: String?
    public var roles: [Ref<Role>] = []
}

public enum Level: String, Sendable, CaseIterable {
    case gmina, powiat, wojewodztwo, kraj
}

public enum PartnerKind: String, Sendable, CaseIterable {
    case `public`, ngo, `private`, church
}

public struct Person: Entity {
    public var header: EntityHeader
    public var of: Ref<Partner>?
    public var title: String?
    public var signs: Bool = false
    public var email: String?
    public var phone: String?
}

public struct Need: Entity {
    public var header: EntityHeader
    public var sectors: [Ref<Sector>] = []
}

public struct Group: Entity {
    public var header: EntityHeader
    public var size: Int?
    /// Each listed need with the span of its entry, so gap findings point at it.
    public var needs: [Located<Ref<Need>>] = []
}

public struct Service: Entity {
    public var header: EntityHeader
    public var provider: Ref<Partner>?
    public var groups: [Ref<Group>] = []
    public var needs: [Ref<Need>] = []
    public var capacity: Capacity?
}

public struct Capacity: Sendable, Hashable {
    public var amount: Int
    public var unit: CapacityUnit

    /// Capacity normalised to a year: months × 12, weeks × 52.
    public var yearly: Int {
        switch unit {
        case .year: return amount
        case .month: return amount * 12
        case .week: return amount * 52
        }
    }
}

public enum CapacityUnit: String, Sendable {
    case year, month, week
}

public struct Agreement: Entity {
    public var header: EntityHeader
    public var parties: [Located<Ref<Partner>>] = []
    /// Party names as written, resolved or not: E301 counts these so that an unknown name
    /// (already E200) does not also read as a missing party.
    public var writtenPartyCount = 0
    public var period: DayRange?
    public var signed: Day?
    public var signedAt: String?
    public var provisions: [Provision] = []
    public var commitments: [Commitment] = []
    public var signatories: [Located<Ref<Person>>] = []
    public var dataSharing: String?
    public var meetings: Frequency?
    public var notice: TimeSpan?
    public var template: Located<String>?
}

/// `PARTY provides SERVICE, …`
public struct Provision: Sendable {
    public var party: Ref<Partner>
    public var services: [Located<Ref<Service>>]
    public var span: SourceSpan
}

/// `PARTY commits "text"`
public struct Commitment: Sendable {
    public var party: Ref<Partner>
    public var text: String
    public var span: SourceSpan
}

public struct Team: Entity {
    public var header: EntityHeader
    public var coordinator: Ref<Person>?
    public var members: [Ref<Partner>] = []
    public var meets: Frequency?
}

public struct Goal: Entity {
    public var header: EntityHeader
    public var indicators: [Indicator] = []
}

public struct Indicator: Sendable {
    public var metric: Metric
    public var comparison: Comparison
    public var target: Double
    public var span: SourceSpan
}

public enum Metric: String, Sendable, CaseIterable {
    case agreements, partners, services, coverage, sectors, people_reached

    public var keyword: Keyword {
        switch self {
        case .agreements: return .agreements
        case .partners: return .partners
        case .services: return .services
        case .coverage: return .coverage
        case .sectors: return .sectors
        case .people_reached: return .people_reached
        }
    }
}

/// `N day(s)|week(s)|month(s)|year(s)`
public struct TimeSpan: Sendable, Hashable {
    public var amount: Int
    public var unit: TimeUnit
}

public enum TimeUnit: String, Sendable {
    case day, week, month, year
}

/// `weekly`, `monthly`, `quarterly`, `yearly` or `every DURATION`.
public enum Frequency: Sendable, Hashable {
    case weekly, monthly, quarterly, yearly
    case every(TimeSpan)
}
