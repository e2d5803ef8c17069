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

/// One golden file per diagnostic code and language: input snippet → exact rendered output
/// (`NAME.en.expected`, `NAME.pl.expected`), so a reviewer reads every message in both.
@Suite struct DiagnosticGoldenTests {
    static let inputs = (try? Golden.files(in: "diagnostics", ext: "plan")) ?? []

    @Test(arguments: inputs, Language.allCases)
    func rendersExactly(_ name: String, _ language: Language) throws {
        let text = try Golden.read("diagnostics/" + name)
        let report = checkReport(Golden.split(text, defaultPath: "/repo/diagnostics/" + name), roots: ["/repo/diagnostics/" + name],
                                 analyse: false, language: language)
        try Golden.assert(HumanReport.render(report, colored: false),
                          matches: "diagnostics/" + name.replacingOccurrences(of: ".plan", with: ".\(language.rawValue).expected"))
        // The file is named for the code it demonstrates; that code must be among the findings.
        let code = String(name.prefix(4))
        #expect(report.diagnostics.contains { $0.code.rawValue == code }, "\(name) does not report \(code)")
    }

    @Test func everyCodeOfTheCoreHasAGoldenFile() {
        let covered = Set(Self.inputs.map { String($0.prefix(4)) })
        let core = DiagnosticCode.allCases.filter { $0.rawValue.hasPrefix("E") || ["W400", "W401", "W402", "W404", "W405"].contains($0.rawValue) }
        for code in core {
            #expect(covered.contains(code.rawValue), "no golden file for \(code.rawValue)")
        }
    }
}
