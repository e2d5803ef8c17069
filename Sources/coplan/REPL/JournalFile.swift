import CoplanKit
import Foundation

/// The crash journal on disk (`SessionJournal` says what is in it): one file per plan in a
/// folder beside the history file, appended and fsynced entry by entry, so that kill -9 or a
/// closed terminal loses nothing that was accepted.
struct JournalFile {
    let folder: String

    /// `$COPLAN_HISTORY.journal/`, else `~/.coplan_journal/`.
    static var defaultFolder: String? {
        LineEditor.defaultHistoryPath.map { path in
            path.hasSuffix("/.coplan_history") ? String(path.dropLast("_history".count)) + "_journal" : path + ".journal"
        }
    }

    func path(for key: String) -> String { folder + "/" + SessionJournal.fileName(for: key) }

    /// The entries an interrupted session left for `key`, if any.
    func recover(key: String) -> [InputBuffer.Entry] {
        guard let data = FileManager.default.contents(atPath: path(for: key)) else { return [] }
        return SessionJournal.entries(in: String(decoding: data, as: UTF8.self), key: key) ?? []
    }

    /// Appends one entry (creating the file with its header first) and flushes it to disk.
    func append(_ entry: InputBuffer.Entry, key: String) {
        let file = path(for: key)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        let fresh = !FileManager.default.fileExists(atPath: file)
        let descriptor = open(file, O_WRONLY | O_APPEND | O_CREAT, 0o600)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let text = (fresh ? SessionJournal.header(key: key) : "") + SessionJournal.line(for: entry)
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { return }
            written += count
        }
        fsync(descriptor)
    }

    /// Nothing is unsaved any more.
    func remove(key: String) {
        try? FileManager.default.removeItem(atPath: path(for: key))
    }
}
