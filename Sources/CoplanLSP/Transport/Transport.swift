import Foundation

/// Moves framed messages between a byte stream and the server. The library does no I/O of its
/// own: the front end injects `read` (a blocking read returning the next chunk, nil at end of
/// input) and `write` (all bytes of one framed message), e.g. over stdin and stdout.
package final class Transport: @unchecked Sendable {
    private let read: () -> [UInt8]?
    private let write: ([UInt8]) -> Void
    private let lock = NSLock()
    private let log: (String) -> Void

    package init(read: @escaping () -> [UInt8]?, write: @escaping ([UInt8]) -> Void, log: @escaping (String) -> Void) {
        self.read = read
        self.write = write
        self.log = log
    }

    /// Sends one message body; safe from any thread (whole messages never interleave).
    package func send(_ body: [UInt8]) {
        let framed = MessageFramer.frame(body)
        lock.lock()
        defer { lock.unlock() }
        write(framed)
    }

    /// Reads until end of input, handing each complete body to `receive` on the calling thread.
    package func run(_ receive: ([UInt8]) -> Void) {
        var framer = MessageFramer()
        while let chunk = read() {
            for body in framer.feed(chunk) { receive(body) }
            for problem in framer.problems { log(problem) }
            framer.problems.removeAll()
        }
    }
}
