import CoplanKit
import Foundation

/// Writes a file so that readers see the old content or the new, never half of it: the text
/// goes to a temporary file in the same folder (same file system), which then replaces the
/// target with `rename`. The target's permissions are kept.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws {
        let folder = PathMath.directory(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let temporary = folder + "/.\(name).coplan-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let data = Data(text.utf8)
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw CLIError.io("cannot write \(path): cannot create a temporary file in \(folder)")
        }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
           let permissions = attributes[.posixPermissions] {
            try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CLIError.io("cannot write \(path): \(reason)")
        }
    }
}
