import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
/// How the library reaches files without doing I/O itself: front ends (CLI, REPL, LSP, tests)
/// implement this over the file system or over memory.
package protocol SourceProvider: Sendable {
    /// The canonical absolute path of an existing regular file (symlinks resolved), or nil.
    func canonicalPath(_ path: String) -> String?
    /// The bytes of a file given by canonical path.
    func read(_ canonicalPath: String) throws -> [UInt8]
    /// The repository root for a file: the nearest folder holding `coplan.toml` or `.git`,
    /// else the file's own folder (docs/LANGUAGE.md §3).
    func repositoryRoot(containing canonicalPath: String) -> String
    /// How a path is shown in diagnostics (relative to the working folder where possible).
    func displayPath(_ canonicalPath: String) -> String
}

/// Path arithmetic on `/`-separated strings, shared by imports and templates.
package enum PathMath {
    /// The folder part of a path.
    package static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Joins a relative path to a folder and removes `.` and `..` segments lexically.
    package static func join(_ base: String, _ relative: String) -> String {
        let combined = relative.hasPrefix("/") ? relative : base + "/" + relative
        var parts: [Substring] = []
        for part in combined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return (combined.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }

    /// Whether `path` lies inside `root` (or is it).
    package static func isInside(_ path: String, root: String) -> Bool {
        let base = root.hasSuffix("/") ? root : root + "/"
        return path == root || path.hasPrefix(base)
    }

    /// `path` relative to `root` when inside it, else `path` unchanged.
    package static func relative(_ path: String, to root: String) -> String {
        let base = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}

/// An in-memory provider for tests, the REPL and fuzzing: paths are keys, no symlinks.
package struct MemorySourceProvider: SourceProvider {
    package var files: [String: [UInt8]]
    package var root: String

    package init(files: [String: String], root: String = "/repo") {
        self.files = files.mapValues { Array($0.utf8) }
        self.root = root
    }

    package func canonicalPath(_ path: String) -> String? {
        let normal = PathMath.join("/", path)
        return files[normal] != nil ? normal : nil
    }

    package func read(_ canonicalPath: String) throws -> [UInt8] {
        guard let bytes = files[canonicalPath] else { throw MemoryProviderError.notFound(canonicalPath) }
        return bytes
    }

    package func repositoryRoot(containing canonicalPath: String) -> String { root }

    package func displayPath(_ canonicalPath: String) -> String { PathMath.relative(canonicalPath, to: root) }

    package enum MemoryProviderError: Error { case notFound(String) }
}
