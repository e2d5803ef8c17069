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

/// The plans in `Plans/` are the product's showcase: they must check without errors and stay
/// realistic (enough partners, agreements, a team and goals).
@Suite struct ShippedPlansTests {
    static let plans = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Plans")

    static func load(_ name: String) throws -> (PlanCheck, CheckReport) {
        let path = plans.appendingPathComponent(name).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let report = checkReport(["/repo/Plans/" + name: text])
        return (try #require(report.plans.first), report)
    }

    @Test(arguments: ["dzialdowo-mlw.plan", "lesniowice-liderzy-kooperacji.plan"])
    func checksWithoutErrors(_ name: String) throws {
        let (plan, report) = try Self.load(name)
        #expect(report.errors == 0, "\(report.diagnostics.filter { $0.severity == .error }.map(\.message.en))")
        #expect(report.warnings == 0)
        let model = plan.model
        #expect(model.partners.count >= 10)
        #expect(model.agreements.count >= 5)
        #expect(model.groups.count >= 3)
        #expect(model.needs.count >= 6)
        #expect(model.services.count >= 5)
        #expect(!model.teams.isEmpty)
        #expect(!model.goals.isEmpty)
        #expect(model.partners.allSatisfy { $0.sector != nil })
    }

    @Test func lesniowiceMatchesTheSeed() throws {
        let (plan, _) = try Self.load("lesniowice-liderzy-kooperacji.plan")
        let info = try #require(plan.model.plan)
        #expect(info.period?.description == "2018-04-01 .. 2021-03-31")
        #expect(info.territory?.teryt?.value == "0603062")
        #expect(info.budget?.text == "12893583.46")
        let required = Set(info.requiredSectors.map { plan.model[$0.value].name })
        #expect(required == ["social_assistance", "education", "health", "police", "justice", "culture", "sport"])
    }
}
