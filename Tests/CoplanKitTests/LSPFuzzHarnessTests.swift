import CoplanTesting
import Foundation
import Testing

/// The FuzzLSP harness on hand-picked sessions: broken text, edits past the end, every request
/// at positions beyond lines — each must get exactly one answer (the harness's preconditions).
@Suite struct LSPFuzzHarnessTests {
    @Test(arguments: [
        "", "plan p { period 2020-01-01 .. 2020-12-31 }\npartner ż \"Ż\" { sector culture }\n",
        "agreement a { parties x, y\n  x provides \"unterminated\n", "\u{0}\u{FF}{{{}}}#coplan: allow W400,,",
    ])
    func sessionsNeverTrap(_ plan: String) {
        var bytes = Array(plan.utf8) + [0x01]
        for step in 0..<40 { bytes += [UInt8((step * 37) % 256), UInt8((step * 91) % 256)] }
        FuzzHarness.lsp(bytes)
    }

    @Test func shippedSeedsRun() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Fuzz/corpus/FuzzLSP")
        let seeds = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!seeds.isEmpty)
        for seed in seeds { FuzzHarness.lsp(Array(try Data(contentsOf: folder.appendingPathComponent(seed)))) }
    }
}
