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

/// Golden files for the coverage matrix (Fixtures/analysis/). Regenerate with
/// `COPLAN_RECORD=1 swift test --filter AnalysisGolden` and review the diff.
@Suite struct AnalysisGoldenTests {
    static let plan = """
    plan gmina "Gmina" { period 2020-01-01 .. 2020-12-31
      require sectors social_assistance, police }
    partner gops { sector social_assistance }
    partner pup { sector employment }
    partner szkola_podstawowa_im_marii_konopnickiej { sector education }
    partner cop { sector police }
    need aktywizacja {}
    need rodzicielstwo {}
    need poradnictwo_psychologiczno_pedagogiczne {}
    group rodziny { size 120
      needs aktywizacja, rodzicielstwo, poradnictwo_psychologiczno_pedagogiczne }
    group osoby_dlugotrwale_bezrobotne_w_gminie { size 40
      needs aktywizacja }
    group seniorzy { needs rodzicielstwo }
    service klub_pracy { by pup
      for rodziny, osoby_dlugotrwale_bezrobotne_w_gminie
      meets aktywizacja
      capacity 5 per month }
    service asystent { by gops
      for rodziny
      meets rodzicielstwo
      capacity 200 per year }
    service porady { by szkola_podstawowa_im_marii_konopnickiej
      for rodziny
      meets poradnictwo_psychologiczno_pedagogiczne }
    agreement gops_pup { parties gops, pup
      period 2019-06-01 .. 2020-09-30
      pup provides klub_pracy
      gops commits "x" }
    agreement gops_szkola { parties gops, szkola_podstawowa_im_marii_konopnickiej
      period 2020-01-01 .. 2020-12-31
      gops provides asystent
      szkola_podstawowa_im_marii_konopnickiej provides porady }
    """

    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/analysis")
    }

    func matrix(without: [String] = []) -> CoverageMatrix {
        let tree = Parser.parse(Self.plan, path: "gmina.plan")
        let (model, diagnostics) = Resolver.resolve([tree])
        #expect((tree.diagnostics + diagnostics).isEmpty)
        let withdrawn = Set(without.compactMap(model.partner(named:)))
        return CoverageMatrix(model: model, result: Analyzer.analyse(model, without: withdrawn))
    }

    func compare(_ actual: String, _ name: String) throws {
        let url = Self.fixtures.appendingPathComponent(name)
        if Golden.recording {
            try FileManager.default.createDirectory(at: Self.fixtures, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from the golden file")
    }

    @Test func humanMatrix() throws {
        let text = matrix().text(width: 80)
        try compare(text, "matrix.txt")
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "too wide: \(line)") }
    }

    @Test func humanMatrixWithout() throws {
        let text = matrix(without: ["gops"]).text(width: 80)
        try compare(text, "matrix-without-gops.txt")
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "too wide: \(line)") }
    }

    @Test func markdownMatrix() throws {
        try compare(matrix().markdown(), "matrix.md")
    }

    @Test func jsonMatrix() throws {
        try compare(matrix(without: ["pup"]).json.serialized(pretty: true) + "\n", "matrix-without-pup.json")
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!matrix().text().contains("\u{1B}["))
        #expect(matrix().text(colored: true).contains("\u{1B}[32mok\u{1B}[0m"))
    }
}
