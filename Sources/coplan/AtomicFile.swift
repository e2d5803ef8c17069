import CoplanKit
import Foundation

/// The one way the CLI writes a file (fmt, REPL `:save`, emit): to a temporary file in the same
/// folder (same file system), flushed, then renamed over the target, so that readers see the
/// old content or the new, never half of it. An existing target keeps its permissions.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    static func write(_ bytes: [UInt8], to target: String) throws {
        let folder = PathMath.directory(of: target)
        let name = String(target.split(separator: "/").last ?? "")
        var template = Array((folder + "/.\(name).tmp-XXXXXX").utf8CString)
        // mkstemp creates the file exclusively (O_EXCL): nothing else can stand in its place.
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw CLIError.io(.cannotCreateTemporary(path: target, folder: folder, reason: String(cString: strerror(errno)))) }
        let temporary = String(decoding: template.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = false
        defer {
            if !ok { unlink(temporary) }
        }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(fd)
                throw CLIError.io(.cannotWrite(path: name, reason: reason))
            }
            offset += written
        }
        var existing = stat()
        fchmod(fd, stat(target, &existing) == 0 ? existing.st_mode & 0o7777 : 0o644)
        guard fsync(fd) == 0, close(fd) == 0 else { throw CLIError.io(.cannotWrite(path: name, reason: String(cString: strerror(errno)))) }
        guard rename(temporary, target) == 0 else {
            throw CLIError.io(.cannotWrite(path: target, reason: String(cString: strerror(errno))))
        }
        ok = true
    }
}

/// Writes generated files into one output folder with `AtomicFile`; a name that is not already
/// a `SafeFileName` (a path, `..`, NUL, a device name) is refused, so nothing lands outside it.
struct AtomicWriter {
    /// The output folder, symlinks resolved.
    let folder: String

    /// Creates the folder when missing.
    init(folder: String) throws {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw CLIError.io(.cannotCreateFolder(path: folder, reason: error.localizedDescription))
            }
        } else if !isDirectory.boolValue {
            throw CLIError.io(.outputNotFolder(path: folder))
        }
        guard let real = FileSystemProvider.realpath(folder) else { throw CLIError.io(.cannotOpenFolder(path: folder)) }
        self.folder = real
    }

    /// Writes one file and returns its path. `name` must be a bare, safe file name.
    func save(_ bytes: [UInt8], name: String) throws -> String {
        guard SafeFileName.isSafe(name) else {
            throw CLIError.io(.notPlainFileName(name: name))
        }
        let target = folder + "/" + name
        // A symlink already standing at the name could lead outside: rename replaces the link
        // itself, never what it points to, but refuse anyway rather than surprise.
        var info = stat()
        if lstat(target, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
            throw CLIError.io(.symbolicLink(name: name, folder: folder))
        }
        try AtomicFile.write(bytes, to: target)
        return target
    }
}
