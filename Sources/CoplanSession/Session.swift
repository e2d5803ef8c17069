import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
import CoplanFormat
import CoplanEmit

/// The state of a REPL or script session: the plan built up from loaded files and typed
/// declarations, checked after every change, with an undo stack and a dirty flag so that no
/// work is lost. No terminal or file I/O: files are read through a `SourceProvider`, and
/// writing is handed back to the front end as a `SessionReply.Action`.
///
/// A value type, so a front end can run a command on a copy and simply drop the copy when
/// the user presses Ctrl-C.
package struct Session: Sendable {
    package struct Options: Sendable {
        /// Colour diagnostics (only when the front end writes to a terminal).
        package var colored = false
        /// Warn once before `:quit` discards unsaved changes (scripts do not).
        package var confirmsDiscard = true
        /// The repository's `allow`, `deny` and `strict` (the front end reads `coplan.toml`),
        /// applied as `coplan check` applies them.
        package var policy = RepositoryPolicy()
        /// How the reader's language is chosen; replies and findings are shown in the result.
        package var languageChoice = LanguageChoice()

        package init() {}
    }

    /// One source of declarations: a loaded file (with its imports) or one typed entry.
    struct Chunk: Sendable {
        enum Origin: Sendable, Equatable {
            /// A loaded file, by canonical path.
            case file(String)
            /// The n-th typed entry.
            case input(Int)
        }

        var origin: Origin
        var tree: SyntaxTree
        /// Files the loaded file imports (empty for typed entries).
        var imports: [SyntaxTree] = []
        /// Their canonical paths, same order.
        var importPaths: [String] = []
        /// E203 findings met while following the imports.
        var importDiagnostics: [Diagnostic] = []
    }

    /// Everything `:undo` restores.
    struct State: Sendable {
        var chunks: [Chunk] = []
        /// Where `:save` writes without a FILE: the first loaded file, or the last saved one.
        var savePath: String?
        /// Bumped on every change; the session is dirty when it differs from the saved one.
        var generation = 0
    }

    package let provider: any SourceProvider
    /// Where `:emit` reads agreements' own templates; nil: only the built-in templates.
    package let templates: (any TemplateProvider)?
    /// Folder that relative paths in `:load` and `:save` start from.
    package let workingDirectory: String
    package var options: Options

    var state = State()
    var undoStack: [(state: State, checked: CheckedPlan, description: Text)] = []
    var savedGeneration = 0
    var typedEntries = 0
    var quitWarned = false
    /// The state `:discard` returns to: as loaded (`markBaseline`) or last saved.
    var baseline: (state: State, checked: CheckedPlan)?
    var generations = 0
    /// How many full (not incremental) checks ran: tests watch the incremental path with it.
    package var fullChecks = 0
    package internal(set) var checked = CheckedPlan()

    /// Undo history is bounded so a long session cannot grow without end.
    static let undoLimit = 200

    package init(provider: any SourceProvider, workingDirectory: String, options: Options = Options(),
                 templates: (any TemplateProvider)? = nil) {
        self.provider = provider
        self.templates = templates
        self.workingDirectory = workingDirectory
        self.options = options
    }

    /// Whether there are changes `:save` has not written.
    package var isDirty: Bool { state.generation != savedGeneration }

    /// Changes on every edit, undo or discard: a front end compares it before and after an
    /// entry to know whether the entry changed the plan (and so belongs in the crash journal).
    package var revision: Int { state.generation }

    /// What the crash journal is keyed by: the file `:save` writes to, else the folder.
    package var journalKey: String { state.savePath ?? workingDirectory + "/" }

    package var model: PlanModel { checked.model }

    /// `lesniowice (0 errors)> `, `lesniowice (0 błędów)> `; a `*` after the name marks unsaved changes.
    package var prompt: String {
        "\(planName)\(isDirty ? "*" : "") (\(SessionMessage.errorCount(checked.report.errors).text[language]))> "
    }

    /// The plan's name, else the file's name, else `coplan`.
    package var planName: String {
        if let plan = checked.model.plan { return plan.name }
        if let path = state.savePath, let last = path.split(separator: "/").last {
            return String(last.hasSuffix(".plan") ? last.dropLast(5) : last)
        }
        return "coplan"
    }

    /// The path `:save` writes to without an argument.
    package var savePath: String? { state.savePath }

    // MARK: changing state

    /// Records the current state for `:undo`, then marks a change.
    mutating func beginChange(_ description: Text) {
        undoStack.append((state, checked, description))
        if undoStack.count > Self.undoLimit { undoStack.removeFirst(undoStack.count - Self.undoLimit) }
        state.generation = nextGeneration()
        quitWarned = false
    }

    /// Generations are never reused, so an undone-then-redone change is not mistaken for the saved one.
    mutating func nextGeneration() -> Int {
        generations += 1
        return generations
    }

    /// Makes the current state the start of the session: nothing to undo, nothing unsaved
    /// (after loading the files named on the command line).
    package mutating func markBaseline() {
        undoStack.removeAll()
        savedGeneration = state.generation
        baseline = (state, checked)
    }

    /// The front end wrote the text of a `.write` action to `path`.
    package mutating func didSave(to path: String) {
        state.savePath = path
        savedGeneration = state.generation
        baseline = (state, checked)
        quitWarned = false
    }

    // MARK: checking

    /// The trees of the session, loaded files first (the first is the plan's root), then typed
    /// entries, then imported files not loaded themselves.
    var trees: [SyntaxTree] {
        let files = state.chunks.filter { if case .file = $0.origin { return true } else { return false } }
        let typed = state.chunks.filter { if case .input = $0.origin { return true } else { return false } }
        var result = (files + typed).map(\.tree)
        var seen = Set(result.map(\.file.path))
        for chunk in files {
            for tree in chunk.imports where seen.insert(tree.file.path).inserted { result.append(tree) }
        }
        return result
    }

    /// Resolves, validates and analyses the whole session. Parsing is never repeated: each
    /// chunk keeps its tree, so a change costs one resolve and one analysis of the model.
    package mutating func recheck() {
        fullChecks += 1
        checked = CheckedPlan(trees: trees, importDiagnostics: state.chunks.flatMap(\.importDiagnostics), policy: options.policy,
                              language: options.languageChoice)
    }

    /// After adding one typed tree: the incremental check when possible, else a full one.
    mutating func recheck(adding tree: SyntaxTree, replacing replaced: [String: CheckedPlan.DeclarationSite]) {
        if let next = checked.adding(tree, replacing: replaced, trees: trees) { checked = next } else { recheck() }
    }
}

/// The outcome of checking a session: model, findings and where each name is declared.
///
/// Typed declarations are the common change, and they only add names: unless one of them is
/// a name reported unknown before, the kept resolver lowers just the new declarations
/// (instead of the whole plan) before validation and analysis, which run side by side.
package struct CheckedPlan: Sendable {
    package var model: PlanModel { resolver.model }
    package var report = CheckReport(files: [], diagnostics: [])
    /// The baseline analysis, kept so that `:gaps --without` re-sweeps only what changes.
    package var analysis: Analyzer.Result?
    /// Each declared name's declaration and the tree it is in (first declaration wins): the
    /// index of the last full check, shared (never copied), plus what typed entries added since.
    var declarations: DeclarationIndex { DeclarationIndex(base: baseIndex, added: addedIndex) }
    private var baseIndex = SharedIndex()
    private var addedIndex: [String: DeclarationSite] = [:]
    var resolver = Resolver.resolving([])
    var trees: [SyntaxTree] = []
    var importDiagnostics: [Diagnostic] = []
    var policy = RepositoryPolicy()
    /// How the report's language is chosen (the session's `languageChoice`).
    var language = LanguageChoice()

    struct DeclarationSite: Sendable {
        var declaration: DeclarationSyntax
        var tree: SyntaxTree
    }

    init() {}

    init(trees: [SyntaxTree], importDiagnostics: [Diagnostic], policy: RepositoryPolicy, language: LanguageChoice = LanguageChoice()) {
        self.policy = policy
        self.language = language
        guard !trees.isEmpty else { return }
        self.trees = trees
        self.importDiagnostics = importDiagnostics
        // The index only reads the trees, so it is built on the other core while they resolve.
        let index = SharedIndex()
        (resolver, _) = Parallel.both({ Resolver.resolving(trees) }, { index.fill(from: trees) })
        baseIndex = index
        finish()
    }

    /// The plan with one more typed tree, or nil when that needs a full check (it declares a
    /// name reported unknown or already taken, or there is no plan to add to). `replaced` are
    /// earlier declarations the tree's declarations of the same name and kind replace: they
    /// take over their entity slots. `trees` are the session's trees after the change.
    func adding(_ tree: SyntaxTree, replacing replaced: [String: DeclarationSite] = [:], trees: [SyntaxTree]) -> CheckedPlan? {
        guard !self.trees.isEmpty else { return nil }
        var declarations: [(DeclarationSyntax, DeclarationSite?)] = []
        var names = Set<String>()
        for case .declaration(let declaration) in tree.items {
            let name = declaration.name.text
            // A name twice in one entry is a duplicate (E201): the full check reports it.
            guard names.insert(name).inserted else { return nil }
            if let old = replaced[name] {
                // Only the declaration the namespace knows can be replaced in place.
                guard let current = self.declarations[name], current.declaration.range == old.declaration.range,
                      current.tree.file === old.tree.file else { return nil }
                declarations.append((declaration, old))
                continue
            }
            if resolver.unknownNames.contains(name) || resolver.model.symbols[name] != nil || self.declarations[name] != nil {
                return nil
            }
            declarations.append((declaration, nil))
        }
        var next = self
        next.trees = trees
        next.resolver.enter(tree)
        // "Did you mean" lists are rebuilt on next use with the new names.
        next.resolver.namesByKind = [:]
        var pending: [(DeclarationSyntax, Symbol)] = []
        for (declaration, old) in declarations {
            if let old {
                let symbol = declaration.kind == .plan ? Symbol(kind: .plan, index: 0) : next.resolver.model.symbols[declaration.name.text]!
                next.resolver.redeclare(declaration, as: symbol, replacing: SourceSpan(file: old.tree.file, range: old.declaration.range))
                pending.append((declaration, symbol))
            } else if let symbol = next.resolver.declare(declaration) {
                pending.append((declaration, symbol))
            }
        }
        for (declaration, symbol) in pending { next.resolver.lower(declaration, symbol) }
        next.index(tree, replacing: Set(replaced.keys))
        next.finish()
        return next
    }

    mutating func index(_ tree: SyntaxTree, replacing replaced: Set<String> = []) {
        for case .declaration(let declaration) in tree.items
        where declarations[declaration.name.text] == nil || replaced.contains(declaration.name.text) {
            addedIndex[declaration.name.text] = DeclarationSite(declaration: declaration, tree: tree)
        }
    }

    /// Built once per full check and only read afterwards, so sessions share it freely.
    final class SharedIndex: @unchecked Sendable {
        var sites: [String: DeclarationSite] = [:]

        /// Every declaration of `trees`, the first of each name.
        func fill(from trees: [SyntaxTree]) {
            // Sized up front: grown by doubling, the index was a sixth of a `:drop` of 10,000 partners.
            sites.reserveCapacity(trees.reduce(0) { $0 + $1.items.count })
            for tree in trees {
                for case .declaration(let declaration) in tree.items where sites[declaration.name.text] == nil {
                    sites[declaration.name.text] = DeclarationSite(declaration: declaration, tree: tree)
                }
            }
        }
    }

    /// Name lookup over the shared index and the additions.
    struct DeclarationIndex {
        let base: SharedIndex
        let added: [String: DeclarationSite]

        subscript(name: String) -> DeclarationSite? { added[name] ?? base.sites[name] }

        var keys: [String] { Array(base.sites.keys) + Array(added.keys) }
    }

    /// Validation and analysis of the resolved model (in parallel: both only read it), then
    /// the ordered report.
    mutating func finish() {
        let model = resolver.model
        let (validation, baseline) = Parallel.both({ Validator.validate(model) }, { Analyzer.analyse(model) })
        var found = trees.flatMap(\.diagnostics) + importDiagnostics + resolver.diagnostics + validation
        // As in `coplan check`: no coverage for a plan with errors.
        let analysis = Checker.coverageCanBeEvaluated(given: found) ? baseline : nil
        self.analysis = analysis
        found += analysis?.diagnostics ?? []
        // Suppressions and the repository policy apply in the session as in `coplan check`.
        let plan = PlanCheck(root: trees[0].file.path, model: model, diagnostics: found, coverage: analysis?.summary)
        var options = Checker.Options(policy: policy)
        options.language = language
        report = Checker(options: options).report(findings: found, trees: trees, plans: [plan])
    }

    /// The gap findings of an analysis of this plan (a what-if, a single day) as `coplan check`
    /// would show them: the plan's suppressions and the repository policy applied, in order;
    /// `silenced` counts the ones they drop.
    func shownGaps(of result: Analyzer.Result) -> (gaps: [Diagnostic], silenced: Int) {
        let gaps = result.diagnostics.filter { $0.severity == .gap }
        let shown = Checker(options: Checker.Options(policy: policy)).shown(gaps, trees: trees)
        // Suppressions of other codes read as stale here (only gaps were given): not findings.
        return (shown.kept.filter { $0.code.severity == .gap }.sorted(by: Diagnostic.ordered), shown.silenced.count)
    }
}

extension Session {
    /// The reader's language: the choice applied to the plans the session holds.
    package var language: Language {
        options.languageChoice.resolve(models: [checked.model])
    }
}
