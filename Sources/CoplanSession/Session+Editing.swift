import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
import CoplanFormat
import CoplanEmit
/// Entries and the commands that change the session: typed plan text, `:load`, `:drop`,
/// `:undo`, `:save`, `:quit`.
extension Session {
    /// Runs one entry from `InputBuffer`. `script` is the script's path when the entry comes
    /// from a file: typed text then reports its findings at the script's own lines.
    package mutating func run(_ entry: InputBuffer.Entry, script: String? = nil) -> SessionReply {
        switch entry {
        case .command(let line, _):
            let command: SessionCommand
            do {
                command = try CommandParser.parse(line)
            } catch {
                return .error(error.message[language] + (error.helpText.map { "\n\(CoreMessage.helpLabel.text[language]): " + $0[language] } ?? ""))
            }
            return execute(command)
        case .planText(let text, let firstLine):
            return submit(text, firstLine: firstLine, script: script)
        }
    }

    /// Runs a parsed command.
    package mutating func execute(_ command: SessionCommand) -> SessionReply {
        switch command {
        case .load(let path): return load(path)
        case .check: return check()
        case .gaps(let without, let at): return gaps(without: without, at: at)
        case .show(let name): return show(name)
        case .list(let kind, let filter): return list(kind, filter: filter)
        case .emit(let name, let format): return emit(name, format: format)
        case .drop(let name): return drop(name)
        case .undo: return undo()
        case .save(let path, let force): return save(path, force: force)
        case .help(let name): return help(name)
        case .explain(let code): return explain(code)
        case .quit(let force): return quit(force: force)
        case .discard: return discard()
        case .assert(let assertion): return evaluate(assertion)
        }
    }

    // MARK: typed plan text

    /// Checks typed declarations at once and adds them to the session. Text with syntax
    /// errors is refused (nothing is added); a declaration with the name and kind of an
    /// earlier typed or loaded one replaces it, which is how a what-if is tried.
    package mutating func submit(_ text: String, firstLine: Int = 1, script: String? = nil) -> SessionReply {
        typedEntries += 1
        let path = script ?? "<input \(typedEntries)>"
        // Scripts pad the text with line ends so that findings carry the script's line numbers.
        let padding = script == nil ? "" : String(repeating: "\n", count: max(0, firstLine - 1))
        let file = SourceFile(path: path, text: padding + text)
        let tree = Parser.parse(file)
        let renderer = DiagnosticRenderer(colored: options.colored)
        if !tree.diagnostics.isEmpty {
            return .rejected(renderer.render(tree.diagnostics.sorted(by: Diagnostic.ordered)) + "\nnothing added: fix the syntax and type it again")
        }
        if let statement = tree.items.lazy.compactMap({ item -> ImportSyntax? in
            if case .importStatement(let statement) = item { return statement } else { return nil }
        }).first {
            let diagnostic = Diagnostic(.E203, "`import` cannot be typed at the prompt", at: SourceSpan(file: file, range: statement.range),
                                        help: "load the file with `:load FILE` instead")
            return .rejected(renderer.render(diagnostic) + "\nnothing added")
        }
        let declarations = tree.items.compactMap { item -> DeclarationSyntax? in
            if case .declaration(let declaration) = item { return declaration } else { return nil }
        }
        guard !declarations.isEmpty else { return SessionReply("") }
        let names = declarations.map { "\($0.kind.english) `\($0.name.text)`" }.joined(separator: ", ")
        beginChange("added \(names)")
        var lines: [String] = []
        var replaced: [String: CheckedPlan.DeclarationSite] = [:]
        for declaration in declarations {
            let earlier = checked.declarations[declaration.name.text]
            if replaceEarlier(declaration) {
                // Replaced in place when it is the declaration the check knows; else a full check.
                replaced[declaration.name.text] = earlier ?? CheckedPlan.DeclarationSite(declaration: declaration, tree: tree)
                lines.append("replaced \(declaration.kind.english) `\(declaration.name.text)`")
            } else {
                lines.append("added \(declaration.kind.english) `\(declaration.name.text)`")
            }
        }
        undoStack[undoStack.count - 1].description = lines.joined(separator: ", ")
        state.chunks.append(Chunk(origin: .input(typedEntries), tree: tree))
        recheck(adding: tree, replacing: replaced)
        // Findings in the typed text, with code frames against it; the rest shows in `:check`.
        let own = checked.report.diagnostics.filter { $0.span?.file === file && $0.severity != .gap }
        var text = own.isEmpty ? "" : renderer.render(own) + "\n"
        text += lines.joined(separator: "\n")
        // Accepted even with errors (a name may be declared next); `:assert no errors` catches them.
        return SessionReply(text)
    }

    /// Removes an earlier declaration of the same name and kind from a loaded file or typed
    /// entry (not from an imported file, which the session does not own).
    mutating func replaceEarlier(_ declaration: DeclarationSyntax) -> Bool {
        for (index, chunk) in state.chunks.enumerated() {
            for case .declaration(let earlier) in chunk.tree.items
            where earlier.name.text == declaration.name.text && earlier.kind == declaration.kind {
                removeDeclaration(earlier, fromChunk: index)
                return true
            }
        }
        return false
    }

    /// Takes a declaration (and the comments inside it) out of a chunk; a typed entry left
    /// empty disappears.
    mutating func removeDeclaration(_ declaration: DeclarationSyntax, fromChunk index: Int) {
        var tree = state.chunks[index].tree
        let range = declaration.range
        tree.items.removeAll { $0.range == range }
        let file = tree.file
        let lastLine = file.lineIndex(containing: max(range.start, range.end - 1))
        tree.comments.removeAll { comment in
            (comment.start >= range.start && comment.start < range.end)
                || (comment.start >= range.end && file.lineIndex(containing: comment.start) == lastLine)
        }
        if tree.items.isEmpty, case .input = state.chunks[index].origin {
            state.chunks.remove(at: index)
        } else {
            state.chunks[index].tree = tree
        }
    }

    // MARK: :load

    /// Adds a plan file and its imports. The first file loaded is where `:save` writes.
    package mutating func load(_ path: String) -> SessionReply {
        let joined = PathMath.join(workingDirectory, path)
        guard let canonical = provider.canonicalPath(joined) else {
            return .error("cannot load `\(path)`: no such file")
        }
        if state.chunks.contains(where: { $0.origin == .file(canonical) }) {
            return .error("`\(provider.displayPath(canonical))` is already loaded")
        }
        let workspace = Workspace(provider: provider)
        let unit = workspace.load(root: canonical)
        guard let root = unit.trees.first else {
            return .error("cannot read `\(path)`")
        }
        let wasEmpty = state.chunks.isEmpty
        beginChange("loaded \(root.file.path)")
        state.chunks.append(Chunk(origin: .file(canonical), tree: root, imports: Array(unit.trees.dropFirst()),
                                  importPaths: Array(unit.paths.dropFirst()), importDiagnostics: unit.diagnostics))
        if wasEmpty {
            state.savePath = canonical
            savedGeneration = state.generation
        }
        recheck()
        let declarations = root.items.count { if case .declaration = $0 { return true } else { return false } }
        var text = "loaded \(root.file.path): \(declarations) declaration\(declarations == 1 ? "" : "s")"
        if unit.trees.count > 1 { text += " and \(unit.trees.count - 1) imported file\(unit.trees.count == 2 ? "" : "s")" }
        text += "\n" + HumanReport.summaryLine(checked.report)
        if !root.diagnostics.isEmpty {
            text += "\nnote: the file has syntax errors (`:check` shows them); `:save` refuses to rewrite it until they are fixed"
        }
        return SessionReply(text)
    }

    // MARK: :drop, :undo

    package mutating func drop(_ name: String) -> SessionReply {
        guard let site = checked.declarations[name] else {
            return .error("no declaration named `\(name)`" + didYouMean(name, among: Array(checked.declarations.keys)))
        }
        guard let index = state.chunks.firstIndex(where: { $0.tree.file === site.tree.file }) else {
            return .error("`\(name)` is declared in the imported file \(site.tree.file.path); change it there")
        }
        let users = References(model: checked.model).users(of: name)
        beginChange("dropped \(site.declaration.kind.english) `\(name)`")
        removeDeclaration(site.declaration, fromChunk: index)
        recheck()
        var text = "dropped \(site.declaration.kind.english) `\(name)`"
        if !users.isEmpty {
            text += "\nwarning: still referred to by " + users.map { "\($0.kind.english) `\($0.name)`" }.joined(separator: ", ")
        }
        return SessionReply(text)
    }

    package mutating func undo() -> SessionReply {
        guard let last = undoStack.popLast() else { return .error("nothing to undo") }
        state = last.state
        checked = last.checked
        quitWarned = false
        return SessionReply("undid: \(last.description)")
    }

    // MARK: :save, :quit

    /// The session as one formatted plan: loaded files' declarations and typed ones, in order.
    package func planText() throws(PlanFormatter.SyntaxErrors) -> String {
        let formatter = PlanFormatter()
        var parts: [String] = []
        let ordered = state.chunks.filter { if case .file = $0.origin { return true } else { return false } }
            + state.chunks.filter { if case .input = $0.origin { return true } else { return false } }
        for chunk in ordered {
            parts.append(try formatter.format(chunk.tree))
        }
        if parts.count == 1 { return parts[0] }
        let joined = parts.filter { !$0.isEmpty }.joined(separator: "\n")
        return try formatter.format(text: joined, path: state.savePath ?? "<session>")
    }

    package mutating func save(_ path: String?, force: Bool = false) -> SessionReply {
        guard let target = path.map({ PathMath.join(workingDirectory, $0) }) ?? state.savePath else {
            return .error("nothing was loaded, so there is no file to save to; give one: `:save FILE`")
        }
        guard !state.chunks.isEmpty else { return .error("the session is empty; nothing to save") }
        let text: String
        do {
            text = try planText()
        } catch {
            let files = Set(error.diagnostics.compactMap { $0.span?.file.path }).sorted().joined(separator: ", ")
            return .error("cannot save: \(files) has syntax errors (see `:check`)")
        }
        let errors = checked.report.errors
        if errors > 0, !force {
            return .error("the plan has \(errors) error\(errors == 1 ? "" : "s") (see `:check`); a file with errors cannot be emitted or checked clean, so `:save!` is needed to write it anyway")
        }
        return SessionReply("saved \(provider.displayPath(target))", action: .write(path: target, text: text))
    }

    /// Leaves the session, but the first time with unsaved changes only warns.
    package mutating func quit(force: Bool = false) -> SessionReply {
        if !force, isDirty, options.confirmsDiscard, !quitWarned {
            quitWarned = true
            return SessionReply("there are unsaved changes; `:save` keeps them, `:quit` (or Ctrl-D) again or `:quit!` discards them",
                                kind: .warning)
        }
        return SessionReply("", action: .quit)
    }

    func didYouMean(_ name: String, among names: [String]) -> String {
        Suggestion.closest(to: name, preferred: names).map { "\nhelp: did you mean `\($0)`?" } ?? ""
    }
}

extension Session {
    /// `:discard`: back to the plan as it was loaded or last saved. Undoable, like every change.
    package mutating func discard() -> SessionReply {
        guard isDirty, let baseline else { return SessionReply("nothing to discard: there are no unsaved changes") }
        beginChange("discard")
        state = baseline.state
        checked = baseline.checked
        quitWarned = false
        return SessionReply("discarded the unsaved changes; the plan is as loaded or last saved (`:undo` brings them back)")
    }
}
