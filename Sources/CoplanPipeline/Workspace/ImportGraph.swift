import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
/// An `import` statement with the canonical file it names (nil when no such file exists).
package struct ResolvedImport: Sendable {
    package var statement: ImportSyntax
    package var target: String?
}

/// What putting a unit together needs from parsed files. The lazy, single-threaded `Workspace`
/// and the frozen, shareable `SourceSet` both provide it, so both follow imports by one set of rules.
protocol ParsedFiles {
    var provider: any SourceProvider { get }
    func tree(_ canonicalPath: String) -> SyntaxTree?
    func resolvedImports(_ canonicalPath: String) -> [ResolvedImport]
    /// Why a file could not be read, if it could not.
    func unreadableReason(_ canonicalPath: String) -> Text?
}

/// Following imports: resolving the paths a file names, and walking from a root file to the
/// unit it heads, reporting bad imports (E203) where they are written.
enum ImportGraph {
    /// Import paths are relative to the importing file's folder.
    static func resolve(_ tree: SyntaxTree, at canonicalPath: String, provider: any SourceProvider) -> [ResolvedImport] {
        var result: [ResolvedImport] = []
        for case .importStatement(let statement) in tree.items {
            guard let path = statement.path?.text else {
                result.append(ResolvedImport(statement: statement, target: nil))
                continue
            }
            let joined = PathMath.join(PathMath.directory(of: canonicalPath), path)
            result.append(ResolvedImport(statement: statement, target: provider.canonicalPath(joined)))
        }
        return result
    }

    /// The root and its transitive imports in depth-first order, root first, checking each
    /// import for existence, repository-root containment (after symlinks) and cycles.
    static func unit(root rootPath: String, files: some ParsedFiles) -> Workspace.Unit {
        let provider = files.provider
        let repositoryRoot = provider.repositoryRoot(containing: rootPath)
        var visited: Set<String> = []
        var diagnostics: [Diagnostic] = []
        var stack: [String] = []
        var trees: [SyntaxTree] = []
        var loaded: [String] = []

        func visit(_ path: String) {
            visited.insert(path)
            stack.append(path)
            defer { stack.removeLast() }
            guard let source = files.tree(path) else {
                // An unreadable import is reported at its `import`; an unreadable root here, at
                // the top of the file, so that it can never pass a check silently.
                if path == rootPath {
                    let file = SourceFile(path: provider.displayPath(path), bytes: [])
                    diagnostics.append(Diagnostic(.E100, ImportMessage.cannotReadFile(reason: files.unreadableReason(path) ?? ImportMessage.unknownError.text).text,
                                                  at: SourceSpan(file: file, range: .empty)))
                }
                return
            }
            trees.append(source)
            loaded.append(path)
            for resolved in files.resolvedImports(path) {
                guard let literal = resolved.statement.path else { continue }
                let span = SourceSpan(file: source.file, range: literal.range)
                guard let target = resolved.target else {
                    diagnostics.append(Diagnostic(.E203, ImportMessage.notFound(path: literal.text).text, at: span,
                                                  help: ImportMessage.notFoundHelp.text))
                    continue
                }
                if !PathMath.isInside(target, root: repositoryRoot) {
                    diagnostics.append(Diagnostic(.E203, ImportMessage.leavesRoot(path: literal.text).text, at: span,
                                                  help: ImportMessage.leavesRootHelp.text))
                    continue
                }
                if let position = stack.firstIndex(of: target) {
                    let chain = (stack[position...] + [target]).map { provider.displayPath($0) }
                    diagnostics.append(Diagnostic(.E203, ImportMessage.cycle(chain: chain).text, at: span, help: ImportMessage.cycleHelp.text))
                    continue
                }
                if stack.count >= Workspace.maxImportDepth {
                    diagnostics.append(Diagnostic(.E203, ImportMessage.tooDeep(limit: Workspace.maxImportDepth).text, at: span))
                    continue
                }
                if visited.contains(target) { continue }
                if files.tree(target) == nil {
                    let reason = files.unreadableReason(target) ?? ImportMessage.unknownError.text
                    diagnostics.append(Diagnostic(.E203, ImportMessage.cannotRead(path: literal.text, reason: reason).text, at: span))
                    continue
                }
                visit(target)
            }
        }
        visit(rootPath)
        return Workspace.Unit(root: rootPath, paths: loaded, trees: trees, diagnostics: diagnostics)
    }
}
