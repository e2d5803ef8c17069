/// The resolved model of one plan: a root file and everything it imports, with every name
/// resolved to a typed index. Entities whose references failed to resolve keep the rest of
/// their attributes, so one mistake does not hide the others.
public struct PlanModel: Sendable {
    /// The root file first, then imports in the order they were first reached.
    public var files: [SourceFile] = []
    public var plan: PlanInfo?
    public var sectors: [Sector] = []
    public var roles: [Role] = []
    public var partners: [Partner] = []
    public var people: [Person] = []
    public var needs: [Need] = []
    public var groups: [Group] = []
    public var services: [Service] = []
    public var agreements: [Agreement] = []
    public var teams: [Team] = []
    public var goals: [Goal] = []
    /// One namespace for all declarations (LANGUAGE.md §2).
    public var symbols: [String: Symbol] = [:]

    public init() {}

    public var rootFile: SourceFile? { files.first }

    public subscript(ref: Ref<Sector>) -> Sector { sectors[ref.index] }
    public subscript(ref: Ref<Role>) -> Role { roles[ref.index] }
    public subscript(ref: Ref<Partner>) -> Partner { partners[ref.index] }
    public subscript(ref: Ref<Person>) -> Person { people[ref.index] }
    public subscript(ref: Ref<Need>) -> Need { needs[ref.index] }
    public subscript(ref: Ref<Group>) -> Group { groups[ref.index] }
    public subscript(ref: Ref<Service>) -> Service { services[ref.index] }
    public subscript(ref: Ref<Agreement>) -> Agreement { agreements[ref.index] }
    public subscript(ref: Ref<Team>) -> Team { teams[ref.index] }
    public subscript(ref: Ref<Goal>) -> Goal { goals[ref.index] }

    /// Looks up a name of any kind.
    public func symbol(_ name: String) -> Symbol? { symbols[name] }

    /// The reference for a partner's name, if that name is a partner.
    public func partner(named name: String) -> Ref<Partner>? {
        guard let symbol = symbols[name], symbol.kind == .partner else { return nil }
        return Ref(symbol.index)
    }

    /// The header of whatever a symbol names.
    public func header(of symbol: Symbol) -> EntityHeader {
        switch symbol.kind {
        case .plan: return plan!.header
        case .sector: return sectors[symbol.index].header
        case .role: return roles[symbol.index].header
        case .partner: return partners[symbol.index].header
        case .person: return people[symbol.index].header
        case .need: return needs[symbol.index].header
        case .group: return groups[symbol.index].header
        case .service: return services[symbol.index].header
        case .agreement: return agreements[symbol.index].header
        case .team: return teams[symbol.index].header
        default: return goals[symbol.index].header
        }
    }

    /// Whether an entity was declared in the root file (not in an import).
    public func isInRoot(_ header: EntityHeader) -> Bool {
        guard let root = rootFile else { return false }
        return header.span.file === root
    }
}

/// What a name in the namespace stands for.
public struct Symbol: Sendable, Hashable {
    /// One of `Keyword.declarationKinds`.
    public var kind: Keyword
    public var index: Int
}

extension Keyword {
    /// The kind's name in messages ("a partner", "an agreement").
    public var article: String {
        switch self {
        case .agreement: return "an agreement"
        default: return "a \(english)"
        }
    }
}
