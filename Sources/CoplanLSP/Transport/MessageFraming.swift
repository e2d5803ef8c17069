/// The LSP base protocol: each message is a header block (`Content-Length: N`, optionally
/// `Content-Type`, each line ending in CR LF, then an empty line) followed by N bytes of JSON.
///
/// `MessageFramer` is fed bytes as they arrive, in any chunking, and yields complete bodies.
/// Garbage never stops it: a header block without a usable `Content-Length` is dropped, and a
/// run of bytes with no header end is bounded, so a broken client costs memory only up to a limit.
package struct MessageFramer: Sendable {
    private var buffer: [UInt8] = []
    /// Header blocks longer than this are garbage: their bytes are dropped.
    static let maxHeaderBytes = 8192
    /// Bodies longer than this are refused (the largest plan is 256 MB; JSON escaping adds some).
    static let maxBodyBytes = 600 * 1024 * 1024
    private var pendingBody: Int?
    /// Problems met while framing (for the log); cleared by the caller.
    package var problems: [String] = []

    package init() {}

    /// Appends bytes and returns every body now complete, in order.
    package mutating func feed(_ bytes: some Sequence<UInt8>) -> [[UInt8]] {
        buffer.append(contentsOf: bytes)
        var bodies: [[UInt8]] = []
        var consumed = 0
        while true {
            if let length = pendingBody {
                guard buffer.count - consumed >= length else { break }
                bodies.append(Array(buffer[consumed..<consumed + length]))
                consumed += length
                pendingBody = nil
                continue
            }
            guard let end = headerEnd(from: consumed) else {
                // No complete header: keep at most the tail that could still start one.
                let waiting = buffer.count - consumed
                if waiting > Self.maxHeaderBytes {
                    problems.append("dropped \(waiting - 3) bytes without a message header")
                    consumed = buffer.count - 3
                }
                break
            }
            let header = String(decoding: buffer[consumed..<end], as: UTF8.self)
            consumed = end + 4
            if let length = Self.contentLength(header) {
                if length > Self.maxBodyBytes {
                    problems.append("refused a message of \(length) bytes")
                    // Its body is skipped as garbage by the header search that follows.
                } else {
                    pendingBody = length
                }
            } else {
                problems.append("dropped a header without a valid Content-Length")
            }
        }
        if consumed > 0 { buffer.removeFirst(consumed) }
        return bodies
    }

    /// Index of the `\r\n\r\n` that ends the header starting at `start`.
    private func headerEnd(from start: Int) -> Int? {
        var index = start
        while index + 3 < buffer.count {
            if buffer[index] == 0x0D, buffer[index + 1] == 0x0A, buffer[index + 2] == 0x0D, buffer[index + 3] == 0x0A {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The value of the last `Content-Length` field; garbage before the field name on its line
    /// (left over from a broken message) is skipped.
    static func contentLength(_ header: String) -> Int? {
        for line in header.split(separator: "\r\n").reversed() {
            let lower = line.lowercased()
            guard let field = lower.range(of: "content-length:") else { continue }
            guard let value = Int(lower[field.upperBound...].trimmingSpaces), value >= 0 else { return nil }
            return value
        }
        return nil
    }

    /// A body with its header, ready to write.
    package static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
