import CoplanCore
import CoplanSyntax
/// The resolved model of one plan: a root file and everything it imports, with every name
/// resolved to a typed index. Entities whose references failed to resolve keep the rest of
/// their attributes, so one mistake does not hide the others.
package struct PlanModel: Sendable {
    /// The root file first, then imports in the order they were first reached.
    package var files: [SourceFile] = []
    /// Each file's keyword language by path (`SyntaxTree.keywordLanguage`), so help that
    /// suggests code spells it as that file does.
    package var keywordLanguages: [String: KeywordLanguage] = [:]
    package var plan: PlanInfo?
    package var sectors: [Sector] = []
    package var roles: [Role] = []
    package var partners: [Partner] = []
    package var people: [Person] = []
    package var needs: [Need] = []
    package var groups: [Group] = []
    package var services: [Service] = []
    package var agreements: [Agreement] = []
    package var teams: [Team] = []
    package var goals: [Goal] = []
    /// One namespace for all declarations (docs/LANGUAGE.md §2).
    package var symbols = SymbolTable()
    /// Every name written where a reference stands and resolved to a symbol, in resolution
    /// order: what an editor's go-to-definition, references and rename follow, so that they
    /// touch real references only (never strings, comments or enumerated values).
    package var references: [NameReference] = []
    /// Where a written name did not resolve (E200, E202), with the names "did you mean"
    /// proposed for it: the checks about what the typo was probably meant to name stay
    /// silent, so one typo gives one finding, not a cascade.
    package var unresolved: [UnresolvedReference: Set<String>] = [:]
    /// Required attributes an unknown attribute probably meant (`okers` for `okres`): E102
    /// says so with its suggestion, so E300 does not say it again.
    package var misspelled: [Symbol: Set<Keyword>] = [:]

    package init() {}

    /// Whether a name written in `attribute` of `entity` failed to resolve.
    package func hasUnresolved(_ entity: Symbol, _ attribute: Keyword) -> Bool {
        unresolved[UnresolvedReference(entity: entity, attribute: attribute)] != nil
    }

    /// Whether a name that did not resolve in `attribute` of `entity` was probably `name`.
    package func probablyMeant(_ name: String, in entity: Symbol, _ attribute: Keyword) -> Bool {
        unresolved[UnresolvedReference(entity: entity, attribute: attribute)]?.contains(name) == true
    }

    /// Names of `kind` that some name that did not resolve was probably meant to be.
    package var probablyMeant: [DeclarationKind: Set<String>] = [:]

    package var rootFile: SourceFile? { files.first }

    /// Keyword spellings counted over every file of the plan (every entry of a REPL session).
    package var keywordCounts = KeywordCounts()

    /// The keyword language of the plan as a whole, all its files counted: what help about the
    /// whole plan (gaps) spells code in. A REPL session and a file with the same text agree.
    package var planKeywordLanguage: KeywordLanguage { keywordCounts.language }

    /// The keyword language of `file`; for a file the resolver never entered, the root file's.
    package func keywordLanguage(of file: SourceFile) -> KeywordLanguage {
        keywordLanguages[file.path] ?? rootFile.flatMap { keywordLanguages[$0.path] } ?? .english
    }

    @inlinable package subscript(ref: Ref<Sector>) -> Sector { sectors[ref.index] }
    @inlinable package subscript(ref: Ref<Role>) -> Role { roles[ref.index] }
    @inlinable package subscript(ref: Ref<Partner>) -> Partner { partners[ref.index] }
    @inlinable package subscript(ref: Ref<Person>) -> Person { people[ref.index] }
    @inlinable package subscript(ref: Ref<Need>) -> Need { needs[ref.index] }
    @inlinable package subscript(ref: Ref<Group>) -> Group { groups[ref.index] }
    @inlinable package subscript(ref: Ref<Service>) -> Service { services[ref.index] }
    @inlinable package subscript(ref: Ref<Agreement>) -> Agreement { agreements[ref.index] }
    @inlinable package subscript(ref: Ref<Team>) -> Team { teams[ref.index] }
    @inlinable package subscript(ref: Ref<Goal>) -> Goal { goals[ref.index] }

    /// Looks up a name of any kind.
    package func symbol(_ name: String) -> Symbol? { symbols[name] }

    /// The reference for a partner's name, if that name is a partner.
    package func partner(named name: String) -> Ref<Partner>? {
        guard let symbol = symbols[name], symbol.kind == .partner else { return nil }
        return Ref(symbol.index)
    }

    /// The header of whatever a symbol names.
    package func header(of symbol: Symbol) -> EntityHeader {
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
        case .goal: return goals[symbol.index].header
        }
    }

    /// Whether an entity was declared in the root file (not in an import).
    package func isInRoot(_ header: EntityHeader) -> Bool {
        guard let root = rootFile else { return false }
        return header.span.file === root
    }
}

/// What a name in the namespace stands for.
/// A resolved reference as written: the word's place and the symbol it names (for a Polish
/// alias of a standard name, the standard symbol).
///
/// Twenty bytes and no reference counting: a large plan holds millions of them, and a
/// `SourceSpan` retained its file once per reference (`PlanModel.span(of:)` makes one).
package struct NameReference: Sendable {
    /// The file's index in `PlanModel.files`.
    package var file: Int32
    package var range: SourceRange
    private var index: Int32
    private var kind: DeclarationKind

    package init(file: Int32, range: SourceRange, symbol: Symbol) {
        self.file = file
        self.range = range
        index = Int32(symbol.index)
        kind = symbol.kind
    }

    package var symbol: Symbol { Symbol(kind: kind, index: Int(index)) }
}

extension PlanModel {
    /// Where a resolved reference was written.
    package func span(of reference: NameReference) -> SourceSpan {
        SourceSpan(file: files[Int(reference.file)], range: reference.range)
    }

    /// The numbers `NameReference.file` gives the files at `path` (more than one only when a
    /// REPL session entered a file of that name twice).
    package func fileNumbers(at path: String) -> Set<Int32> {
        Set(files.indices.filter { files[$0].path == path }.map(Int32.init))
    }

    /// The reference written exactly at `span`, if a name resolved there.
    package func reference(at span: SourceSpan) -> NameReference? {
        references.first { $0.range == span.range && self.span(of: $0) == span }
    }
}

package struct Symbol: Sendable, Hashable {
    package var kind: DeclarationKind
    package var index: Int

    package init(kind: DeclarationKind, index: Int) {
        self.kind = kind
        self.index = index
    }

    /// Symbols of one kind at the given indices.
    package static func all(_ kind: DeclarationKind, _ indices: [Int]) -> [Symbol] {
        indices.map { Symbol(kind: kind, index: $0) }
    }
}

/// A name that did not resolve, by the entity and attribute it was written in.
package struct UnresolvedReference: Sendable, Hashable {
    package var entity: Symbol
    package var attribute: Keyword

    package init(entity: Symbol, attribute: Keyword) {
        self.entity = entity
        self.attribute = attribute
    }
}

extension PlanModel {
    /// The language the plan says it is in, for choosing the reader's language: its `language`
    /// when written; else Polish when the plan is written in Polish keywords (a plan that says
    /// `podmiot` and `porozumienie` is read by Polish planners); else nil — English keywords are
    /// the canonical spelling and say nothing about who reads the plan.
    package var ownLanguage: Language? {
        if let plan, plan.header.attributeSpans[.language] != nil { return plan.language }
        return planKeywordLanguage == .polish ? .pl : nil
    }
}
