import CoplanKit
import CoplanTesting
import Foundation

/// `coplan-bench [SIZES…]` generates synthetic plans (default 1k, 10k, 100k partners) and
/// prints, per size: input MB, parse / resolve / check / analysis times, MB/s and peak memory.
/// Each size runs in a child process (`coplan-bench measure FILE`) so that peak memory is
/// that size's alone; then the whole `coplan check FILE` process per size, and the peer stack
/// (YAML + JSON Schema) side by side. `coplan-bench lsp [FOLDER]` times the language server,
/// `coplan-bench peer [SIZES]` the peer stack alone, `coplan-bench peer-export N DIR` writes its YAML,
/// `coplan-bench national [CORES]` the national repository alone, `coplan-bench session [N]` the
/// REPL's `:load`, `:drop` and `:undo`.
let arguments = Array(CommandLine.arguments.dropFirst())

/// Unbuffered output, so the parent's lines and the children's appear in order.
func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func peakKilobytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
}

func measure(_ path: String) {
    let clock = ContinuousClock()
    guard let data = FileManager.default.contents(atPath: path) else { fatalError("cannot read \(path)") }
    let bytes = [UInt8](data)
    let file = SourceFile(path: path, bytes: bytes)
    var tree: SyntaxTree!
    let parse = clock.measure { tree = Parser.parse(file) }
    var resolved: (model: PlanModel, diagnostics: [Diagnostic])!
    let resolve = clock.measure { resolved = Resolver.resolve([tree]) }
    var validation: [Diagnostic] = []
    let check = clock.measure { validation = Validator.validate(resolved.model) }
    var analysis: Analyzer.Result!
    let analyse = clock.measure { analysis = Analyzer.analyse(resolved.model) }
    // What-if: one partner withdraws, answered from the precomputed per-pair provider sets.
    let withdrawn: Set<Ref<Partner>> = [Ref(resolved.model.partners.count / 2)]
    let whatIf = clock.measure { _ = Analyzer.analyse(resolved.model, without: withdrawn) }
    let errors = (tree.diagnostics + resolved.diagnostics + validation).filter { $0.severity == .error }.count
    let megabytes = Double(bytes.count) / 1_048_576
    let total = seconds(parse + resolve + check + analyse)
    let peak = Double(peakKilobytes()) / 1024
    emit(String(format: "%9d  %7.1f  %8.3f  %8.3f  %8.3f  %8.3f  %8.3f  %7.1f  %8.0f  %5.1fx  %d",
                 resolved.model.partners.count, megabytes, seconds(parse), seconds(resolve), seconds(check), seconds(analyse), seconds(whatIf),
                 megabytes / total, peak, peak / megabytes, errors + analysis.diagnostics.filter { $0.severity == .error }.count))
}

if arguments.first == "generate", arguments.count == 3, let size = Int(arguments[1]) {
    FileManager.default.createFile(atPath: arguments[2], contents: Data(PlanGenerator(partners: size).text().utf8))
    exit(0)
}

/// Agreement documents per second: DOCX for every agreement of a generated plan.
func measureDocuments(partners: Int) {
    let clock = ContinuousClock()
    let file = SourceFile(path: "docs.plan", text: PlanGenerator(partners: partners).text())
    let model = Resolver.resolve([Parser.parse(file)]).model
    for format in [DocumentFormat.docx, .html, .md] {
        var count = 0
        let elapsed = clock.measure { count = (try? AgreementEmitter(model: model).renderAll(format: format).count) ?? 0 }
        let label = "\(format)".padding(toLength: 6, withPad: " ", startingAt: 0)
        emit("  \(label)" + String(format: "%6d agreements in %6.3f s = %7.0f agreements/s", count, seconds(elapsed), Double(count) / seconds(elapsed)))
    }
}

if arguments.first == "documents" {
    emit("agreement documents (all agreements of a 2,000-partner plan)")
    measureDocuments(partners: 2_000)
    exit(0)
}

if arguments.first == "diff" {
    emit("coplan diff: two versions of a generated plan (one core)")
    emit(runDiffBenchmark(partners: arguments.dropFirst().compactMap { Int($0) }.first ?? 10_000))
    exit(0)
}

if arguments.first == "national" {
    emit("national repository: 2,477 gmina plans importing 380 powiat registries")
    emit(runNationalRepositoryBenchmark(cores: Int(arguments.dropFirst().first ?? "") ?? ProcessInfo.processInfo.activeProcessorCount))
    exit(0)
}

if arguments.first == "session" {
    SessionBenchmark.run(partners: arguments.dropFirst().compactMap { Int($0) }.first ?? 10_000)
    exit(0)
}

if arguments.first == "lsp" {
    LSPBenchmark.run(seedFolder: arguments.count > 1 ? arguments[1] : "Plans")
    exit(0)
}

if arguments.first == "peer-export", arguments.count == 3, let size = Int(arguments[1]) {
    emit(exportPeerYAML(partners: size, folder: arguments[2]))
    exit(0)
}

if arguments.first == "peer" {
    let sizes = arguments.dropFirst().compactMap { Int($0) }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coplan-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    PeerBenchmark.run(sizes: sizes.isEmpty ? [10_000] : sizes, folder: folder)
    try? FileManager.default.removeItem(at: folder)
    exit(0)
}

if arguments.first == "measure", arguments.count == 2 {
    measure(arguments[1])
    exit(0)
}

let sizes = arguments.compactMap { Int($0) }.isEmpty ? [1_000, 10_000, 100_000] : arguments.compactMap { Int($0) }
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coplan-bench-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }

emit("coplan-bench: whole check of synthetic plans (one core; times in seconds; memory in MB)")
emit(" partners  input MB     parse   resolve     check   analyse   without     MB/s   peak MB  /input  errors")
for size in sizes {
    let path = folder.appendingPathComponent("synthetic-\(size).plan").path
    // Generated in a child, so that this process stays small: a spawned child starts with
    // its parent's peak resident size (Linux keeps it across exec), which would show as the
    // whole `coplan check` process's peak memory below.
    _ = ProcessRun.run(CommandLine.arguments[0], ["generate", String(size), path])
    let child = Process()
    child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    child.arguments = ["measure", path]
    try child.run()
    child.waitUntilExit()
}

emit("")
if let coplan = coplanExecutable() {
    wholeCheckHeader.forEach(emit)
    for size in sizes {
        measureWholeCheck(coplan: coplan, path: folder.appendingPathComponent("synthetic-\(size).plan").path, partners: size)
    }
} else {
    emit("whole process: no `coplan` beside coplan-bench; build it with swift build -c release --product coplan")
}

emit("")
PeerBenchmark.run(sizes: sizes.filter { $0 <= PeerBenchmark.defaultLargest }, folder: folder)

emit("")
emit("agreement documents (all agreements of a 2,000-partner plan)")
measureDocuments(partners: 2_000)
emit("")
emit("national repository: 2,477 gmina plans importing 380 powiat registries")
emit(runNationalRepositoryBenchmark(cores: ProcessInfo.processInfo.activeProcessorCount))
emit("")
emit("coplan diff: two versions of a generated plan (one core)")
emit(runDiffBenchmark(partners: 10_000))
