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
import CoplanTesting

/// Properties of the whole pipeline on random valid plans (`ValidRandomPlan`): the checker accepts
/// them, every machine output parses, and coverage moves the right way when agreements are added
/// or partners leave.
@Suite struct PipelinePropertyTests {
    static let seeds = Gen.int(in: 0...1_000_000_000)

    @Test func randomPlansCheckWithoutErrorsAndOutputsParse() async {
        await propertyCheck(count: 150, input: Self.seeds) { seed in
            let plan = ValidRandomPlan(seed: seed)
            let report = ValidRandomPlan.check(plan.text())
            let errors = report.diagnostics.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(plan): \(errors.map { "\($0.code) \($0.message.en)" })\n\(plan.text())")
            for json in [report.json.serialized(pretty: true), SarifReport.render(report).serialized()] {
                #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "\(plan): JSON does not parse")
            }
            let junit = JUnitReport.render(report, strict: true)
            #expect(junit.hasPrefix("<?xml"), "\(plan): JUnit")
            let model = report.plans[0].model
            let matrix = CoverageMatrix(model: model, result: Analyzer.analyse(model))
            #expect((try? JSONSerialization.jsonObject(with: Data(matrix.json(language: .pl).serialized().utf8))) != nil)
        }
    }

    /// Fuzz harness invariants hold on valid plans too (what-if, single day, all formats).
    @Test func harnessInvariantsHoldOnRandomPlans() async {
        await propertyCheck(count: 40, input: Self.seeds) { seed in
            let bytes = Array(ValidRandomPlan(seed: seed).text().utf8)
            FuzzHarness.parse(bytes)
            FuzzHarness.format(bytes)
            FuzzHarness.check(bytes)
            FuzzHarness.emit(bytes)
        }
    }

    @Test func addingAnAgreementNeverLowersCoverage() async {
        await propertyCheck(count: 120, input: Self.seeds) { seed in
            let plan = ValidRandomPlan(seed: seed)
            guard !plan.agreements.isEmpty else { return }
            let fewer = Self.coverage(plan.text(agreementCount: plan.agreements.count - 1))
            let more = Self.coverage(plan.text())
            #expect(more.days >= fewer.days, "\(plan)")
            for (pair, days) in fewer.perPair {
                #expect(more.perPair[pair, default: 0] >= days, "\(plan): pair \(pair)")
            }
        }
    }

    @Test func removingAPartnerNeverRaisesCoverage() async {
        await propertyCheck(count: 120, input: Self.seeds) { seed in
            let plan = ValidRandomPlan(seed: seed)
            let report = ValidRandomPlan.check(plan.text())
            let model = report.plans[0].model
            let baseline = Analyzer.analyse(model)
            for partner in plan.partners.indices {
                let whatIf = Analyzer.analyse(model, without: [Ref(partner)])
                let before = baseline.summary?.coveredPairDays ?? 0
                let after = whatIf.summary?.coveredPairDays ?? 0
                #expect(after <= before, "\(plan) without p\(partner)")
                // Writing the plan without the partner gives the same coverage as the what-if.
                let edited = Self.coverage(plan.text(without: partner))
                #expect(edited.days == after, "\(plan): text without p\(partner) \(edited.days) vs what-if \(after)")
            }
        }
    }

    /// Any string survives JSON escaping: `JSONSerialization` reads back exactly the same text.
    @Test func jsonStringsRoundTrip() async {
        let scalars = Gen.unicodeScalar(in: "\u{0}"..."\u{2100}")
        await propertyCheck(count: 300, input: scalars.array(of: 0...30)) { list in
            var text = ""
            text.unicodeScalars.append(contentsOf: list)
            let json = JSONValue.array([.string(text)]).serialized()
            let parsed = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
            #expect(parsed == [text], "\(json)")
        }
    }

    /// The escapes themselves, byte for byte: short forms where JSON has them, `\u00XX` for the
    /// other control characters, and U+2028/U+2029 escaped for JavaScript readers.
    @Test func jsonEscapesAreExact() {
        let text = "a\"b\\c\nd\re\tf\u{1}\u{1F}g\u{2028}h\u{2029}iłj\u{7F}"
        #expect(JSONValue.string(text).serialized() == #""a\"b\\c\nd\re\tf\u0001\u001fg\u2028h\u2029iłj\#u{7F}""#)
    }

    /// Covered pair-days in total and per (group, need) name pair.
    static func coverage(_ text: String) -> (days: Int, perPair: [String: Int]) {
        let report = ValidRandomPlan.check(text)
        let model = report.plans[0].model
        let result = Analyzer.analyse(model)
        var perPair: [String: Int] = [:]
        for pair in result.pairs { perPair[model[pair.group].name + "/" + model[pair.need].name] = pair.coveredDays }
        return (result.summary?.coveredPairDays ?? 0, perPair)
    }
}
