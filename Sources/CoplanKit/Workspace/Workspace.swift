/// Loads plan files and their imports through a `SourceProvider`, parsing each file once no
/// matter how many plans import it, and reporting bad imports (E203) where they are written.
public final class Workspace: @unchecked Sendable {
    public let provider: any SourceProvider
    /// Parsed files by canonical path.
    private(set) var trees: [String: SyntaxTree] = [:]
    /// Each file's imports, resolved to canonical paths (nil where not found).
    private var imports: [String: [(statement: ImportSyntax, target: String?)]] = [:]
    /// Files that could not be read, with the reason.
    private(set) var unreadable: [String: String] = [:]

    /// Imports nested deeper than this are reported rather than followed.
    public static let maxImportDepth = 64

    public init(provider: any SourceProvider) {
        self.provider = provider
    }

    /// A root file and everything it imports, in depth-first order, root first.
    public struct Unit: Sendable {
        public var root: String
        /// Canonical paths of the files in `trees`, same order.
        public var paths: [String]
        public var trees: [SyntaxTree]
        /// E203 findings met while following imports.
        public var diagnostics: [Diagnostic]
    }

    /// Parses a file once; later calls return the cached tree.
    public func tree(_ canonicalPath: String) -> SyntaxTree? {
        if let tree = trees[canonicalPath] { return tree }
        guard unreadable[canonicalPath] == nil else { return nil }
        do {
            let bytes = try provider.read(canonicalPath)
            let tree = Parser.parse(SourceFile(path: provider.displayPath(canonicalPath), bytes: bytes))
            trees[canonicalPath] = tree
            return tree
        } catch {
            unreadable[canonicalPath] = "\(error)"
            return nil
        }
    }

    /// Canonical paths this file imports (after resolution; missing ones left out).
    public func importTargets(of canonicalPath: String, root: String) -> [String] {
        resolvedImports(canonicalPath, root: root).compactMap(\.target)
    }

    private func resolvedImports(_ canonicalPath: String, root: String) -> [(statement: ImportSyntax, target: String?)] {
        if let known = imports[canonicalPath] { return known }
        guard let tree = tree(canonicalPath) else { return [] }
        var result: [(ImportSyntax, String?)] = []
        for case .importStatement(let statement) in tree.items {
            guard let path = statement.path?.text else { result.append((statement, nil)); continue }
            let joined = PathMath.join(PathMath.directory(of: canonicalPath), path)
            result.append((statement, provider.canonicalPath(joined)))
        }
        imports[canonicalPath] = result
        return result
    }

    /// Loads a unit: the root and its transitive imports, checking each import for existence,
    /// repository-root containment (after symlinks) and cycles.
    public func load(root rootPath: String) -> Unit {
        let repositoryRoot = provider.repositoryRoot(containing: rootPath)
        var order: [String] = []
        var visited: Set<String> = []
        var diagnostics: [Diagnostic] = []
        var stack: [String] = []

        func visit(_ path: String) {
            visited.insert(path)
            order.append(path)
            stack.append(path)
            defer { stack.removeLast() }
            guard let source = tree(path) else { return }
            for (statement, target) in resolvedImports(path, root: repositoryRoot) {
                guard let literal = statement.path else { continue }
                let span = SourceSpan(file: source.file, range: literal.range)
                guard let target else {
                    diagnostics.append(Diagnostic(.E203, "import `\(literal.text)` not found", at: span,
                                                  help: "paths are relative to the importing file's folder"))
                    continue
                }
                if !PathMath.isInside(target, root: repositoryRoot) {
                    diagnostics.append(Diagnostic(.E203, "import `\(literal.text)` leaves the repository root", at: span,
                                                  help: "imports must stay inside the folder holding `coplan.toml` or `.git`"))
                    continue
                }
                if let position = stack.firstIndex(of: target) {
                    let chain = (stack[position...] + [target]).map { provider.displayPath($0) }.joined(separator: " → ")
                    diagnostics.append(Diagnostic(.E203, "import cycle: \(chain)", at: span,
                                                  help: "move the shared declarations into a file that imports neither"))
                    continue
                }
                if stack.count >= Self.maxImportDepth {
                    diagnostics.append(Diagnostic(.E203, "imports nest deeper than \(Self.maxImportDepth) files", at: span))
                    continue
                }
                if visited.contains(target) { continue }
                if tree(target) == nil {
                    diagnostics.append(Diagnostic(.E203, "import `\(literal.text)` cannot be read: \(unreadable[target] ?? "unknown error")", at: span))
                    continue
                }
                visit(target)
            }
        }
        visit(rootPath)
        let loaded = order.filter { trees[$0] != nil }
        return Unit(root: rootPath, paths: loaded, trees: loaded.map { trees[$0]! }, diagnostics: diagnostics)
    }
}
