import Foundation

/// One child process, timed from spawn to reaping, with the peak memory the kernel recorded for
/// it (`wait4`'s rusage): what a user waits for and what the machine must hold, start-up included.
struct ProcessRun {
    var seconds: Double
    var peakKilobytes: Int
    /// The exit code, or 128 + the signal that ended the child.
    var status: Int32

    var peakMegabytes: Double { Double(peakKilobytes) / 1024 }

    /// Runs `executable` with `arguments`, its stdout into `stdoutPath` (stderr stays the bench's).
    /// posix_spawn and wait4 rather than `Process`, so the rusage is this child's alone. Linux
    /// starts a child's peak at its parent's resident size when it was spawned (and keeps it
    /// across exec), so a caller that measures memory keeps itself small (`main` generates the
    /// plans in a child for that).
    static func run(_ executable: String, _ arguments: [String], stdoutPath: String = "/dev/null") -> ProcessRun? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { return nil }
        }
        let elapsed = coplan_bench.seconds(clock.now - start)
        let signal = status & 0x7f
        return ProcessRun(seconds: elapsed, peakKilobytes: usage.ru_maxrss,
                          status: signal == 0 ? (status >> 8) & 0xff : 128 + signal)
    }

    /// The fastest of `count` runs (the least disturbed by the shared machine) and the highest
    /// peak among them; nil when the child could not be started.
    static func best(of count: Int, _ executable: String, _ arguments: [String]) -> ProcessRun? {
        var runs: [ProcessRun] = []
        for _ in 0..<max(1, count) {
            guard let run = run(executable, arguments) else { return nil }
            runs.append(run)
        }
        return ProcessRun(seconds: runs.map(\.seconds).min()!, peakKilobytes: runs.map(\.peakKilobytes).max()!,
                          status: runs.first(where: { $0.status != 0 })?.status ?? 0)
    }
}

/// The `coplan` binary built beside this `coplan-bench`, or nil when it was not built.
func coplanExecutable() -> String? {
    let me = CommandLine.arguments[0].contains("/") ? CommandLine.arguments[0] : (Bundle.main.executablePath ?? "")
    let path = URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("coplan").path
    return FileManager.default.isExecutableFile(atPath: path) ? path : nil
}

/// A file's size in MB (0 when it cannot be read).
func fileMegabytes(_ path: String) -> Double {
    Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1_048_576
}

/// How often a whole `coplan check` of `partners` runs: best of 3, once for the 100k plan
/// (about 10 s and 1 GB a run).
func checkRuns(partners: Int) -> Int { partners >= 100_000 ? 1 : 3 }

/// The targets for the whole check (#17): at least 100 MB/s, peak at most 4× the input.
enum WholeCheckTarget {
    static let megabytesPerSecond = 100.0
    static let peakPerInput = 4.0
    static let peerRatio = 200.0

    static func verdict(_ met: Bool) -> String { met ? "met" : "NOT met" }
}

/// Prints a row of the whole-process table: `coplan check FILE` as a user runs it.
func measureWholeCheck(coplan: String, path: String, partners: Int) {
    let megabytes = fileMegabytes(path)
    guard let run = ProcessRun.best(of: checkRuns(partners: partners), coplan, ["check", path]) else {
        emit(String(format: "%9d  ", partners) + "cannot start \(coplan)")
        return
    }
    let throughput = megabytes / run.seconds, ratio = run.peakMegabytes / megabytes
    emit(String(format: "%9d  %8.1f  %4d  %8.3f  %7.1f  %8.0f  %6.1fx  ",
                 partners, megabytes, checkRuns(partners: partners), run.seconds, throughput, run.peakMegabytes, ratio)
         + WholeCheckTarget.verdict(throughput >= WholeCheckTarget.megabytesPerSecond).padding(toLength: 10, withPad: " ", startingAt: 0)
         + WholeCheckTarget.verdict(ratio <= WholeCheckTarget.peakPerInput)
         + (run.status == 0 ? "" : "  (exit \(run.status))"))
}

let wholeCheckHeader = [
    "whole process: `coplan check FILE` (stdout to /dev/null; best of 3 runs, 1 at 100k; targets ≥ 100 MB/s, peak ≤ 4× input)",
    " partners  input MB  runs    wall s     MB/s   peak MB  /input  100 MB/s  ≤ 4×",
]
