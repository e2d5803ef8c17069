import CoplanKit
import Foundation

/// One git revision as a `SourceProvider`: the tree is listed once with `git ls-tree`, files
/// are read with `git show REV:PATH`. Paths are the work tree's (`TOPLEVEL/…`), so imports and
/// the repository-root rule behave as they would on a checkout of the revision.
final class GitSourceProvider: SourceProvider, @unchecked Sendable {
    let toplevel: String
    let commit: String
    /// Regular files of the revision (relative to the top level); symlinks and submodules are left out.
    let files: Set<String>
    private let lock = NSLock()
    private var cache: [String: [UInt8]] = [:]

    init(toplevel: String, commit: String) throws {
        self.toplevel = toplevel
        self.commit = commit
        let listing = try Git.run(["ls-tree", "-r", "-z", "--full-tree", commit], in: toplevel)
        var files = Set<String>()
        for entry in listing.split(separator: 0) {
            // `MODE TYPE OBJECT\tPATH`
            guard let tab = entry.firstIndex(of: 0x09) else { continue }
            let meta = String(decoding: entry[..<tab], as: UTF8.self).split(separator: " ")
            guard meta.count == 3, meta[1] == "blob", meta[0] == "100644" || meta[0] == "100755" else { continue }
            files.insert(String(decoding: entry[(tab + 1)...], as: UTF8.self))
        }
        self.files = files
    }

    func relative(_ path: String) -> String? {
        let normal = PathMath.join("/", path)
        guard PathMath.isInside(normal, root: toplevel), normal != toplevel else { return nil }
        return PathMath.relative(normal, to: toplevel)
    }

    func canonicalPath(_ path: String) -> String? {
        guard let relative = relative(path), files.contains(relative) else { return nil }
        return toplevel + "/" + relative
    }

    func read(_ canonicalPath: String) throws -> [UInt8] {
        guard let relative = relative(canonicalPath), files.contains(relative) else {
            throw CLIError.io(.notInRevision(path: canonicalPath, commit: String(commit.prefix(12))))
        }
        lock.lock()
        if let bytes = cache[relative] { lock.unlock(); return bytes }
        lock.unlock()
        let bytes = try Git.run(["show", "\(commit):\(relative)"], in: toplevel)
        guard bytes.count <= Limits.maxFileBytes else { throw FileTooLargeError(size: bytes.count) }
        lock.lock()
        cache[relative] = bytes
        lock.unlock()
        return bytes
    }

    /// The nearest folder of the revision holding `coplan.toml`, else the top level (where `.git` is).
    func repositoryRoot(containing canonicalPath: String) -> String {
        var folder = PathMath.directory(of: canonicalPath)
        while PathMath.isInside(folder, root: toplevel), folder != toplevel {
            if let relative = relative(folder), files.contains(relative + "/" + RepositoryConfig.fileName) { return folder }
            folder = PathMath.directory(of: folder)
        }
        return toplevel
    }

    func displayPath(_ canonicalPath: String) -> String { PathMath.relative(canonicalPath, to: toplevel) }

    /// `.plan` files of the revision at or under `relative` (a file or folder path from the
    /// top level; empty for all), skipping hidden folders as a folder scan does.
    func plans(under relative: String) -> [String] {
        let prefix = relative.isEmpty || relative == "." ? "" : relative + "/"
        return files.filter { path in
            guard path == relative || path.hasPrefix(prefix) else { return false }
            guard path.hasSuffix(".plan") else { return false }
            return !path.dropFirst(prefix.count).split(separator: "/").dropLast().contains { $0.hasPrefix(".") }
        }.sorted().map { toplevel + "/" + $0 }
    }
}

/// `git` as a subprocess. Errors end the command with exit code 2.
enum Git {
    /// Runs git in `folder` and returns its standard output; a non-zero exit is an error
    /// carrying git's own message.
    static func run(_ arguments: [String], in folder: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw CLIError.io(.cannotRunGit(reason: error.localizedDescription)) }
        // Read stderr on another thread so a chatty git cannot block on a full pipe.
        let errorText = ErrorBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorText.set(errors.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorText.get(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            let command = arguments.first ?? ""
            // git's own words are quoted as git says them.
            throw CLIError.io(message.isEmpty ? .gitExitStatus(command: command, status: process.terminationStatus)
                                              : .gitFailed(command: command, reason: message))
        }
        return [UInt8](data)
    }

    final class ErrorBox: @unchecked Sendable {
        private let lock = NSLock()
        private var stored = Data()
        func set(_ data: Data) { lock.lock(); stored = data; lock.unlock() }
        func get() -> Data { lock.lock(); defer { lock.unlock() }; return stored }
    }

    /// The top level of the work tree `folder` is in; exit 2 outside a repository.
    static func toplevel(of folder: String) throws -> String {
        guard let bytes = try? run(["rev-parse", "--show-toplevel"], in: folder) else {
            throw CLIError.io(.notInsideGit(folder: folder))
        }
        let path = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return FileSystemProvider.realpath(path) ?? path
    }

    /// The commit a revision names; exit 2 for an unknown one.
    static func commit(_ revision: String, in toplevel: String) throws -> String {
        guard !revision.isEmpty, !revision.hasPrefix("-"),
              let bytes = try? run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], in: toplevel) else {
            throw CLIError.usage(.unknownRevision(text: revision))
        }
        return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
