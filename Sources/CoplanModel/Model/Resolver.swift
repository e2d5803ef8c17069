import CoplanCore
import CoplanSyntax
/// Lowers syntax trees into a `PlanModel`: builds the one namespace (pass 1), then reads
/// every attribute into typed values and resolves names to references (pass 2).
///
/// It reports problems of names and values (E101, E102, E200–E202); whole-model rules
/// (required attributes, parties, signatories, identifiers…) belong to `Validator`.
package struct Resolver: Sendable {
    package var model = PlanModel()
    package var diagnostics: [Diagnostic] = []
    /// The file whose declaration is being lowered.
    package var file: SourceFile
    /// Names per kind, built on first use for "did you mean".
    package var namesByKind: [DeclarationKind: [String]] = [:]
    /// Suggestion searches are bounded so that hostile input with thousands of unknown names
    /// against a huge namespace stays linear.
    var suggestionBudget = 200
    /// Names reported unknown (E200): declaring one of them later changes earlier results,
    /// so the REPL's incremental check falls back to a full resolve.
    package var unknownNames: Set<String> = []
    /// The entity and attribute being lowered, so a name that fails to resolve is recorded
    /// where it was written (`PlanModel.unresolved`).
    var lowering: (entity: Symbol, attribute: Keyword)?
    /// The keyword language of the file being lowered: help that suggests code spells it in
    /// the file's own words (`15 na rok` in a Polish file, `15 per year` in an English one).
    package var keywordLanguage: KeywordLanguage = .english

    /// Resolves a plan from its trees: the root file's tree first, then its imports.
    package static func resolve(_ trees: [SyntaxTree]) -> (model: PlanModel, diagnostics: [Diagnostic]) {
        let resolver = resolving(trees)
        return (resolver.model, resolver.diagnostics)
    }

    /// The resolver after resolving `trees`, kept by the REPL session to add declarations later.
    package static func resolving(_ trees: [SyntaxTree]) -> Resolver {
        guard let first = trees.first else { return Resolver(file: SourceFile(path: "<empty>", bytes: [])) }
        var resolver = Resolver(file: first.file)
        resolver.model.files = trees.map(\.file)
        resolver.predeclare()
        var pending: [(DeclarationSyntax, Symbol, SourceFile, KeywordLanguage)] = []
        for tree in trees {
            resolver.file = tree.file
            let keywords = tree.keywordLanguage
            for case .declaration(let declaration) in tree.items {
                if let symbol = resolver.declare(declaration) { pending.append((declaration, symbol, tree.file, keywords)) }
            }
        }
        for (declaration, symbol, file, keywords) in pending {
            resolver.file = file
            resolver.keywordLanguage = keywords
            resolver.lower(declaration, symbol)
        }
        return resolver
    }

    init(file: SourceFile) {
        self.file = file
    }

    package func span(_ range: SourceRange) -> SourceSpan { SourceSpan(file: file, range: range) }

    mutating func report(_ code: DiagnosticCode, _ message: String, _ range: SourceRange,
                         suggestion: String? = nil, help: String? = nil, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(code, message, at: span(range), suggestion: suggestion, help: help, notes: notes))
    }

    // MARK: pass 1 — the namespace

    mutating func predeclare() {
        let nowhere = SourceSpan(file: SourceFile(path: "<standard>", bytes: []), range: .empty)
        for sector in StandardSector.allCases {
            var header = EntityHeader(name: sector.id, displayName: sector.polishLabel, span: nowhere, nameSpan: nowhere)
            header.isPredeclared = true
            model.symbols[sector.id] = Symbol(kind: .sector, index: model.sectors.count)
            model.sectors.append(Sector(header: header, standard: sector))
        }
        for role in StandardRole.allCases {
            var header = EntityHeader(name: role.id, displayName: role.polishLabel, span: nowhere, nameSpan: nowhere)
            header.isPredeclared = true
            model.symbols[role.id] = Symbol(kind: .role, index: model.roles.count)
            model.roles.append(Role(header: header, standard: role))
        }
    }

    package mutating func declare(_ declaration: DeclarationSyntax) -> Symbol? {
        let name = declaration.name.text
        var header = EntityHeader(name: name, displayName: declaration.displayName?.text,
                                  span: span(declaration.range), nameSpan: span(declaration.name.range))
        header.isIncomplete = !declaration.closed
        if declaration.kind == .plan {
            if let existing = model.plan {
                report(.E201, "a second `plan` declaration; a plan has exactly one", declaration.name.range,
                       notes: [.init("the plan is declared here", at: existing.header.nameSpan)])
                return nil
            }
            model.plan = PlanInfo(header: header)
            return Symbol(kind: .plan, index: 0)
        }
        if let existing = model.symbols[name] {
            let first = model.header(of: existing)
            if first.isPredeclared {
                report(.E201, "`\(name)` is a standard \(existing.kind.english) and cannot be declared again", declaration.name.range)
            } else {
                report(.E201, "`\(name)` is already declared as \(existing.kind.article)", declaration.name.range,
                       help: "names are shared by all kinds; choose another name",
                       notes: [.init("first declared here", at: first.nameSpan)])
            }
            return nil
        }
        let symbol: Symbol
        switch declaration.kind {
        case .plan: return nil // handled above
        case .sector: symbol = Symbol(kind: .sector, index: model.sectors.count); model.sectors.append(Sector(header: header))
        case .role: symbol = Symbol(kind: .role, index: model.roles.count); model.roles.append(Role(header: header))
        case .partner: symbol = Symbol(kind: .partner, index: model.partners.count); model.partners.append(Partner(header: header))
        case .person: symbol = Symbol(kind: .person, index: model.people.count); model.people.append(Person(header: header))
        case .need: symbol = Symbol(kind: .need, index: model.needs.count); model.needs.append(Need(header: header))
        case .group: symbol = Symbol(kind: .group, index: model.groups.count); model.groups.append(Group(header: header))
        case .service: symbol = Symbol(kind: .service, index: model.services.count); model.services.append(Service(header: header))
        case .agreement: symbol = Symbol(kind: .agreement, index: model.agreements.count); model.agreements.append(Agreement(header: header))
        case .team: symbol = Symbol(kind: .team, index: model.teams.count); model.teams.append(Team(header: header))
        case .goal: symbol = Symbol(kind: .goal, index: model.goals.count); model.goals.append(Goal(header: header))
        }
        model.symbols[name] = symbol
        return symbol
    }

    // MARK: references

    /// Resolves a name that must be of `kind`, reporting E200 (unknown) or E202 (wrong kind).
    mutating func resolve<T>(_ word: Word, as kind: DeclarationKind) -> Ref<T>? {
        if model.symbols[word.text] == nil, let standard = StandardNames.alias(word.text, kind: kind),
           let symbol = model.symbols[standard], symbol.kind == kind {
            model.references.append(NameReference(span: span(word.range), symbol: symbol))
            return Ref(symbol.index)
        }
        if let symbol = model.symbols[word.text] {
            if symbol.kind == kind {
                model.references.append(NameReference(span: span(word.range), symbol: symbol))
                return Ref(symbol.index)
            }
            let suggestion = suggest(word.text, kind: kind, includeOthers: false)
            recordUnresolved(kind, suggestion: suggestion)
            report(.E202, "`\(word.text)` is \(symbol.kind.article), but \(kind.article) is expected here", word.range,
                   suggestion: suggestion)
            return nil
        }
        unknownNames.insert(word.text)
        let suggestion = suggest(word.text, kind: kind, includeOthers: true)
        recordUnresolved(kind, suggestion: suggestion)
        report(.E200, "unknown \(kind.english) `\(word.text)`", word.range, suggestion: suggestion)
        return nil
    }

    /// Notes where a name expected to be of `kind` did not resolve (see `PlanModel.unresolved`).
    mutating func recordUnresolved(_ kind: DeclarationKind, suggestion: String?) {
        if let suggestion { model.probablyMeant[kind, default: []].insert(suggestion) }
        guard let lowering else { return }
        model.unresolved[UnresolvedReference(entity: lowering.entity, attribute: lowering.attribute), default: []]
            .formUnion(suggestion.map { [$0] } ?? [])
    }

    mutating func suggest(_ name: String, kind: DeclarationKind, includeOthers: Bool) -> String? {
        guard suggestionBudget > 0 else { return nil }
        suggestionBudget -= 1
        if namesByKind.isEmpty {
            for (symbolName, symbol) in model.symbols { namesByKind[symbol.kind, default: []].append(symbolName) }
        }
        // Where a standard sector or role is expected, its Polish identifiers are names too
        // (`zdrowiee` → `zdrowie`, as a Polish plan writes it).
        var preferred = namesByKind[kind] ?? []
        switch kind {
        case .sector: preferred += StandardSector.allCases.flatMap(\.polishIdentifiers)
        case .role: preferred += StandardRole.allCases.compactMap(\.polishIdentifier)
        case .plan, .partner, .person, .need, .group, .service, .agreement, .team, .goal: break
        }
        guard includeOthers else { return Suggestion.closest(to: name, preferred: preferred) }
        let others = namesByKind.filter { $0.key != kind }.flatMap(\.value)
        return Suggestion.closest(to: name, preferred: preferred, others: others)
    }
}

/// Standard sectors and roles by their Polish identifiers (`StandardSector`, `StandardRole`), docs/LANGUAGE.md §3.
package enum StandardNames {
    /// The standard name a Polish identifier stands for where a sector or role is expected.
    package static func alias(_ word: String, kind: DeclarationKind) -> String? {
        switch kind {
        case .sector: return StandardSector(polishIdentifier: word)?.id
        case .role: return StandardRole(polishIdentifier: word)?.id
        case .plan, .partner, .person, .need, .group, .service, .agreement, .team, .goal: return nil
        }
    }
}
