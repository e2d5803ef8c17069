import Testing
@testable import CoplanKit
@Test func smoke() { #expect(Parser.parse("plan x { period 2020-01-01 .. 2020-12-31 }").diagnostics.isEmpty) }
