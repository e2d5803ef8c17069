import Foundation
import Testing
@testable import CoplanKit
@testable import CoplanCore
@testable import CoplanFormat

/// A byte-order mark is neither counted nor shown, and LF, CRLF and lone CR end lines the same
/// way everywhere a person sees a place: findings, code frames, the formatter.
@Suite struct LineEndTests {
    static let broken = """
    plan p "Plan" {
      period 2024-01-01 .. 2024-12-31
    }
    partner gops "GOPS" { sector pomoc_spoleczna }
    partner x "X" {
      sector zdrowiee
    }

    """

    func rendered(_ text: String) -> String {
        let report = checkReport(["/repo/p.plan": text], analyse: false)
        return HumanReport.render(report, colored: false)
    }

    @Test(arguments: ["\r\n", "\r"])
    func everyLineEndGivesTheSameFindings(_ end: String) {
        let converted = Self.broken.replacingOccurrences(of: "\n", with: end)
        #expect(rendered(converted) == rendered(Self.broken))
        #expect(rendered(Self.broken).contains("p.plan:6:10: error[E200]"))
    }

    @Test(arguments: ["\r\n", "\r"])
    func theFormatterTreatsEveryLineEndAlike(_ end: String) throws {
        let text = try String(contentsOf: ShippedPlansTests.plans.appendingPathComponent("dzialdowo-mlw.plan"), encoding: .utf8)
        let formatter = PlanFormatter()
        let lf = try formatter.format(text: text, path: "p.plan")
        #expect(try formatter.format(text: text.replacingOccurrences(of: "\n", with: end), path: "p.plan") == lf)
    }

    @Test func aByteOrderMarkIsNeitherCountedNorShown() {
        let text = "\u{FEFF}" + Self.broken.replacingOccurrences(of: "plan p \"Plan\" {", with: "plan p \"Plan\" { sektor x")
        let output = rendered(text)
        #expect(output.contains("p.plan:1:17: error[E102]"), "\(output)")
        #expect(!output.contains("\u{FEFF}"))
        #expect(SourceFile(path: "p", text: "\u{FEFF}ab").location(of: 3) == SourceLocation(line: 1, column: 1))
    }
}
