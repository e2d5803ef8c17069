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

/// `Plans/powiat-dzialdowski/`: a shared powiat registry imported by several gmina plans, so
/// imports are exercised on real content. It must check without errors or warnings.
@Suite struct SampleRepositoryTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Plans/powiat-dzialdowski")

    @Test func powiatRepositoryChecksCleanAndSharesItsRegistry() throws {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.folder.path) where name.hasSuffix(".plan") {
            files["/repo/Plans/powiat-dzialdowski/" + name] = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        }
        let report = checkReport(files)
        #expect(report.errors == 0, "\(report.diagnostics.filter { $0.severity == .error }.map(\.message.en))")
        #expect(report.warnings == 0, "\(report.diagnostics.filter { $0.severity == .warning }.map(\.message.en))")
        // The registry is no plan of its own: it is checked inside every gmina plan.
        #expect(report.plans.count == files.count - 1)
        let importers = report.plans.filter { $0.model.files.contains { $0.path.hasSuffix("powiat.plan") } }
        #expect(importers.count >= 3)
        for plan in importers {
            #expect(plan.model.partner(named: "pcpr") != nil)
            #expect(plan.model.plan?.territory?.teryt?.value.hasPrefix("2803") == true)
            // Every plan has agreements with powiat partners from the registry.
            let powiatParties = plan.model.agreements.flatMap(\.parties).filter { plan.model[$0.value].level == .powiat }
            #expect(powiatParties.count >= 5)
        }
    }
}
