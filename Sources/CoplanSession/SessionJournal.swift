import CoplanCore

/// The crash journal of a REPL session: every accepted entry that leaves the session with
/// unsaved changes, in order, so that a session killed before `:save` (kill -9, a closed
/// terminal, a crash) can be replayed on the next `coplan repl` of the same plan. The journal
/// is keyed by the plan's path; the front end appends and fsyncs each line as it comes, and
/// removes the file once nothing is unsaved (`:save`, `:discard`, `:quit!`).
///
/// The format is line-based so that an append is one `write`: a header naming the key, then
/// one line per entry, its text escaped (`\n`, `\\`). A torn last line is ignored.
package enum SessionJournal {
    static let magic = "coplan-journal 1"

    /// The file name for a key: a stable hash, so any path maps to a safe name.
    package static func fileName(for key: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex + ".journal"
    }

    /// The first line of a journal.
    package static func header(key: String) -> String {
        magic + " " + escape(key) + "\n"
    }

    /// One journal line for an entry.
    package static func line(for entry: InputBuffer.Entry) -> String {
        switch entry {
        case .command(let text, let line): return "C \(line) \(escape(text))\n"
        case .planText(let text, let line): return "P \(line) \(escape(text))\n"
        }
    }

    /// The entries of a journal written for `key`; nil when the text is not such a journal.
    package static func entries(in text: String, key: String) -> [InputBuffer.Entry]? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first == magic + " " + escape(key) else { return nil }
        // Only lines ended by a line feed were written whole.
        if text.last != "\n" { lines.removeLast() }
        var entries: [InputBuffer.Entry] = []
        for line in lines.dropFirst() where !line.isEmpty {
            let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, let number = Int(parts[1]) else { continue }
            let body = unescape(parts[2])
            switch parts[0] {
            case "C": entries.append(.command(body, line: number))
            case "P": entries.append(.planText(body, firstLine: number))
            default: continue
            }
        }
        return entries
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.append(character)
            }
        }
        return out
    }

    static func unescape(_ text: Substring) -> String {
        var out = ""
        var escaped = false
        for character in text {
            if escaped {
                out.append(character == "n" ? "\n" : character == "r" ? "\r" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}
