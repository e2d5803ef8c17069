@testable import CoplanLSP
import Testing

@Suite struct TransportTests {
    @Test func framerYieldsBodiesWhateverTheChunking() {
        let stream = MessageFramer.frame(Array("{\"a\":1}".utf8)) + MessageFramer.frame(Array("{\"b\":\"ż\"}".utf8))
        for size in [1, 3, 7, stream.count] {
            var framer = MessageFramer()
            var bodies: [[UInt8]] = []
            var index = 0
            while index < stream.count {
                bodies += framer.feed(stream[index..<min(stream.count, index + size)])
                index += size
            }
            #expect(bodies.map { String(decoding: $0, as: UTF8.self) } == ["{\"a\":1}", "{\"b\":\"ż\"}"])
        }
    }

    @Test func framerRecoversAfterGarbage() {
        var framer = MessageFramer()
        var bodies = framer.feed(Array("garbage without header\r\n\r\n".utf8))
        #expect(bodies.isEmpty)
        #expect(!framer.problems.isEmpty)
        bodies = framer.feed(Array("junk".utf8) + MessageFramer.frame(Array("{}".utf8)))
        #expect(bodies == [Array("{}".utf8)])
        // Endless bytes with no header end are bounded.
        bodies = framer.feed([UInt8](repeating: 0x41, count: 20_000))
        #expect(bodies.isEmpty)
        bodies = framer.feed(MessageFramer.frame(Array("[1]".utf8)))
        #expect(bodies == [Array("[1]".utf8)])
    }

    @Test func transportReadsUntilEndOfInput() {
        var chunks = [MessageFramer.frame(Array("{\"x\":1}".utf8))]
        var written: [[UInt8]] = []
        let transport = Transport(read: { chunks.isEmpty ? nil : chunks.removeFirst() }, write: { written.append($0) }, log: { _ in })
        var received: [String] = []
        transport.run { received.append(String(decoding: $0, as: UTF8.self)) }
        transport.send(Array("{}".utf8))
        #expect(received == ["{\"x\":1}"])
        #expect(written == [Array("Content-Length: 2\r\n\r\n{}".utf8)])
    }
}
