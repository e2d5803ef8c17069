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

    /// Only regular files count: a device (`/dev/zero`) or a FIFO would never end or never answer.
    func canonicalPath(_ path: String) -> String? {
        guard let real = Self.realpath(path), Self.isRegularFile(real) else { return nil }
        return real
    }

    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The file's size when it is a regular file.
    static func fileSize(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Reads at most `Limits.maxFileBytes` (+1 to notice a file growing past it while read).
    func read(_ canonicalPath: String) throws -> [UInt8] {
        guard let size = Self.fileSize(canonicalPath) else {
            throw CLIError.io(.cannotReadNotRegular(path: displayPath(canonicalPath)))
        }
        guard size <= Limits.maxFileBytes else { throw FileTooLargeError(size: size) }
        guard let handle = FileHandle(forReadingAtPath: canonicalPath) else {
            throw CLIError.io(.cannotRead(path: displayPath(canonicalPath)))
        }
        defer { try? handle.close() }
        let data = try handle.read(upToCount: Limits.maxFileBytes + 1) ?? Data()
        guard data.count <= Limits.maxFileBytes else { throw FileTooLargeError(size: data.count) }
        return [UInt8](data)
    }

    func repositoryRoot(containing canonicalPath: String) -> String {
        let start = PathMath.directory(of: canonicalPath)
        return Self.enclosingRepository(of: start) ?? start
    }

    /// The nearest folder at or above `folder` that holds `coplan.toml` or `.git`, or nil:
    /// the one rule for "repository root" (docs/LANGUAGE.md §3) that imports, templates, `check`
    /// without paths and the configuration all share.
    static func enclosingRepository(of folder: String) -> String? {
        var current = folder
        while true {
            if FileManager.default.fileExists(atPath: current + "/" + RepositoryConfig.fileName)
                || FileManager.default.fileExists(atPath: current + "/.git") {
                return current
            }
            let parent = PathMath.directory(of: current)
            if parent == current { return nil }
            current = parent
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
                throw CLIError.io(.noSuchFileOrFolder(path: argument))
            }
            if isDirectory.boolValue {
                let found = try plans(under: real)
                if found.isEmpty { throw CLIError.io(.noPlanFiles(path: argument)) }
                result += found
            } else {
                guard FileManager.default.isReadableFile(atPath: real), let size = Self.fileSize(real) else {
                    throw CLIError.io(.cannotRead(path: argument))
                }
                guard size <= Limits.maxFileBytes else { throw CLIError.io(.fileTooLarge(path: argument, size: size)) }
                result.append(real)
            }
        }
        return result
    }

    /// `.plan` files under a folder, skipping hidden folders and build folders; symlinks that
    /// lead outside the folder are not followed.
    func plans(under folder: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw CLIError.io(.cannotReadFolder(path: displayPath(folder)))
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

/// Errors that end a command with exit code 2 and a one-line message, shown in the command's
/// language (`CLILanguage.current`).
enum CLIError: Error, CustomStringConvertible {
    case io(CLIMessage)
    case usage(CLIMessage)
    /// A message another catalog already rendered in the command's language (a session reply).
    case rendered(String)

    var text: Text {
        switch self {
        case .io(let message), .usage(let message): return message.text
        case .rendered(let text): return Text(verbatim: text)
        }
    }

    var description: String { text[CLILanguage.current] }
}

/// Templates are read from the file system like plans: regular files only, symlinks resolved.
extension FileSystemProvider: TemplateProvider {}
