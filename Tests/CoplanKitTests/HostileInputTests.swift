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

/// Any byte sequence gives diagnostics, never a crash, a hang or unbounded memory.
@Suite struct HostileInputTests {
    func check(_ bytes: [UInt8]) -> CheckReport {
        let provider = MemorySourceProvider(files: [:])
        var withFile = provider
        withFile.files["/repo/x.plan"] = bytes
        return Checker().check(paths: ["/repo/x.plan"], provider: withFile)
    }

    @Test func invalidUTF8IsLocated() {
        let report = check(Array("plan p \"ok\" {\n  program \"a".utf8) + [0xFF, 0xC3] + Array("b\"\n}\n".utf8))
        let utf8 = report.diagnostics.filter { $0.message.en.contains("UTF-8") }
        #expect(utf8.count == 2)
        #expect(utf8.first?.span?.start == SourceLocation(line: 2, column: 13))
    }

    @Test func invalidUTF8OutsideStrings() {
        let report = check([0xC0, 0x80, 0x0A] + Array("plan p { period 2020-01-01 .. 2020-01-02 }".utf8))
        #expect(report.diagnostics.first?.code == .E100)
        #expect(report.diagnostics.first?.message.en == "invalid UTF-8")
    }

    @Test func nulBytes() {
        let report = check(Array("plan p {".utf8) + [0, 0, 0] + Array(" period 2020-01-01 .. 2020-01-02 }\n\"a\u{0}b\"".utf8))
        #expect(report.diagnostics.contains { $0.message.en == "unexpected NUL byte" })
        #expect(report.diagnostics.contains { $0.message.en == "NUL byte inside a string" })
    }

    @Test func unterminatedStringAtEndOfFile() {
        let report = check(Array("plan p { period 2020-01-01 .. 2020-01-02 }\npartner x \"never closed".utf8))
        #expect(report.diagnostics.contains { $0.message.en == "unterminated string at the end of the file" })
    }

    @Test func unterminatedTextBlock() {
        let report = check(Array("plan p \"\"\"\n never closed".utf8))
        #expect(report.diagnostics.contains { $0.message.en.hasPrefix("unterminated text block") })
    }

    @Test func tenThousandNestedBraces() {
        let text = "plan p { period 2020-01-01 .. 2020-01-02 }\n" + String(repeating: "{", count: 10_000) + String(repeating: "}", count: 10_000)
        let report = check(Array(text.utf8))
        #expect(report.diagnostics.map(\.message.en) == ["unexpected `{` outside a declaration"])
    }

    @Test func tenThousandUnclosedBracesInADeclaration() {
        let text = "partner a \"A\" { sector health\n" + String(repeating: "{", count: 10_000)
        let report = check(Array(text.utf8))
        #expect(report.errors >= 1)
        #expect(report.diagnostics.count <= Checker.Options().maxDiagnosticsPerFile)
    }

    @Test func hundredMegabyteSingleLine() {
        // One line of 100 MB: a comment, then garbage with no line break. Linear time, bounded findings.
        var bytes = Array("plan p { period 2020-01-01 .. 2020-01-02 }\n# ".utf8)
        bytes += [UInt8](repeating: 0x61, count: 50_000_000)
        bytes += [0x0A]
        bytes += [UInt8](repeating: 0x40, count: 50_000_000) // `@` forms no token
        let report = check(bytes)
        #expect(report.diagnostics.count == 1)
        #expect(report.diagnostics.first?.message.en.hasPrefix("unexpected characters") == true)
    }

    @Test func diagnosticsPerFileAreCapped() {
        let text = "plan p { period 2020-01-01 .. 2020-01-02 }\n" + String(repeating: "partner x \"X\" { sector nowhere }\n", count: 1_000)
        let report = check(Array(text.utf8))
        #expect(report.diagnostics.count == Checker.Options().maxDiagnosticsPerFile)
        #expect(report.hidden["x.plan"] ?? 0 > 0)
        #expect(report.errors > report.diagnostics.count)
        let line = "\(report.hidden["x.plan"]!) more findings not shown"
        #expect(HumanReport.render(report, colored: false).contains("x.plan: " + line))
        #expect(GitHubAnnotations.render(report).contains("::warning file=x.plan,title=coplan::" + line))
        #expect(JUnitReport.render(report, strict: false).contains(line))
        #expect(SarifReport.render(report).serialized().contains(
            #"toolExecutionNotifications":[{"level":"warning","message":{"text":"\#(line): the per-file limit was reached"}"#))
    }

    @Test func everyByteValueAlone() {
        for byte in 0...255 {
            let report = check([UInt8(byte), 0x7B, UInt8(byte), 0x22, UInt8(byte)])
            #expect(report.errors >= 1)
        }
    }
}
