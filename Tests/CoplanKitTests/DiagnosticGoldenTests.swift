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

/// One golden file per diagnostic code and language (gap codes `G5xx` with the coverage evaluator on): input snippet → exact rendered output
/// (`NAME.en.expected`, `NAME.pl.expected`), so a reviewer reads every message in both.
@Suite struct DiagnosticGoldenTests {
    static let inputs = (try? Golden.files(in: "diagnostics", ext: "plan")) ?? []

    @Test(arguments: inputs, Language.allCases)
    func rendersExactly(_ name: String, _ language: Language) throws {
        let text = try Golden.read("diagnostics/" + name)
        let report = checkReport(Golden.split(text, defaultPath: "/repo/diagnostics/" + name), roots: ["/repo/diagnostics/" + name],
                                 analyse: name.hasPrefix("G"), language: language)
        try Golden.assert(HumanReport.render(report, colored: false),
                          matches: "diagnostics/" + name.replacingOccurrences(of: ".plan", with: ".\(language.rawValue).expected"))
        // The file is named for the code it demonstrates; that code must be among the findings.
        let code = String(name.prefix(4))
        #expect(report.diagnostics.contains { $0.code.rawValue == code }, "\(name) does not report \(code)")
    }

    @Test func everyCodeHasAGoldenFile() {
        let covered = Set(Self.inputs.map { String($0.prefix(4)) })
        for code in DiagnosticCode.allCases {
            #expect(covered.contains(code.rawValue), "no golden file for \(code.rawValue)")
        }
    }
}
