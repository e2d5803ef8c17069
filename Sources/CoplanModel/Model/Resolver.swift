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
    /// The file whose declaration is being lowered, and its place in `model.files` (what a
    /// `NameReference` records instead of retaining the file once per reference).
    package private(set) var file: SourceFile
    private(set) var fileNumber: Int32 = 0
    /// Symbols found so far by the number the lexer gave the word in the file being lowered
    /// (`Word.id`): a name written again is found by index instead of hashing its text again.
    /// Only found names are kept, and a name's symbol never changes while a resolver lives.
    private var symbolsByWord: [Symbol?] = []
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

    /// Resolves a plan from its trees: the root file's tree first, then its imports.
    package static func resolve(_ trees: [SyntaxTree]) -> (model: PlanModel, diagnostics: [Diagnostic]) {
        let resolver = resolving(trees)
        return (resolver.model, resolver.diagnostics)
    }

    /// The resolver after resolving `trees`, kept by the REPL session to add declarations later.
    package static func resolving(_ trees: [SyntaxTree]) -> Resolver {
        guard let first = trees.first else { return Resolver(file: SourceFile(path: "<empty>", bytes: [])) }
        var resolver = Resolver(file: first.file)
        resolver.reserve(for: trees)
        resolver.predeclare()
        // Each item's symbol, by tree and item: pass 2 walks the trees again instead of
        // keeping a copy of every declaration (a copy retains all its parts, and the growing
        // array of copies was a fifth of resolving a large plan).
        var declared: [[Symbol?]] = []
        declared.reserveCapacity(trees.count)
        for tree in trees {
            resolver.enter(tree)
            var symbols: [Symbol?] = []
            symbols.reserveCapacity(tree.items.count)
            for item in tree.items {
                guard case .declaration(let declaration) = item else { symbols.append(nil); continue }
                symbols.append(resolver.declare(declaration))
            }
            declared.append(symbols)
        }
        for (tree, symbols) in zip(trees, declared) {
            resolver.enter(tree)
            for (item, symbol) in zip(tree.items, symbols) {
                guard let symbol, case .declaration(let declaration) = item else { continue }
                resolver.lower(declaration, symbol)
            }
        }
        return resolver
    }

    /// Sizes the model's arrays for the declarations and references the trees hold, so that a
    /// large plan's arrays are not copied to twice their size over and over while they fill
    /// (fresh pages are a large part of a big check's time on this kind of machine).
    mutating func reserve(for trees: [SyntaxTree]) {
        var counts = [Int](repeating: 0, count: DeclarationKind.allCases.count)
        var atoms = 0
        for tree in trees {
            for item in tree.items { if let kind = item.declarationKind { counts[kind.ordinal] += 1 } }
            atoms += tree.atomCount
        }
        func count(_ kind: DeclarationKind) -> Int { counts[kind.ordinal] }
        model.sectors.reserveCapacity(count(.sector) + StandardSector.allCases.count)
        model.roles.reserveCapacity(count(.role) + StandardRole.allCases.count)
        model.partners.reserveCapacity(count(.partner))
        model.people.reserveCapacity(count(.person))
        model.needs.reserveCapacity(count(.need))
        model.groups.reserveCapacity(count(.group))
        model.services.reserveCapacity(count(.service))
        model.agreements.reserveCapacity(count(.agreement))
        model.teams.reserveCapacity(count(.team))
        model.goals.reserveCapacity(count(.goal))
        model.symbols.reserveCapacity(counts.reduce(0, +) + StandardSector.allCases.count + StandardRole.allCases.count)
        // Names are at most every other atom of a list (`a, b, c`), and usually about that.
        model.references.reserveCapacity(atoms / 2 + 1)
    }

    init(file: SourceFile) {
        self.file = file
    }

    package func span(_ range: SourceRange) -> SourceSpan { SourceSpan(file: file, range: range) }

    /// The keyword language of the file being lowered, for help that suggests code.
    package var keywordLanguage: KeywordLanguage { model.keywordLanguage(of: file) }

    /// Makes `tree`'s file the one being resolved and notes its keyword language (the REPL
    /// resolves each typed entry as a file of its own).
    package mutating func enter(_ tree: SyntaxTree) {
        if tree.file !== file { symbolsByWord.removeAll(keepingCapacity: true) }
        file = tree.file
        if let number = model.files.firstIndex(where: { $0 === tree.file }) {
            fileNumber = Int32(number)
            return
        }
        fileNumber = Int32(model.files.count)
        model.files.append(tree.file)
        let counts = tree.keywordCounts
        model.keywordLanguages[tree.file.path] = counts.language
        model.keywordCounts = model.keywordCounts + counts
    }

    mutating func report(_ code: DiagnosticCode, _ message: Text, _ range: SourceRange,
                         suggestion: String? = nil, help: Text? = nil, notes: [Diagnostic.Note] = []) {
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
                report(.E201, NameMessage.secondPlan.text, declaration.name.range,
                       notes: [.init(NameMessage.planDeclaredHere.text, at: existing.header.nameSpan)])
                return nil
            }
            model.plan = PlanInfo(header: header)
            return Symbol(kind: .plan, index: 0)
        }
        if let existing = model.symbols[name] {
            let first = model.header(of: existing)
            if first.isPredeclared {
                report(.E201, NameMessage.standardDeclaredAgain(name: name, kind: existing.kind).text, declaration.name.range)
            } else {
                report(.E201, NameMessage.alreadyDeclared(name: name, kind: existing.kind).text, declaration.name.range,
                       help: NameMessage.namesAreShared.text,
                       notes: [.init(NameMessage.firstDeclaredHere.text, at: first.nameSpan)])
            }
            return nil
        }
        // A sector or role named like a standard one in Polish (`sektor zdrowie`) would make
        // that name mean two things where a sector is expected; the standard one keeps it.
        if let standard = StandardNames.alias(name, kind: declaration.kind) {
            report(.E201, NameMessage.polishStandardDeclared(name: name, standard: standard, kind: declaration.kind).text,
                   declaration.name.range,
                   help: NameMessage.polishStandardHelp(name: name, standard: standard, kind: declaration.kind).text)
            return nil
        }
        let symbol: Symbol
        // The header is moved into its entity, not copied (a copy and a release of its strings
        // per declaration).
        switch declaration.kind {
        case .plan: return nil // handled above
        case .sector: symbol = Symbol(kind: .sector, index: model.sectors.count); model.sectors.append(Sector(header: consume header))
        case .role: symbol = Symbol(kind: .role, index: model.roles.count); model.roles.append(Role(header: consume header))
        case .partner: symbol = Symbol(kind: .partner, index: model.partners.count); model.partners.append(Partner(header: consume header))
        case .person: symbol = Symbol(kind: .person, index: model.people.count); model.people.append(Person(header: consume header))
        case .need: symbol = Symbol(kind: .need, index: model.needs.count); model.needs.append(Need(header: consume header))
        case .group: symbol = Symbol(kind: .group, index: model.groups.count); model.groups.append(Group(header: consume header))
        case .service: symbol = Symbol(kind: .service, index: model.services.count); model.services.append(Service(header: consume header))
        case .agreement: symbol = Symbol(kind: .agreement, index: model.agreements.count); model.agreements.append(Agreement(header: consume header))
        case .team: symbol = Symbol(kind: .team, index: model.teams.count); model.teams.append(Team(header: consume header))
        case .goal: symbol = Symbol(kind: .goal, index: model.goals.count); model.goals.append(Goal(header: consume header))
        }
        model.symbols[name] = symbol
        return symbol
    }

    // MARK: references

    /// Resolves a name that must be of `kind`, reporting E200 (unknown) or E202 (wrong kind).
    /// Where a sector or role is expected, a standard one's Polish name wins over a
    /// declaration of another kind (`sektor zdrowie` beside `potrzeba zdrowie`).
    mutating func resolve<T>(_ word: Word, as kind: DeclarationKind) -> Ref<T>? {
        if let standard = StandardNames.alias(word.text, kind: kind), let symbol = model.symbols[standard], symbol.kind == kind {
            model.references.append(NameReference(file: fileNumber, range: word.range, symbol: symbol))
            return Ref(symbol.index)
        }
        if let symbol = symbol(named: word) {
            if symbol.kind == kind {
                model.references.append(NameReference(file: fileNumber, range: word.range, symbol: symbol))
                return Ref(symbol.index)
            }
            let suggestion = suggest(word.text, kind: kind, includeOthers: false)
            recordUnresolved(kind, suggestion: suggestion)
            report(.E202, NameMessage.wrongKind(name: word.text, declared: symbol.kind, expected: kind).text, word.range,
                   suggestion: suggestion, help: suggestion == nil ? standardValuesHelp(kind, name: word.text) : nil)
            return nil
        }
        if let (other, standard) = StandardNames.standard(word.text, otherThan: kind) {
            unknownNames.insert(word.text)
            recordUnresolved(kind, suggestion: nil)
            report(.E202, NameMessage.standardOfOtherKind(name: word.text, standard: standard, declared: other, expected: kind).text,
                   word.range, help: standardValuesHelp(kind, name: word.text))
            return nil
        }
        unknownNames.insert(word.text)
        let suggestion = suggest(word.text, kind: kind, includeOthers: true)
        recordUnresolved(kind, suggestion: suggestion)
        // An unknown sector or role lists the standard ones: in the help, or under "did you mean".
        let values = standardValuesHelp(kind, name: word.text)
        report(.E200, NameMessage.unknown(kind: kind, name: word.text).text, word.range, suggestion: suggestion,
               help: suggestion == nil ? values : nil, notes: suggestion == nil ? [] : values.map { [.init($0, at: nil)] } ?? [])
        return nil
    }

    /// The symbol a name written in the file being lowered stands for.
    mutating func symbol(named word: Word) -> Symbol? {
        let number = Int(word.id)
        if number >= 0, number < symbolsByWord.count, let symbol = symbolsByWord[number] { return symbol }
        guard let symbol = model.symbols[word.text] else { return nil }
        if number >= 0 {
            if number >= symbolsByWord.count {
                symbolsByWord.append(contentsOf: repeatElement(nil, count: Swift.max(number + 1, 2 * symbolsByWord.count) - symbolsByWord.count))
            }
            symbolsByWord[number] = symbol
        }
        return symbol
    }

    /// The standard sectors or roles in both spellings and how to declare one's own, for a
    /// name that is not one; nil for kinds without standard values.
    func standardValuesHelp(_ kind: DeclarationKind, name: String) -> Text? {
        guard kind == .sector || kind == .role else { return nil }
        let words = keywordLanguage
        let declaration = "\(words.word(kind.keyword)) \(name) \"…\" {}"
        return NameMessage.standardValues(kind: kind, declaration: declaration).text
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

    /// The kind and standard name a Polish identifier stands for among the standard values
    /// of the kinds other than `kind` (`zdrowie` where a role is expected: the sector `health`).
    /// Only where a sector or role is expected: elsewhere the word is an ordinary unknown name.
    package static func standard(_ word: String, otherThan kind: DeclarationKind) -> (kind: DeclarationKind, name: String)? {
        guard kind == .sector || kind == .role else { return nil }
        let other: DeclarationKind = kind == .sector ? .role : .sector
        return alias(word, kind: other).map { (other, $0) }
    }
}
