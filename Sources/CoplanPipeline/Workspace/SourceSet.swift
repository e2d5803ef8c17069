import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
/// Every file a check needs, each parsed exactly once (however many plans import it) with its
/// imports resolved, then frozen. Being immutable it can be shared by all cores while units
/// are put together and checked; `Workspace` stays the lazy, single-threaded choice.
package struct SourceSet: ParsedFiles, Sendable {
    package let provider: any SourceProvider
    /// Parsed files by canonical path.
    package private(set) var trees: [String: SyntaxTree] = [:]
    private var imports: [String: [ResolvedImport]] = [:]
    /// Files that could not be read, with the reason.
    package private(set) var unreadable: [String: Text] = [:]

    /// Parses `paths` and, wave by wave, the files they import (never following an import out
    /// of the importing file's repository root), on up to `cores` threads.
    package static func load(_ paths: [String], provider: any SourceProvider, cores: Int) -> SourceSet {
        var set = SourceSet(provider: provider)
        var wave = Array(Set(paths)).sorted()
        while !wave.isEmpty {
            let parsed = Parallel.map(wave, cores: cores) { path in Parsed(path, provider: provider) }
            var next = Set<String>()
            for (path, result) in zip(wave, parsed) {
                switch result.outcome {
                case .tree(let tree, let imports):
                    set.trees[path] = tree
                    set.imports[path] = imports
                    next.formUnion(result.followed)
                case .unreadable(let reason):
                    set.unreadable[path] = reason
                }
            }
            wave = next.filter { set.trees[$0] == nil && set.unreadable[$0] == nil }.sorted()
        }
        return set
    }

    init(provider: any SourceProvider) {
        self.provider = provider
    }

    package func tree(_ canonicalPath: String) -> SyntaxTree? { trees[canonicalPath] }

    func resolvedImports(_ canonicalPath: String) -> [ResolvedImport] { imports[canonicalPath] ?? [] }

    func unreadableReason(_ canonicalPath: String) -> Text? { unreadable[canonicalPath] }

    /// Canonical paths a file imports (missing ones left out).
    package func importTargets(of canonicalPath: String) -> [String] {
        resolvedImports(canonicalPath).compactMap(\.target)
    }

    /// The unit headed by `root`: it and everything it imports, with E203 findings.
    package func unit(root: String) -> Workspace.Unit {
        ImportGraph.unit(root: root, files: self)
    }

    /// One file read and parsed on a worker thread.
    private struct Parsed: Sendable {
        enum Outcome: Sendable {
            case tree(SyntaxTree, [ResolvedImport])
            case unreadable(Text)
        }

        var outcome: Outcome
        /// Imported files inside the repository root: the next wave.
        var followed: [String] = []

        init(_ path: String, provider: any SourceProvider) {
            do {
                let bytes = try provider.read(path)
                let tree = Parser.parse(SourceFile(path: provider.displayPath(path), bytes: bytes))
                let imports = ImportGraph.resolve(tree, at: path, provider: provider)
                outcome = .tree(tree, imports)
                let targets = imports.compactMap(\.target)
                if !targets.isEmpty {
                    let root = provider.repositoryRoot(containing: path)
                    followed = targets.filter { PathMath.isInside($0, root: root) }
                }
            } catch {
                outcome = .unreadable(ImportMessage.reason(error))
            }
        }
    }
}
