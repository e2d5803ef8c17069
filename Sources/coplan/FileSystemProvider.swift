import CoplanKit
import Foundation

/// The real file system behind `SourceProvider`: symlinks resolved with `realpath`, so that
/// containment checks see where a file really is.
struct FileSystemProvider: SourceProvider {
    /// Paths are shown relative to this folder when inside it.
    let workingDirectory: String

    init(workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.workingDirectory = FileSystemProvider.realpath(workingDirectory) ?? workingDirectory
    }

    static func realpath(_ path: String) -> String? {
        guard let resolved = Foundation.realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    func canonicalPath(_ path: String) -> String? {
        guard let real = Self.realpath(path) else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
        return real
    }

    func read(_ canonicalPath: String) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: canonicalPath) else {
            throw CLIError.io("cannot read \(displayPath(canonicalPath))")
        }
        defer { try? handle.close() }
        let data = try handle.readToEnd() ?? Data()
        return [UInt8](data)
    }

    func repositoryRoot(containing canonicalPath: String) -> String {
        let start = PathMath.directory(of: canonicalPath)
        var folder = start
        while true {
            if FileManager.default.fileExists(atPath: folder + "/coplan.toml") || FileManager.default.fileExists(atPath: folder + "/.git") {
                return folder
            }
            let parent = PathMath.directory(of: folder)
            if parent == folder { return start }
            folder = parent
        }
    }

    /// The folder an argument names, or the folder of the file it names (relative to the
    /// working folder when not absolute).
    func folder(of argument: String) -> String {
        let path = argument.hasPrefix("/") ? argument : workingDirectory + "/" + argument
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return path }
        return PathMath.directory(of: path)
    }

    func displayPath(_ canonicalPath: String) -> String {
        PathMath.relative(canonicalPath, to: workingDirectory)
    }

    /// Expands files and folders (recursively, `*.plan`) into canonical file paths.
    func collectPlans(_ arguments: [String]) throws -> [String] {
        var result: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory),
                  let real = Self.realpath(argument) else {
                throw CLIError.io("no such file or folder: \(argument)")
            }
            if isDirectory.boolValue {
                let found = try plans(under: real)
                if found.isEmpty { throw CLIError.io("no .plan files in \(argument)") }
                result += found
            } else {
                guard FileManager.default.isReadableFile(atPath: real) else { throw CLIError.io("cannot read \(argument)") }
                result.append(real)
            }
        }
        return result
    }

    /// `.plan` files under a folder, skipping hidden folders and build folders; symlinks that
    /// lead outside the folder are not followed.
    func plans(under folder: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw CLIError.io("cannot read folder \(displayPath(folder))")
        }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            guard relative.hasSuffix(".plan"), let real = canonicalPath(folder + "/" + relative),
                  PathMath.isInside(real, root: folder) else { continue }
            result.append(real)
        }
        return result.sorted()
    }
}

/// Errors that end a command with exit code 2 and a one-line message.
enum CLIError: Error, CustomStringConvertible {
    case io(String)
    case usage(String)

    var description: String {
        switch self {
        case .io(let message), .usage(let message): return message
        }
    }
}
