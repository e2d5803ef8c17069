import Foundation
import Testing
@testable import CoplanKit
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanModel
@testable import CoplanAnalysis
@testable import CoplanPipeline
@testable import CoplanFormat
@testable import CoplanEmit
@testable import CoplanSession

/// Folder checks on several cores: same report whatever the cores, each file read once.
@Suite struct ParallelCheckTests {
    /// Counts reads, to prove a registry imported by many plans is parsed once.
    final class CountingProvider: SourceProvider, @unchecked Sendable {
        let base: MemorySourceProvider
        private let lock = NSLock()
        private(set) var reads: [String: Int] = [:]

        init(_ base: MemorySourceProvider) { self.base = base }

        func canonicalPath(_ path: String) -> String? { base.canonicalPath(path) }
        func read(_ canonicalPath: String) throws -> [UInt8] {
            lock.lock()
            reads[canonicalPath, default: 0] += 1
            lock.unlock()
            return try base.read(canonicalPath)
        }
        func repositoryRoot(containing canonicalPath: String) -> String { base.repositoryRoot(containing: canonicalPath) }
        func displayPath(_ canonicalPath: String) -> String { base.displayPath(canonicalPath) }
    }

    static func repository(gminy: Int, powiaty: Int) -> [String: String] {
        var files: [String: String] = [:]
        for p in 0..<powiaty {
            files["/repo/p\(p)/powiat.plan"] = """
            partner pcpr "PCPR \(p)" { sector social_assistance; level powiat }
            person dyr "Dyrektor" { of pcpr; signs }
            partner idle "Idle" { sector culture }
            """
        }
        for g in 0..<gminy {
            let p = g % powiaty
            // Every fifth plan has an error, every third a gap, so findings differ per file.
            files["/repo/p\(p)/g\(g).plan"] = """
            import "powiat.plan"
            plan g\(g) { period 2024-01-01 .. 2024-12-31 }
            partner gops "GOPS" { sector social_assistance }
            person k "K" { of gops; signs }
            need n "N" {}
            group grp "G" { size 10; needs n }
            service s "S" { by pcpr; for grp; meets n; capacity \(g % 3 == 0 ? 5 : 50) per year }
            agreement a "A" {
              parties gops, pcpr
              period 2024-0\(g % 3 == 0 ? 3 : 1)-01 .. 2024-12-31
              pcpr provides s
              gops commits "x"
              signatories k, \(g % 5 == 0 ? "dyrr" : "dyr")
            }
            """
        }
        return files
    }

    @Test func sameReportOnOneCoreAndMany() {
        let files = Self.repository(gminy: 60, powiaty: 7)
        func run(cores: Int) -> String {
            var options = Checker.Options()
            options.cores = cores
            let report = Checker(options: options).check(paths: files.keys.sorted(), provider: MemorySourceProvider(files: files))
            return report.json.serialized()
        }
        let serial = run(cores: 1)
        #expect(serial.contains("E200"))
        #expect(run(cores: 2) == serial)
        #expect(run(cores: 8) == serial)
    }

    /// The language server validates and analyses one plan side by side; each plan alone (the
    /// case it is for), with an error or with gaps, must read exactly as checked in turn.
    @Test func overlappedStagesGiveTheSameReport() {
        let files = Self.repository(gminy: 15, powiaty: 2)
        let provider = MemorySourceProvider(files: files)
        var reports: [Bool: [String]] = [:]
        for overlap in [false, true] {
            var options = Checker.Options()
            options.cores = 2
            options.overlapStages = overlap
            let checker = Checker(options: options)
            reports[overlap] = files.keys.sorted().filter { !$0.hasSuffix("powiat.plan") }.map { path in
                checker.check(paths: [path], provider: provider).json.serialized()
            }
        }
        let serial = reports[false]!
        #expect(serial.contains { $0.contains("E200") })
        #expect(serial.contains { $0.contains("G50") })
        #expect(reports[true]! == serial)
    }

    @Test func eachFileIsReadOnceHoweverManyImportIt() {
        let files = Self.repository(gminy: 40, powiaty: 3)
        let provider = CountingProvider(MemorySourceProvider(files: files))
        var options = Checker.Options()
        options.cores = 4
        // Only the gmina plans are given: the registries are reached through imports.
        let report = Checker(options: options).check(paths: files.keys.filter { !$0.hasSuffix("powiat.plan") }.sorted(), provider: provider)
        #expect(report.files.count == 43)
        #expect(provider.reads.count == 43)
        #expect(provider.reads.values.allSatisfy { $0 == 1 })
    }

    @Test func parallelMapKeepsInputOrder() {
        let items = Array(0..<1000)
        #expect(Parallel.map(items, cores: 4) { $0 * 2 } == items.map { $0 * 2 })
        #expect(Parallel.map([Int](), cores: 4) { $0 }.isEmpty)
    }
}
