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

/// Each bound of `Limits` (and the older ones: findings per file, import depth, nesting) gives
/// one located finding instead of unbounded time or memory.
@Suite struct LimitsTests {
    func check(_ files: [String: String], paths: [String] = ["/repo/a.plan"]) -> CheckReport {
        Checker().check(paths: paths, provider: MemorySourceProvider(files: files))
    }

    @Test func identifierAtTheLimitIsAccepted() {
        let name = String(repeating: "ż", count: Limits.maxIdentifierScalars)
        let tree = Parser.parse("partner \(name) \"A\" { sector health }")
        #expect(tree.diagnostics.isEmpty)
    }

    @Test func identifierOverTheLimitIsLocated() {
        let name = "p" + String(repeating: "ą", count: Limits.maxIdentifierScalars)
        let tree = Parser.parse("plan x { period 2020-01-01 .. 2020-12-31 }\npartner \(name) \"A\" { sector health }")
        #expect(tree.diagnostics.count == 1)
        let finding = tree.diagnostics.first
        #expect(finding?.code == .E100)
        #expect(finding?.message.en == "identifier of 257 characters is longer than the limit of 256")
        #expect(finding?.span?.start == SourceLocation(line: 2, column: 9))
    }

    @Test func stringOverTheLimitIsLocated() {
        let long = String(repeating: "a", count: Limits.maxStringBytes)
        let ok = Parser.parse("plan x \"\(long.dropLast(2))\" { }")
        #expect(ok.diagnostics.isEmpty)
        let tree = Parser.parse("\nplan x \"\(long)\" { }")
        #expect(tree.diagnostics.map(\.code) == [.E101])
        #expect(tree.diagnostics.first?.message.en == "string of \(Limits.maxStringBytes + 2) bytes is longer than the limit of 1 MB")
        #expect(tree.diagnostics.first?.span?.start == SourceLocation(line: 2, column: 8))
        let block = Parser.parse("plan x \"\"\"\n\(long)\n\"\"\" { }")
        #expect(block.diagnostics.map(\.code) == [.E101], "\(block.diagnostics.map(\.message.en))")
    }

    @Test func fileOverTheLimitIsRefusedUnparsed() {
        var bytes = [UInt8](repeating: 0x0A, count: Limits.maxFileBytes + 1)
        bytes.replaceSubrange(0..<8, with: Array("partner ".utf8))
        let tree = Parser.parse(SourceFile(path: "big.plan", bytes: bytes))
        #expect(tree.items.isEmpty)
        #expect(tree.diagnostics.map(\.code) == [.E100])
        #expect(tree.diagnostics.first?.message.en == "the file is larger than 256 MB (268435457 bytes)")
    }

    /// A provider that refuses (as the CLI's does for big files) must not let a root pass silently.
    @Test func unreadableRootIsReported() {
        struct Refusing: SourceProvider {
            func canonicalPath(_ path: String) -> String? { path }
            func read(_ canonicalPath: String) throws -> [UInt8] { throw FileTooLargeError(size: 300 << 20) }
            func repositoryRoot(containing canonicalPath: String) -> String { "/repo" }
            func displayPath(_ canonicalPath: String) -> String { PathMath.relative(canonicalPath, to: "/repo") }
        }
        let report = Checker().check(paths: ["/repo/a.plan"], provider: Refusing())
        #expect(report.errors == 1)
        #expect(report.diagnostics.first?.message.en == "cannot read the file: the file is larger than 256 MB (314,572,800 bytes)")
        #expect(report.diagnostics.first?.message.pl == "nie można odczytać pliku: plik jest większy niż 256 MB (314\u{A0}572\u{A0}800 bajtów)")
        #expect(report.diagnostics.first?.span?.file.path == "a.plan")
        #expect(report.exitCode(strict: false) == 1)
    }

    @Test func importDepthIsBounded() {
        var files: [String: String] = [:]
        let depth = Workspace.maxImportDepth + 10
        for level in 0..<depth {
            files["/repo/f\(level).plan"] = level + 1 < depth ? "import \"f\(level + 1).plan\"\n" : "sector s \"S\" { }\n"
        }
        files["/repo/f0.plan"]! += "plan p { period 2020-01-01 .. 2020-12-31 }\n"
        let report = check(files, paths: ["/repo/f0.plan"])
        let deep = report.diagnostics.filter { $0.message.en.hasPrefix("imports nest deeper") }
        #expect(deep.count == 1)
        #expect(deep.first?.span?.file.path == "f\(Workspace.maxImportDepth - 1).plan")
    }

    @Test func nestingCostsNoStack() {
        // A million nested blocks inside and outside declarations and attributes.
        let deep = String(repeating: "{", count: 1_000_000) + String(repeating: "}", count: 1_000_000)
        let text = "plan p { period 2020-01-01 .. 2020-12-31\n x \(deep)\n\(deep) }\n\(deep)\npartner a \(deep)"
        let report = check(["/repo/a.plan": text])
        #expect(report.errors >= 3)
        #expect(report.diagnostics.count <= Checker.Options().maxDiagnosticsPerFile)
    }

    @Test func manyDeclarationsStayLinear() {
        // 50,000 declarations with 50,000 unknown names: bounded findings, finishes promptly.
        var text = "plan p { period 2020-01-01 .. 2020-12-31 }\n"
        for index in 0..<50_000 { text += "partner p\(index) \"P\" { sector s\(index) }\n" }
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = check(["/repo/a.plan": text]) }
        #expect(elapsed < .seconds(60))
    }
}

/// The CLI refuses files above the limit before reading them, and never reads devices or FIFOs.
@Suite struct FileLimitCLITests {
    @Test func bigFileIsRefusedInOneLine() throws {
        let folder = try CLITests.temporaryFolder(["ok.plan": "import \"big.plan\"\nplan p { period 2020-01-01 .. 2020-12-31 }\n"])
        // Sparse: takes no disk space.
        let big = folder.appendingPathComponent("big.plan")
        FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: UInt64(Limits.maxFileBytes + 1))
        try handle.close()
        let direct = try CLITests.run(["check", "big.plan"], in: folder)
        #expect(direct.status == 2)
        #expect(direct.stderr.split(separator: "\n").count == 1)
        #expect(direct.stderr.contains("big.plan: the file is larger than 256 MB (268435457 bytes)"))
        let imported = try CLITests.run(["check", "ok.plan"], in: folder)
        #expect(imported.status == 1)
        #expect(imported.stdout.contains("error[E203]: import `big.plan` cannot be read: the file is larger than 256 MB"))
    }

    @Test func fifoIsNotRead() throws {
        let folder = try CLITests.temporaryFolder(["a.plan": "import \"pipe.plan\"\nplan p { period 2020-01-01 .. 2020-12-31 }\n"])
        #expect(mkfifo(folder.appendingPathComponent("pipe.plan").path, 0o644) == 0)
        let result = try CLITests.run(["check", "."], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("import `pipe.plan` not found"))
    }
}
