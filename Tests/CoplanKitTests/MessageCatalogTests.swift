import Foundation
import PropertyBased
import Testing
@testable import CoplanKit
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanModel
@testable import CoplanAnalysis
@testable import CoplanPipeline
@testable import CoplanEmit

/// Every finding coplan can produce reads wholly in Polish and wholly in English, with the same
/// placeholders in both: checked over the golden fixtures, the shipped plans and random broken
/// plans (huge and negative numbers, Polish names with diacritics, missing and doubled lines).
@Suite struct MessageCatalogTests {
    /// The problems of one message in one finding, empty when it is fine.
    static func problems(_ diagnostic: Diagnostic) -> [String] {
        var texts: [(String, Text)] = [("message", diagnostic.message)]
        if let help = diagnostic.helpText { texts.append(("help", help)) }
        for note in diagnostic.notes { texts.append(("note", note.message)) }
        var out: [String] = []
        for (part, text) in texts {
            let english = LanguageAudit.englishIn(text.pl), polish = LanguageAudit.polishIn(text.en)
            if !english.isEmpty { out.append("\(diagnostic.code) \(part): English words \(english) in Polish: \(text.pl)") }
            if !polish.isEmpty { out.append("\(diagnostic.code) \(part): Polish words \(polish) in English: \(text.en)") }
            // Sentences of our own differ between the languages; a name alone may not.
            if text.en == text.pl, !LanguageAudit.words(text.en).isEmpty {
                out.append("\(diagnostic.code) \(part): not translated: \(text.en)")
            }
            let en = Set(LanguageAudit.codeSpans(text.en)), pl = Set(LanguageAudit.codeSpans(text.pl))
            if en != pl { out.append("\(diagnostic.code) \(part): placeholders differ: en \(en.sorted()) pl \(pl.sorted())") }
        }
        return out
    }

    static func audit(_ report: CheckReport) -> [String] {
        report.diagnostics.flatMap(problems)
    }

    @Test func everyCodeSummaryIsInBothLanguages() {
        for code in DiagnosticCode.allCases {
            let text = code.summaryText
            #expect(LanguageAudit.englishIn(text.pl).isEmpty, "\(code): \(text.pl)")
            #expect(LanguageAudit.polishIn(text.en).isEmpty, "\(code): \(text.en)")
            #expect(text.en != text.pl)
        }
    }

    @Test func goldenFixturesReadInBothLanguages() throws {
        for name in try Golden.files(in: "diagnostics", ext: "plan") {
            let text = try Golden.read("diagnostics/" + name)
            let report = checkReport(Golden.split(text, defaultPath: "/repo/diagnostics/" + name), roots: ["/repo/diagnostics/" + name])
            let found = Self.audit(report)
            #expect(found.isEmpty, "\(name):\n\(found.joined(separator: "\n"))")
        }
    }

    @Test func shippedPlansReadInBothLanguages() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let plans = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Plans").path).filter { $0.hasSuffix(".plan") }
        #expect(!plans.isEmpty)
        for plan in plans {
            let text = try String(contentsOf: root.appendingPathComponent("Plans/" + plan), encoding: .utf8)
            let found = Self.audit(checkReport(["/repo/" + plan: text]))
            #expect(found.isEmpty, "\(plan):\n\(found.joined(separator: "\n"))")
        }
    }

    /// A broken variant of a valid random plan: each mutation is a mistake a planner makes.
    static func broken(_ text: String, seed: Int) -> String {
        var random = SplitMix(seed: UInt64(truncatingIfNeeded: seed) &+ 17)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let polishNames = ["źródło_ąę", "żółć", "ośrodek_pomocy_społecznej", "zespół_łączności", "Łódź_1"]
        let numbers = ["99999999999999999999", "0", "-5", "1e300", "3.75", "1_000_000_000"]
        for _ in 0..<random.int(1...4) {
            guard !lines.isEmpty else { break }
            let index = random.int(0...lines.count - 1)
            var words = lines[index].split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            switch random.int(0...6) {
            case 0: lines.remove(at: index)
            case 1: lines.insert(lines[index], at: index)
            case 2:
                if let slot = words.indices.last(where: { words[$0].first?.isLetter == true }), slot > 0 {
                    words[slot] = polishNames[random.int(0...polishNames.count - 1)]
                    lines[index] = words.joined(separator: " ")
                }
            case 3:
                if let slot = words.indices.first(where: { words[$0].first?.isNumber == true }) {
                    words[slot] = numbers[random.int(0...numbers.count - 1)]
                    lines[index] = words.joined(separator: " ")
                }
            case 4:
                if let slot = words.indices.first(where: { words[$0].count > 3 && words[$0].allSatisfy(\.isLetter) }) {
                    words[slot].removeLast()
                    lines[index] = words.joined(separator: " ")
                }
            case 5: lines.insert("  \(polishNames[random.int(0...polishNames.count - 1)]) \(numbers[random.int(0...numbers.count - 1)])", at: index)
            default:
                if let slot = words.indices.last(where: { words[$0].contains(",") }) {
                    words[slot] = ","
                    lines[index] = words.joined(separator: " ")
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test func randomBrokenPlansReadInBothLanguages() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...1_000_000_000)) { seed in
            let text = Self.broken(ValidRandomPlan(seed: seed).text(), seed: seed)
            let report = ValidRandomPlan.check(text)
            let found = Self.audit(report)
            #expect(found.isEmpty, "\(found.joined(separator: "\n"))\n--- plan\n\(text)")
        }
    }

    /// The whole human output in Polish has no English words outside code and the code frame.
    @Test func polishHumanReportHasNoEnglishLines() async {
        await propertyCheck(count: 60, input: Gen.int(in: 0...1_000_000_000)) { seed in
            let text = Self.broken(ValidRandomPlan(seed: seed).text(), seed: seed)
            var report = ValidRandomPlan.check(text)
            report.language = .pl
            for line in HumanReport.render(report, colored: false).split(separator: "\n") {
                // Code frames (`3 | …`, `  | ^^^`) quote the plan itself.
                if line.contains("|") { continue }
                let english = LanguageAudit.englishIn(String(line))
                #expect(english.isEmpty, "\(english) in: \(line)")
            }
        }
    }
}
