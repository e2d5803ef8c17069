import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
import CoplanFormat
import CoplanEmit
import Dispatch
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
                return .error(error.message[language] + (error.helpText.map(helpLine) ?? ""))
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
        if !tree.diagnostics.isEmpty {
            return .rejected(renderer.render(tree.diagnostics.sorted(by: Diagnostic.ordered)) + "\n" + say(.nothingAddedFixSyntax))
        }
        if let statement = tree.items.lazy.compactMap({ item -> ImportSyntax? in
            if case .importStatement(let statement) = item { return statement } else { return nil }
        }).first {
            let diagnostic = Diagnostic(.E203, SessionMessage.importTyped.text, at: SourceSpan(file: file, range: statement.range),
                                        help: SessionMessage.importTypedHelp.text)
            return .rejected(renderer.render(diagnostic) + "\n" + say(.nothingAdded))
        }
        let declarations = tree.items.compactMap { item -> DeclarationSyntax? in
            if case .declaration(let declaration) = item { return declaration } else { return nil }
        }
        guard !declarations.isEmpty else { return SessionReply("") }
        beginChange(declarations.map { SessionMessage.added(kind: $0.kind, name: $0.name.text).text }.joined(separator: ", "))
        var lines: [Text] = []
        var replaced: [String: CheckedPlan.DeclarationSite] = [:]
        for declaration in declarations {
            let earlier = checked.declarations[declaration.name.text]
            if replaceEarlier(declaration) {
                // Replaced in place when it is the declaration the check knows; else a full check.
                replaced[declaration.name.text] = earlier ?? CheckedPlan.DeclarationSite(declaration: declaration, tree: tree)
                lines.append(SessionMessage.replaced(kind: declaration.kind, name: declaration.name.text).text)
            } else {
                lines.append(SessionMessage.added(kind: declaration.kind, name: declaration.name.text).text)
            }
        }
        undoStack[undoStack.count - 1].description = lines.joined(separator: ", ")
        state.chunks.append(Chunk(origin: .input(typedEntries), tree: tree))
        recheck(adding: tree, replacing: replaced)
        // Findings in the typed text, with code frames against it; the rest shows in `:check`.
        let own = checked.report.diagnostics.filter { $0.span?.file === file && $0.severity != .gap }
        var text = own.isEmpty ? "" : renderer.render(own) + "\n"
        text += lines.joined(separator: "\n")[language]
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
            return .error(say(.cannotLoadNoSuchFile(path: path)))
        }
        if state.chunks.contains(where: { $0.origin == .file(canonical) }) {
            return .error(say(.alreadyLoaded(path: provider.displayPath(canonical))))
        }
        let workspace = Workspace(provider: provider)
        let unit = workspace.load(root: canonical)
        guard let root = unit.trees.first else {
            return .error(say(.cannotRead(path: path)))
        }
        let wasEmpty = state.chunks.isEmpty
        beginChange(SessionMessage.loadedChange(path: root.file.path).text)
        state.chunks.append(Chunk(origin: .file(canonical), tree: root, imports: Array(unit.trees.dropFirst()),
                                  importPaths: Array(unit.paths.dropFirst()), importDiagnostics: unit.diagnostics))
        if wasEmpty {
            state.savePath = canonical
            savedGeneration = state.generation
        }
        recheck()
        let declarations = root.items.count { if case .declaration = $0 { return true } else { return false } }
        var text = say(.loaded(path: root.file.path, declarations: declarations, imports: unit.trees.count - 1))
        text += "\n" + HumanReport.summaryLine(checked.report)
        if !root.diagnostics.isEmpty {
            text += "\n\(CoreMessage.noteLabel.text[language]): " + say(.loadedWithSyntaxErrors)
        }
        return SessionReply(text)
    }

    // MARK: :drop, :undo

    package mutating func drop(_ name: String) -> SessionReply {
        guard let site = checked.declarations[name] else {
            return .error(say(.noDeclaration(name: name)) + didYouMean(name, among: Array(checked.declarations.keys)))
        }
        guard let index = state.chunks.firstIndex(where: { $0.tree.file === site.tree.file }) else {
            return .error(say(.declaredInImport(name: name, path: site.tree.file.path)))
        }
        // Who still names it is read from the model before the drop, on the other core while
        // the plan is checked again (it was an eighth of a `:drop` of 10,000 partners).
        final class Users: @unchecked Sendable { var users: [References.User] = [] }
        let found = Users()
        let references = References(model: checked.model)
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) { found.users = references.users(of: name) }
        let dropped = SessionMessage.dropped(kind: site.declaration.kind, name: name).text
        beginChange(dropped)
        removeDeclaration(site.declaration, fromChunk: index)
        recheck()
        reading.wait()
        let users = found.users
        var text = dropped[language]
        if !users.isEmpty {
            text += "\n\(CoreMessage.severity(.warning).text[language]): "
                + say(.stillReferredToBy(kind: site.declaration.kind, users: users.map { .init(kind: $0.kind, name: $0.name) }))
        }
        return SessionReply(text)
    }

    package mutating func undo() -> SessionReply {
        guard let last = undoStack.popLast() else { return .error(say(.nothingToUndo)) }
        state = last.state
        checked = last.checked
        quitWarned = false
        return SessionReply(say(.undid(what: last.description)))
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
            return .error(say(.noSaveTarget))
        }
        guard !state.chunks.isEmpty else { return .error(say(.nothingToSave)) }
        let text: String
        do {
            text = try planText()
        } catch {
            let files = Set(error.diagnostics.compactMap { $0.span?.file.path }).sorted().joined(separator: ", ")
            return .error(say(.cannotSaveSyntax(files: files)))
        }
        let errors = checked.report.errors
        if errors > 0, !force {
            return .error(say(.saveNeedsForce(errors: errors)))
        }
        return SessionReply(say(.saved(path: provider.displayPath(target))), action: .write(path: target, text: text))
    }

    /// Leaves the session, but the first time with unsaved changes only warns.
    package mutating func quit(force: Bool = false) -> SessionReply {
        if !force, isDirty, options.confirmsDiscard, !quitWarned {
            quitWarned = true
            return SessionReply(say(.unsavedChanges), kind: .warning)
        }
        return SessionReply("", action: .quit)
    }

    func didYouMean(_ name: String, among names: [String]) -> String {
        Suggestion.closest(to: name, preferred: names).map { helpLine(CoreMessage.didYouMean($0).text) } ?? ""
    }

    /// A sentence of the catalog in the reader's language.
    func say(_ message: SessionMessage) -> String { message.text[language] }

    /// `\nhelp: …` / `\nwskazówka: …` under a reply.
    func helpLine(_ help: Text) -> String { "\n\(CoreMessage.helpLabel.text[language]): " + help[language] }
}

extension Session {
    /// `:discard`: back to the plan as it was loaded or last saved. Undoable, like every change.
    package mutating func discard() -> SessionReply {
        guard isDirty, let baseline else { return SessionReply(say(.nothingToDiscard)) }
        beginChange(SessionMessage.discardChange.text)
        state = baseline.state
        checked = baseline.checked
        quitWarned = false
        return SessionReply(say(.discarded))
    }
}
