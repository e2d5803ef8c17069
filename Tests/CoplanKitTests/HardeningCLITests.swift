import Foundation
import Testing

/// The CLI side of hardening: `--redact` on every command that prints a plan, folders scanned
/// without leaving them through symlinks, and output files that cannot land outside `-o`.
@Suite struct HardeningCLITests {
    static func repository() throws -> URL {
        let folder = try CLITests.temporaryFolder(["coplan.toml": "", "plan.plan": RedactionTests.plan])
        return folder
    }

    @Test func redactOnCheckGapsAndEmit() throws {
        let folder = try Self.repository()
        for format in ["human", "json", "sarif", "junit", "github"] {
            let plain = try CLITests.run(["check", "plan.plan", "--format", format], in: folder)
            let redacted = try CLITests.run(["check", "plan.plan", "--format", format, "--redact"], in: folder)
            #expect(plain.status == redacted.status)
            #expect(RedactionTests.personal.contains { plain.stdout.contains($0) }, "\(format) shows people without --redact")
            RedactionTests.expectClean(redacted.stdout + redacted.stderr, "check --format \(format)")
        }
        for format in ["human", "json", "markdown"] {
            let redacted = try CLITests.run(["gaps", "plan.plan", "--format", format, "--redact"], in: folder)
            RedactionTests.expectClean(redacted.stdout + redacted.stderr, "gaps --format \(format)")
        }
    }

    @Test func redactOnEmitReport() throws {
        // A plan without errors (emit refuses others): drop the misspelt coordinator and the
        // signatory who may not sign.
        let text = RedactionTests.plan.replacingOccurrences(of: "coordinator jan_kowalsky", with: "coordinator jan_kowalski")
            .replacingOccurrences(of: "signatories anna_nowak, jan_kowalski, ewa_zielinska", with: "signatories anna_nowak, jan_kowalski")
        let folder = try CLITests.temporaryFolder(["coplan.toml": "", "plan.plan": text])
        for format in ["md", "html"] {
            let result = try CLITests.run(["emit", "plan.plan", "--report", "--all", "--format", format, "--redact", "-o", "out"], in: folder)
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
            let out = folder.appendingPathComponent("out")
            let names = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(format) }
            #expect(names.count == 2)
            for name in names {
                RedactionTests.expectClean(try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8), "emit \(name)")
            }
        }
    }

    @Test func folderScanStaysInsideThroughSymlinks() throws {
        let folder = try CLITests.temporaryFolder([
            "repo/coplan.toml": "", "repo/a.plan": "plan p { period 2024-01-01 .. 2024-12-31 }\n",
            "outside/secret.plan": "plan q { period 2024-01-01 .. 2024-02-31 }\n",
        ])
        let repo = folder.appendingPathComponent("repo")
        try FileManager.default.createSymbolicLink(atPath: repo.appendingPathComponent("out").path, withDestinationPath: "../outside")
        try FileManager.default.createSymbolicLink(atPath: repo.appendingPathComponent("loop").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: repo.appendingPathComponent("link.plan").path, withDestinationPath: "../outside/secret.plan")
        let result = try CLITests.run(["check", "."], in: repo)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasPrefix("1 file checked"))
    }

    @Test func emitNeverWritesThroughASymlink() throws {
        let folder = try CLITests.temporaryFolder(["plan.plan": try String(contentsOf: CLITests.root.appendingPathComponent("Tests/CoplanKitTests/Fixtures/documents/small.plan"), encoding: .utf8)])
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let victim = folder.appendingPathComponent("victim.txt")
        try "keep".write(to: victim, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("report.md").path, withDestinationPath: victim.path)
        let result = try CLITests.run(["emit", "plan.plan", "--report", "-o", "out"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("odmowa zapisu report.md: to dowiązanie symboliczne w "), "the plan says `język pl`: \(result.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep")
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["report.md"])
    }
}
