import CoplanTesting
import Foundation

/// coplan beside what a planner might use instead (#17): the same generated content as YAML,
/// loaded with PyYAML's C loader and validated by jsonschema against `bench/peer/plan.schema.json`,
/// timed by `bench/peer/peer.py` in the same run as coplan's whole-process `coplan check`.
/// Paths are relative to the current directory, the repository root.
enum PeerBenchmark {
    static let python = ".venv/bin/python"
    static let script = "bench/peer/peer.py"
    static let schema = "bench/peer/plan.schema.json"
    /// Above this the peer takes minutes and gigabytes; the default run stops there.
    static let defaultLargest = 10_000

    /// Why the peer cannot run from here, or nil when it can.
    static var missing: String? {
        if !FileManager.default.fileExists(atPath: script) || !FileManager.default.fileExists(atPath: schema) {
            return "peer stack skipped: \(script) not found; run coplan-bench from the repository root"
        }
        if !FileManager.default.isExecutableFile(atPath: python) {
            return "peer stack skipped: no \(python) here; create it with ./setup.sh (a venv with pyyaml and jsonschema)"
        }
        return nil
    }

    static let header = [
        "peer stack: the same content as YAML, PyYAML CSafeLoader + jsonschema Draft 2020-12 (bench/peer), vs whole `coplan check`",
        "(seconds; peer: load + validate inside Python; coplan: the whole process, best of 3, 1 run at 100k)",
        " partners  plan MB  YAML MB  peer load  validate  peer total  coplan  ratio",
    ]

    /// One row per size, then the verdict against the ≥ 200× target. `folder` holds the
    /// generated `.plan` files (written here when absent) and the YAML exports.
    static func run(sizes: [Int], folder: URL) {
        guard !sizes.isEmpty else {
            emit("peer stack skipped: no size up to \(defaultLargest) partners; `coplan-bench peer SIZE` runs any size")
            return
        }
        header.forEach(emit)
        if let missing {
            emit(missing)
            return
        }
        guard let coplan = coplanExecutable() else {
            emit("peer stack skipped: no `coplan` beside coplan-bench; build it with swift build -c release --product coplan")
            return
        }
        for size in sizes {
            let plan = folder.appendingPathComponent("synthetic-\(size).plan").path
            if !FileManager.default.fileExists(atPath: plan),
               !FileManager.default.createFile(atPath: plan, contents: Data(PlanGenerator(partners: size).text().utf8)) {
                emit(String(format: "%9d  ", size) + "cannot write \(plan)")
                continue
            }
            let yaml = exportPeerYAML(partners: size, folder: folder.path)
            let output = folder.appendingPathComponent("peer-\(size).out").path
            guard let peer = ProcessRun.run(python, [script, yaml, schema], stdoutPath: output),
                  let line = try? String(contentsOfFile: output, encoding: .utf8),
                  let load = figure(after: "load", in: line), let validate = figure(after: "validate", in: line),
                  let total = figure(after: "total", in: line) else {
                emit(String(format: "%9d  ", size) + "peer.py failed; run it alone: \(python) \(script) \(yaml) \(schema)")
                continue
            }
            guard let check = ProcessRun.best(of: checkRuns(partners: size), coplan, ["check", plan]) else {
                emit(String(format: "%9d  ", size) + "cannot start \(coplan)")
                continue
            }
            let ratio = total / check.seconds
            emit(String(format: "%9d  %7.1f  %7.1f  %9.3f  %8.3f  %10.3f  %6.3f  %4.0fx",
                        size, fileMegabytes(plan), fileMegabytes(yaml), load, validate, total, check.seconds, ratio)
                 + (peer.status == 0 ? "" : "  (peer exit \(peer.status))") + (check.status == 0 ? "" : "  (coplan exit \(check.status))"))
            emit(String(format: "           coplan is %.0f× faster; target ≥ %.0f×: ", ratio, WholeCheckTarget.peerRatio)
                 + WholeCheckTarget.verdict(ratio >= WholeCheckTarget.peerRatio))
        }
    }

    /// The number after `word ` in peer.py's line.
    static func figure(after word: String, in line: String) -> Double? {
        let parts = line.split(separator: " ")
        guard let index = parts.firstIndex(where: { $0 == word }), index + 1 < parts.count else { return nil }
        return Double(parts[index + 1])
    }
}
