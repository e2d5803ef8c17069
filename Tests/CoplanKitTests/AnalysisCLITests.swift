import Foundation
import Testing

/// `coplan gaps` end to end on the shipped plans: exit codes, formats, what-if and `--at`.
@Suite struct AnalysisCLITests {
    static let dzialdowo = "Plans/dzialdowo-mlw.plan"

    @Test func matrixOfTheShippedPlan() throws {
        let result = try CLITests.run(["gaps", Self.dzialdowo])
        #expect(result.status == 0, "\(result.stderr)")
        // The plan's comments announce exactly these: G502, G503 and G504 on (opuszczajacy_zk, mieszkanie).
        #expect(result.stdout.contains("98.2% of pair-days covered; 13 of 14 pairs fully covered"))
        #expect(result.stdout.contains("gaps (3)"))
        #expect(result.stdout.contains("G502 need `mieszkanie` of group `opuszczajacy_zk` is uncovered"))
        #expect(result.stdout.contains("opuszczajacy_zk × mieszkanie         74%  zbk  (12 short)"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when stdout is a pipe")
        for line in result.stdout.split(separator: "\n") { #expect(line.count <= 80, "too wide: \(line)") }
    }

    @Test func withoutShowsWhatNewlyBreaksAndFailsTheRequirement() throws {
        // Without `zbk` the housing pair is lost: 13 of 14 pairs = 92.9% < the plan's `require coverage 95%`.
        let result = try CLITests.run(["gaps", Self.dzialdowo, "--without", "zbk"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("as if `zbk` withdrew"))
        #expect(result.stdout.contains("newly broken (1)"))
        #expect(result.stdout.contains("opuszczajacy_zk × mieszkanie: partial → uncovered, loses"))
        #expect(result.stdout.contains("G505 coverage is 92.9%; the plan requires at least 95%"))
    }

    @Test func unknownPartnerIsAUsageError() throws {
        let result = try CLITests.run(["gaps", Self.dzialdowo, "--without", "mopps"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("w planie nie ma podmiotu `mopps`; czy chodziło o `mops`?"), "the plan says `język pl`: \(result.stderr)")
        let english = try CLITests.run(["gaps", Self.dzialdowo, "--without", "mopps", "--lang", "en"])
        #expect(english.stderr.contains("no partner `mopps` in the plan; did you mean `mops`?"), "\(english.stderr)")
    }

    @Test func atTakesACalendarDate() throws {
        #expect(try CLITests.run(["gaps", Self.dzialdowo, "--at", "2014-02-29"]).status == 2)
        let result = try CLITests.run(["gaps", Self.dzialdowo, "--at", "2014-08-01"])
        // On that day the housing agreement has ended; `require coverage` is not judged for one day.
        #expect(result.status == 0)
        #expect(result.stdout.contains("coverage of `dzialdowo_mlw` on 2014-08-01"))
        #expect(result.stdout.contains("G500 need `mieszkanie` of group `opuszczajacy_zk` is not covered on"))
    }

    @Test func jsonAndMarkdown() throws {
        let json = try CLITests.run(["gaps", Self.dzialdowo, "--format", "json"])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let plans = object?["plans"] as? [[String: Any]]
        let coverage = plans?.first?["coverage"] as? [String: Any]
        #expect(coverage?["pairs"] as? Int == 14 && coverage?["covered"] as? Int == 13)
        let markdown = try CLITests.run(["gaps", Self.dzialdowo, "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("## Coverage of `dzialdowo_mlw`"))
        #expect(markdown.stdout.contains("| `opuszczajacy_zk` (18) |"))
    }
}
