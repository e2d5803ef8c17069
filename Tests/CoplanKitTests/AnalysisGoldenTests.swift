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

    /// `matrix.txt` in English, `matrix.pl.txt` in Polish.
    static func name(_ base: String, _ ext: String, _ language: Language) -> String {
        language == .en ? "\(base).\(ext)" : "\(base).pl.\(ext)"
    }

    @Test(arguments: Language.allCases) func humanMatrix(_ language: Language) throws {
        let text = matrix().text(width: 80, language: language)
        try compare(text, Self.name("matrix", "txt", language))
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "too wide: \(line)") }
    }

    @Test(arguments: Language.allCases) func humanMatrixWithout(_ language: Language) throws {
        let text = matrix(without: ["gops"]).text(width: 80, language: language)
        try compare(text, Self.name("matrix-without-gops", "txt", language))
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "too wide: \(line)") }
    }

    @Test(arguments: Language.allCases) func markdownMatrix(_ language: Language) throws {
        try compare(matrix().markdown(language: language), Self.name("matrix", "md", language))
    }

    @Test(arguments: Language.allCases) func jsonMatrix(_ language: Language) throws {
        try compare(matrix(without: ["pup"]).json(language: language).serialized(pretty: true) + "\n",
                    Self.name("matrix-without-pup", "json", language))
    }

    /// Every line of `gaps` in Polish is Polish (names in backticks aside), every line in
    /// English is English, in text and Markdown, with and without a what-if.
    @Test func everyLineIsInOneLanguage() {
        for without in [[], ["gops"], ["gops", "pup"]] {
            let matrix = self.matrix(without: without)
            // The grid and the pair list show names without backticks (and cut them short).
            let model = matrix.model
            let names = (model.partners.map(\.name) + model.needs.map(\.name) + model.groups.map(\.name) + model.services.map(\.name)
                         + model.agreements.map(\.name)).sorted { $0.count > $1.count }
            func words(_ line: Substring) -> String {
                var text = String(line)
                for name in names { text = text.replacingOccurrences(of: name, with: "") }
                return text.split(separator: " ").filter { !$0.hasSuffix("…") }.joined(separator: " ")
            }
            for line in (matrix.text(width: 80, language: .pl) + matrix.markdown(language: .pl)).split(separator: "\n") {
                #expect(LanguageAudit.englishIn(words(line)).isEmpty, "English in: \(line)")
            }
            for line in (matrix.text(width: 80, language: .en) + matrix.markdown(language: .en)).split(separator: "\n") {
                #expect(LanguageAudit.polishIn(words(line)).isEmpty, "Polish in: \(line)")
            }
        }
    }

    /// JSON keys and status values are the same in both languages; only sentences differ.
    @Test func jsonKeysDoNotChangeWithTheLanguage() throws {
        let matrix = matrix(without: ["pup"])
        let en = try #require(JSONSerialization.jsonObject(with: Data(matrix.json(language: .en).serialized().utf8)) as? [String: Any])
        let pl = try #require(JSONSerialization.jsonObject(with: Data(matrix.json(language: .pl).serialized().utf8)) as? [String: Any])
        #expect(Set(en.keys) == Set(pl.keys))
        let enPairs = try #require(en["pairs"] as? [[String: Any]]), plPairs = try #require(pl["pairs"] as? [[String: Any]])
        #expect(enPairs.map { $0["status"] as? String } == plPairs.map { $0["status"] as? String })
        let enGaps = try #require(en["gaps"] as? [[String: Any]]), plGaps = try #require(pl["gaps"] as? [[String: Any]])
        #expect(enGaps.map { $0["code"] as? String } == plGaps.map { $0["code"] as? String })
        #expect(plGaps.contains { ($0["message"] as? String)?.hasPrefix("potrzeba `") == true })
    }

    /// The what-if header names the withdrawn partners and the day in the reader's language.
    @Test func whatIfHeaders() {
        let tree = Parser.parse(Self.plan, path: "gmina.plan")
        let (model, _) = Resolver.resolve([tree])
        let withdrawn = Set(["gops", "pup"].compactMap(model.partner(named:)))
        let day = Day(iso: "2020-06-01")
        let matrix = CoverageMatrix(model: model, result: Analyzer.analyse(model, without: withdrawn, at: day))
        let pl = matrix.text(width: 80, language: .pl), en = matrix.text(width: 80, language: .en)
        #expect(pl.hasPrefix("pokrycie planu `gmina` na dzień 2020-06-01\nbez podmiotów `gops`, `pup`, jakby wycofały się z planu\n"), "\(pl)")
        #expect(en.hasPrefix("coverage of `gmina` on 2020-06-01\nas if `gops`, `pup` withdrew\n"), "\(en)")
        #expect(matrix.markdown(language: .pl).contains("nie jest pokryta w dniu 2020-06-01: "))
        #expect(matrix.markdown(language: .pl).contains("pokryta → niepokryta, traci pokrycie w dniu 2020-06-01"))
        #expect(matrix.markdown(language: .pl).contains("Stan na dzień 2020-06-01 — pokryto **"))
        let outside = CoverageMatrix(model: model, result: Analyzer.analyse(model, at: Day(iso: "2021-02-01")))
        #expect(outside.text(language: .pl).hasPrefix("pokrycie planu `gmina` na dzień 2021-02-01 (poza okresem planu 2020-01-01 .. 2020-12-31)"))
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!matrix().text(language: .en).contains("\u{1B}["))
        #expect(matrix().text(colored: true, language: .pl).contains("\u{1B}[32mok\u{1B}[0m"))
    }
}
