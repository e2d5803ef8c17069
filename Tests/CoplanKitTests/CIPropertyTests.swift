import Foundation
import PropertyBased
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

/// Properties of the CI stages that must hold for any input, not just the examples.
@Suite struct CIPropertyTests {
    /// Undoes GitHub's escaping, to show that escaping loses nothing.
    static func unescape(_ text: String) -> String {
        var out = text
        for (code, raw) in [("%3A", ":"), ("%2C", ","), ("%0D", "\r"), ("%0A", "\n"), ("%25", "%")] {
            out = out.replacingOccurrences(of: code, with: raw)
        }
        return out
    }

    @Test func githubEscapingIsLosslessAndLeavesNoSeparator() async {
        let scalars = Gen.unicodeScalar(in: "\u{0}"..."\u{17F}")
        await propertyCheck(input: scalars.array(of: 0...40)) { list in
            var text = ""
            text.unicodeScalars.append(contentsOf: list)
            let property = GitHubAnnotations.escapeProperty(text)
            #expect(!property.contains(",") && !property.contains(":") && !property.contains("\n") && !property.contains("\r"))
            #expect(Self.unescape(property) == text)
            let data = GitHubAnnotations.escapeData(text)
            #expect(!data.contains("\n") && !data.contains("\r"))
        }
    }

    /// Suppressing any subset of idle partners silences exactly those, with no stale W403.
    @Test func suppressingASubsetSilencesExactlyThatSubset() async {
        await propertyCheck(input: Gen.bool.array(of: 1...25)) { suppressed in
            var text = "plan p { period 2024-01-01 .. 2024-12-31 }\n"
            for (index, silenced) in suppressed.enumerated() {
                text += "partner p\(index) \"P\" { sector culture }\(silenced ? "  # coplan: allow W400" : "")\n"
            }
            let report = checkReport(["/repo/t.plan": text], analyse: false)
            #expect(report.diagnostics.map(\.code) == Array(repeating: .W400, count: suppressed.count { !$0 }))
            let lines = report.diagnostics.compactMap { $0.span?.start.line }
            #expect(lines == suppressed.indices.filter { !suppressed[$0] }.map { $0 + 2 })
        }
    }

    /// The report does not depend on how many cores check it.
    @Test func reportIsTheSameOnAnyNumberOfCores() async {
        let files = ParallelCheckTests.repository(gminy: 24, powiaty: 5)
        let paths = files.keys.sorted()
        let provider = MemorySourceProvider(files: files)
        let serial = Checker(options: { var o = Checker.Options(); o.cores = 1; return o }()).check(paths: paths, provider: provider).json.serialized()
        await propertyCheck(count: 20, input: Gen.int(in: 2...16)) { cores in
            var options = Checker.Options()
            options.cores = cores
            #expect(Checker(options: options).check(paths: paths, provider: provider).json.serialized() == serial)
        }
    }
}
