import Foundation
import Testing
@testable import CoplanKit
@testable import CoplanEmit

/// Plans may write any number where a number stands. Huge, zero, fractional and malformed
/// values in every numeric attribute go through every output — check in every format, gaps in
/// every format, every document format, the report and the graph — and give findings or text,
/// never a trap (`emit --report` once died on an indicator target above `Int.max`).
@Suite struct ExtremeNumbersTests {
    static let values = ["0", "1", "0.5", "10000000000000000000", "9223372036854775807", "9223372036854775808",
                         "1e300", "1e-300", "123456789012345678901234567890", "-1", "00", "1_000_000"]

    /// The Leśniowice plan with one value written into every numeric attribute.
    static func plan(_ value: String) throws -> String {
        var text = try String(contentsOf: ShippedPlansTests.plans.appendingPathComponent("lesniowice-liderzy-kooperacji.plan"), encoding: .utf8)
        text += """

        group extreme_group "G" { size \(value); needs activation }
        service extreme_service "S" { by gops; for extreme_group; meets activation; capacity \(value) per year }
        agreement extreme_agreement "A" {
          parties gops, pup
          period 2018-04-01 .. 2021-03-31
          gops provides extreme_service
          pup commits "x"
          meetings every \(value) months
          notice \(value) days
        }
        goal extreme_goal "G" {
          indicator agreements >= \(value)
          indicator coverage >= \(value)%
          indicator people_reached <= \(value)
        }

        """
        // The plan's budget and required coverage take the value too.
        text = text.replacingOccurrences(of: "budget ", with: "budget \(value) PLN # was: ")
        return text
    }

    @Test(arguments: values)
    func everyOutputCopesWith(_ value: String) throws {
        let report = checkReport(["/repo/Plans/p.plan": try Self.plan(value)])
        _ = HumanReport.render(report, colored: true)
        _ = report.json.serialized(pretty: true)
        _ = SarifReport.render(report).serialized(pretty: true)
        _ = JUnitReport.render(report, strict: true)
        _ = GitHubAnnotations.render(report)
        for plan in report.plans {
            let model = plan.model
            let analysis = Analyzer.analyse(model)
            let matrix = CoverageMatrix(model: model, result: analysis)
            for language in Language.allCases {
                _ = matrix.text(width: 80, language: language)
                _ = matrix.markdown(language: language)
                _ = matrix.json(language: language).serialized(pretty: true)
            }
            let graph = PartnerGraph(model: model)
            _ = graph.dot()
            _ = graph.mermaid()
            for language in Language.allCases {
                for format in [DocumentFormat.md, .html] {
                    _ = try? PlanReport(model: model, analysis: analysis, language: language).render(format: format)
                }
                for format in DocumentFormat.allCases {
                    _ = try? AgreementEmitter(model: model, language: language).renderAll(format: format)
                }
            }
        }
        // Ordinary values give a clean plan, so every output above ran on real content.
        if value == "1" || value == "1_000_000" { #expect(report.errors == 0, "\(report.diagnostics.map(\.message.en))") }
        // A value that is not a number where one is expected is reported, located.
        #expect(report.diagnostics.allSatisfy { $0.span != nil || $0.code == .E300 })
    }
}
