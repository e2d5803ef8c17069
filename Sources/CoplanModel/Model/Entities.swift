import CoplanCore
import CoplanSyntax
// The resolved entities of docs/LANGUAGE.md §3. Fields are optional where the language makes an
// attribute optional or where a required one was missing (already reported as E300): later
// stages must cope with absent values rather than re-check.

package struct PlanInfo: Entity {
    package var header: EntityHeader
    package var period: DayRange?
    package var territory: Territory?
    package var language: Language = .pl
    package var program: String?
    package var budget: Money?
    package var requiredSectors: [Located<Ref<Sector>>] = []
    package var requiredRoles: [RoleRequirement] = []
    package var requiredCoverage: Located<Double>?
    package var leads: [Located<Ref<Partner>>] = []

    package init(header: EntityHeader, period: DayRange? = nil, territory: Territory? = nil, language: Language = .pl, program: String? = nil, budget: Money? = nil, requiredSectors: [Located<Ref<Sector>>] = [], requiredRoles: [RoleRequirement] = [], requiredCoverage: Located<Double>? = nil, leads: [Located<Ref<Partner>>] = []) {
        self.header = header
        self.period = period
        self.territory = territory
        self.language = language
        self.program = program
        self.budget = budget
        self.requiredSectors = requiredSectors
        self.requiredRoles = requiredRoles
        self.requiredCoverage = requiredCoverage
        self.leads = leads
    }
}

package struct Territory: Sendable, Hashable {
    package var kind: String
    package var name: String
    package var teryt: Located<String>?
}

package struct Money: Sendable, Hashable {
    package var amount: Double
    /// The amount as written (without `_`), kept so documents print exactly what the plan says.
    package var text: String
    package var currency: String
}


package struct RoleRequirement: Sendable {
    package var role: Ref<Role>
    package var comparison: Comparison
    package var count: Int
    package var span: SourceSpan
}

/// `=`, `>=`, `<=`, `>`, `<` in `require roles` and `indicator`.
package enum Comparison: String, Sendable, CaseIterable {
    case equal = "=", atLeast = ">=", atMost = "<=", above = ">", below = "<"

    package func holds(_ value: Double, _ target: Double) -> Bool {
        switch self {
        case .equal: return value == target
        case .atLeast: return value >= target
        case .atMost: return value <= target
        case .above: return value > target
        case .below: return value < target
        }
    }
}

package struct Sector: Entity {
    package var header: EntityHeader
    /// Which predeclared sector this is; nil for a sector the plan declares.
    package var standard: StandardSector?

    package init(header: EntityHeader, standard: StandardSector? = nil) {
        self.header = header
        self.standard = standard
    }
}

package struct Role: Entity {
    package var header: EntityHeader
    /// Which predeclared role this is; nil for a role the plan declares.
    package var standard: StandardRole?

    package init(header: EntityHeader, standard: StandardRole? = nil) {
        self.header = header
        self.standard = standard
    }
}

package struct Partner: Entity {
    package var header: EntityHeader
    package var sector: Ref<Sector>?
    package var level: Level?
    package var kind: PartnerKind?
    package var regon: Located<String>?
    package var nip: Located<String>?
    package var krs: Located<String>?
    package var address: String?
    package var roles: [Ref<Role>] = []
    /// What agreements call the party (`short "GOPS"`).
    package var short: String?

    package init(header: EntityHeader, sector: Ref<Sector>? = nil, level: Level? = nil, kind: PartnerKind? = nil, regon: Located<String>? = nil, nip: Located<String>? = nil, krs: Located<String>? = nil, address: String? = nil, roles: [Ref<Role>] = []) {
        self.header = header
        self.sector = sector
        self.level = level
        self.kind = kind
        self.regon = regon
        self.nip = nip
        self.krs = krs
        self.address = address
        self.roles = roles
    }
}

package enum Level: String, Sendable, CaseIterable {
    case gmina, powiat, wojewodztwo, kraj
}

package enum PartnerKind: String, Sendable, CaseIterable {
    case `public`, ngo, `private`, church
}

package struct Person: Entity {
    package var header: EntityHeader
    package var of: Ref<Partner>?
    package var title: String?
    package var signs: Bool = false
    /// The authorisation the person signs under, as written (`authorisation "…"`).
    package var authorisation: String?
    package var email: String?
    package var phone: String?
    /// Redaction removed an e-mail or phone: the person is still a working contact, so
    /// documents name the same contacts redacted or not.
    package var contactWithheld = false

    package init(header: EntityHeader, of: Ref<Partner>? = nil, title: String? = nil, signs: Bool = false, email: String? = nil, phone: String? = nil) {
        self.header = header
        self.of = of
        self.title = title
        self.signs = signs
        self.email = email
        self.phone = phone
    }
}

package struct Need: Entity {
    package var header: EntityHeader
    package var sectors: [Ref<Sector>] = []

    package init(header: EntityHeader, sectors: [Ref<Sector>] = []) {
        self.header = header
        self.sectors = sectors
    }
}

package struct Group: Entity {
    package var header: EntityHeader
    package var size: Int?
    /// Each listed need with the span of its entry, so gap findings point at it.
    package var needs: [Located<Ref<Need>>] = []

    package init(header: EntityHeader, size: Int? = nil, needs: [Located<Ref<Need>>] = []) {
        self.header = header
        self.size = size
        self.needs = needs
    }
}

package struct Service: Entity {
    package var header: EntityHeader
    package var provider: Ref<Partner>?
    package var groups: [Ref<Group>] = []
    package var needs: [Ref<Need>] = []
    package var capacity: Capacity?

    package init(header: EntityHeader, provider: Ref<Partner>? = nil, groups: [Ref<Group>] = [], needs: [Ref<Need>] = [], capacity: Capacity? = nil) {
        self.header = header
        self.provider = provider
        self.groups = groups
        self.needs = needs
        self.capacity = capacity
    }
}

package struct Capacity: Sendable, Hashable {
    package var amount: Int
    package var unit: CapacityUnit

    package init(amount: Int, unit: CapacityUnit) {
        self.amount = amount
        self.unit = unit
    }

    /// Capacity normalised to a year: months × 12, weeks × 52.
    package var yearly: Int {
        switch unit {
        case .year: return amount
        case .month: return amount * 12
        case .week: return amount * 52
        }
    }
}

package enum CapacityUnit: String, Sendable {
    case year, month, week
}

package struct Agreement: Entity {
    package var header: EntityHeader
    package var parties: [Located<Ref<Partner>>] = []
    /// Party names as written, resolved or not: E301 counts these so that an unknown name
    /// (already E200) does not also read as a missing party.
    package var writtenPartyCount = 0
    package var period: DayRange?
    package var signed: Day?
    package var signedAt: String?
    /// The office's register number (znak sprawy), as written.
    package var number: String?
    /// Legal bases as written; when any is given they replace the derived ones.
    package var bases: [String] = []
    package var provisions: [Provision] = []
    package var commitments: [Commitment] = []
    package var signatories: [Located<Ref<Person>>] = []
    package var dataSharing: String?
    package var meetings: Frequency?
    package var notice: TimeSpan?
    package var template: Located<String>?

    package init(header: EntityHeader, parties: [Located<Ref<Partner>>] = [], period: DayRange? = nil, signed: Day? = nil, signedAt: String? = nil, provisions: [Provision] = [], commitments: [Commitment] = [], signatories: [Located<Ref<Person>>] = [], dataSharing: String? = nil, meetings: Frequency? = nil, notice: TimeSpan? = nil, template: Located<String>? = nil) {
        self.header = header
        self.parties = parties
        self.period = period
        self.signed = signed
        self.signedAt = signedAt
        self.provisions = provisions
        self.commitments = commitments
        self.signatories = signatories
        self.dataSharing = dataSharing
        self.meetings = meetings
        self.notice = notice
        self.template = template
    }
}

/// `PARTY provides SERVICE, …`
package struct Provision: Sendable {
    package var party: Ref<Partner>
    package var services: [Located<Ref<Service>>]
    package var span: SourceSpan
}

/// `PARTY commits "text"`
package struct Commitment: Sendable {
    package var party: Ref<Partner>
    package var text: String
    package var span: SourceSpan
}

package struct Team: Entity {
    package var header: EntityHeader
    package var coordinator: Ref<Person>?
    package var members: [Ref<Partner>] = []
    package var meets: Frequency?

    package init(header: EntityHeader, coordinator: Ref<Person>? = nil, members: [Ref<Partner>] = [], meets: Frequency? = nil) {
        self.header = header
        self.coordinator = coordinator
        self.members = members
        self.meets = meets
    }
}

package struct Goal: Entity {
    package var header: EntityHeader
    package var indicators: [Indicator] = []

    package init(header: EntityHeader, indicators: [Indicator] = []) {
        self.header = header
        self.indicators = indicators
    }
}

package struct Indicator: Sendable {
    package var metric: Metric
    package var comparison: Comparison
    package var target: Double
    package var span: SourceSpan
}

package enum Metric: String, Sendable, CaseIterable {
    case agreements, partners, services, coverage, sectors, people_reached

    package var keyword: Keyword {
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
package struct TimeSpan: Sendable, Hashable {
    package var amount: Int
    package var unit: TimeUnit

    package init(amount: Int, unit: TimeUnit) {
        self.amount = amount
        self.unit = unit
    }
}

package enum TimeUnit: String, Sendable {
    case day, week, month, year
}

/// `weekly`, `monthly`, `quarterly`, `yearly` or `every DURATION`.
package enum Frequency: Sendable, Hashable {
    case weekly, monthly, quarterly, yearly
    case every(TimeSpan)

    /// The words that start a frequency.
    package static let keywords: [Keyword] = [.weekly, .monthly, .quarterly, .yearly, .every]
}
