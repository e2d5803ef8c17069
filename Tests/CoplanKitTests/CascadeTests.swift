import Foundation
import Testing
@testable import CoplanKit
@testable import CoplanEmit

/// One mistake gives one finding: what a typo breaks is not reported again, and coverage waits
/// for the errors to be fixed.
@Suite struct CascadeTests {
    static let plan = """
    plan p "P" { okres 2024-01-01 .. 2024-12-31 }
    podmiot mops "MOPS" { sektor pomoc_spoleczna }
    podmiot pup "PUP" { sektor rynek_pracy }
    potrzeba praca "Praca" {}
    grupa bezrobotni "Bezrobotni" { potrzeby praca }
    usługa kis "KIS" { przez pup; dla bezrobotni; zaspokaja praca }
    porozumienie a "A" {
      strony mops, pup
      okres 2024-01-01 .. 2024-12-31
      mops zobowiązuje "Kieruje osoby."
      pup zapewnia kis
    }

    """

    func codes(_ text: String) -> [DiagnosticCode] {
        checkReport(["/repo/p.plan": text]).diagnostics.map(\.code)
    }

    @Test func theCleanPlanHasCoverage() {
        let report = checkReport(["/repo/p.plan": Self.plan])
        #expect(report.errors == 0)
        #expect(report.coverage != nil)
    }

    @Test func aMistypedPartyGivesOneFinding() {
        let text = Self.plan.replacingOccurrences(of: "strony mops, pup", with: "strony mopsx, pup")
        #expect(codes(text) == [.E200])
    }

    @Test func aMistypedClausePartyGivesOneFinding() {
        let text = Self.plan.replacingOccurrences(of: "mops zobowiązuje", with: "mopsx zobowiązuje")
        #expect(codes(text) == [.E200])
    }

    @Test func aNearMissOfARequiredAttributeIsOneE102() {
        let text = Self.plan.replacingOccurrences(of: "  okres 2024", with: "  okers 2024")
        let report = checkReport(["/repo/p.plan": text])
        #expect(report.diagnostics.map(\.code) == [.E102])
        #expect(report.diagnostics.first?.suggestion == "okres")
    }

    @Test func aPlanWithErrorsGetsNoCoverage() {
        let text = Self.plan.replacingOccurrences(of: "strony mops, pup", with: "strony mopsx, pup")
        let report = checkReport(["/repo/p.plan": text])
        #expect(report.gaps == 0 && report.coverage == nil)
        #expect(report.json.serialized(pretty: false).contains(#""coverage":null"#))
        // The plan is written in Polish keywords, so it is read in Polish.
        #expect(HumanReport.summaryLine(report).hasSuffix("pokrycie zostanie ocenione po poprawieniu błędów"))
        var english = report
        english.language = .en
        #expect(HumanReport.summaryLine(english).hasSuffix("coverage is evaluated once the errors are fixed"))
    }
}
