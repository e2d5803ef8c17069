import CoplanKit
import CoplanTesting
import Foundation

/// `coplan-bench session [PARTNERS]`: the REPL's session in process on a generated plan (default
/// 10,000 partners): `:load` of the plan, then `:drop` of a partner and `:undo`, each timed
/// (median of 5; #17's target is 50 ms for `:load` and `:drop`).
enum SessionBenchmark {
    static func run(partners: Int) {
        let text = PlanGenerator(partners: partners).text()
        let provider = MemorySourceProvider(files: ["/repo/plan.plan": text], root: "/repo")
        let clock = ContinuousClock()
        var loads: [Double] = []
        var drops: [Double] = []
        var undos: [Double] = []
        for _ in 0..<5 {
            var session = Session(provider: provider, workingDirectory: "/repo")
            loads.append(LSPBenchmark.milliseconds(clock.measure { _ = session.execute(.load(path: "plan.plan")) }))
            guard let partner = session.model.partners.dropFirst(partners / 2).first?.name else { return }
            drops.append(LSPBenchmark.milliseconds(clock.measure { _ = session.execute(.drop(name: partner)) }))
            undos.append(LSPBenchmark.milliseconds(clock.measure { _ = session.undo() }))
        }
        emit(String(format: "REPL session, %d partners (%.1f MB; median of 5; target 50 ms):", partners, Double(text.utf8.count) / 1_048_576))
        emit(String(format: "  :load %7.1f ms   :drop %7.1f ms   :undo %6.2f ms",
                    LSPBenchmark.median(loads), LSPBenchmark.median(drops), LSPBenchmark.median(undos)))
    }
}
