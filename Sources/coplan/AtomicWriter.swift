import CoplanKit
import Foundation

/// Writes generated files into one output folder: each file goes to a temporary file in the
/// same folder and is renamed into place, so a reader never sees half a file, and no name
/// can point outside the folder.
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
                throw CLIError.io("cannot create output folder \(folder): \(error.localizedDescription)")
            }
        } else if !isDirectory.boolValue {
            throw CLIError.io("output path \(folder) is not a folder")
        }
        guard let real = FileSystemProvider.realpath(folder) else { throw CLIError.io("cannot open output folder \(folder)") }
        self.folder = real
    }

    /// Writes one file and returns its path. `name` must be a bare file name.
    func save(_ bytes: [UInt8], name: String) throws -> String {
        guard !name.isEmpty, !name.contains("/"), !name.contains("\0"), name != ".", name != ".." else {
            throw CLIError.io("refusing to write `\(name)`: not a plain file name")
        }
        let target = folder + "/" + name
        guard PathMath.isInside(PathMath.join("/", target), root: folder) else {
            throw CLIError.io("refusing to write outside \(folder): \(name)")
        }
        var template = Array((folder + "/.\(name).tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw CLIError.io("cannot create a temporary file in \(folder): \(String(cString: strerror(errno)))") }
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
                throw CLIError.io("cannot write \(name): \(reason)")
            }
            offset += written
        }
        fchmod(fd, 0o644)
        guard fsync(fd) == 0, close(fd) == 0 else { throw CLIError.io("cannot write \(name): \(String(cString: strerror(errno)))") }
        guard rename(temporary, target) == 0 else {
            throw CLIError.io("cannot write \(name): \(String(cString: strerror(errno)))")
        }
        ok = true
        return target
    }
}
