import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
/// Loads plan files and their imports through a `SourceProvider`, parsing each file once no
/// matter how many plans import it, and reporting bad imports (E203) where they are written.
package final class Workspace: ParsedFiles, @unchecked Sendable {
    package let provider: any SourceProvider
    /// Parsed files by canonical path.
    private(set) var trees: [String: SyntaxTree] = [:]
    /// Each file's imports, resolved to canonical paths (nil where not found).
    private var imports: [String: [ResolvedImport]] = [:]
    /// Files that could not be read, with the reason.
    private(set) var unreadable: [String: Text] = [:]

    /// Imports nested deeper than this are reported rather than followed.
    package static let maxImportDepth = 64

    package init(provider: any SourceProvider) {
        self.provider = provider
    }

    /// A root file and everything it imports, in depth-first order, root first.
    package struct Unit: Sendable {
        package var root: String
        /// Canonical paths of the files in `trees`, same order.
        package var paths: [String]
        package var trees: [SyntaxTree]
        /// E203 findings met while following imports.
        package var diagnostics: [Diagnostic]
    }

    /// Parses a file once; later calls return the cached tree.
    package func tree(_ canonicalPath: String) -> SyntaxTree? {
        if let tree = trees[canonicalPath] { return tree }
        guard unreadable[canonicalPath] == nil else { return nil }
        do {
            let bytes = try provider.read(canonicalPath)
            let tree = Parser.parse(SourceFile(path: provider.displayPath(canonicalPath), bytes: bytes))
            trees[canonicalPath] = tree
            return tree
        } catch {
            unreadable[canonicalPath] = ImportMessage.reason(error)
            return nil
        }
    }

    func resolvedImports(_ canonicalPath: String) -> [ResolvedImport] {
        if let known = imports[canonicalPath] { return known }
        guard let tree = tree(canonicalPath) else { return [] }
        let result = ImportGraph.resolve(tree, at: canonicalPath, provider: provider)
        imports[canonicalPath] = result
        return result
    }

    func unreadableReason(_ canonicalPath: String) -> Text? { unreadable[canonicalPath] }

    /// Loads a unit: the root and its transitive imports, checking each import for existence,
    /// repository-root containment (after symlinks) and cycles.
    package func load(root rootPath: String) -> Unit {
        ImportGraph.unit(root: rootPath, files: self)
    }
}
