import Foundation
import Testing
@testable import CoplanKit
@Test func scratchFormat() throws {
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "/tmp/harden-crash1.bin")))
    let input = String(decoding: bytes, as: UTF8.self)
    let output = try PlanFormatter().format(Parser.parse(input))
    print("OUTPUT:\n\(output)")
    let a = ModelDump.of(input).split(separator: "\n"), b = ModelDump.of(output).split(separator: "\n")
    print("ONLY IN INPUT:\n" + a.filter { !b.contains($0) }.joined(separator: "\n"))
    print("ONLY IN OUTPUT:\n" + b.filter { !a.contains($0) }.joined(separator: "\n"))
}
