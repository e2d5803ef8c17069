import Foundation
import Testing

/// `coplan gaps` end to end on the shipped plans: exit codes, formats, what-if and `--at`. The
/// plan says `język pl`, so `gaps` answers in Polish.
@Suite struct AnalysisCLITests {
    static let dzialdowo = "Plans/dzialdowo-mlw.plan"

    @Test func matrixOfTheShippedPlan() throws {
        let result = try CLITests.run(["gaps", Self.dzialdowo])
        #expect(result.status == 0, "\(result.stderr)")
        // The plan's comments announce exactly these: G502, G503 and G504 on (opuszczajacy_zk, mieszkanie).
        #expect(result.stdout.contains("pokryto 98,2% dni par; w pełni pokryte: 13 z 14 par"))
        #expect(result.stdout.contains("luki (3)"))
        #expect(result.stdout.contains("G502 potrzeba `mieszkanie` grupy `opuszczajacy_zk` nie jest pokryta w okresie"))
        #expect(result.stdout.contains("opuszczajacy_zk × mieszkanie         74%  zbk  (brakuje 12 miejsc)"))
        #expect(result.stdout.contains("   1. mops  1 para, łącznie 546 dni"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when stdout is a pipe")
        for line in result.stdout.split(separator: "\n") { #expect(line.count <= 80, "too wide: \(line)") }
    }

    @Test func withoutShowsWhatNewlyBreaksAndFailsTheRequirement() throws {
        // Without `zbk` the housing pair is lost: 13 of 14 pairs = 92.9% < the plan's `require coverage 95%`.
        let result = try CLITests.run(["gaps", Self.dzialdowo, "--without", "zbk"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("bez podmiotu `zbk`, jakby wycofał się z planu"))
        #expect(result.stdout.contains("utracone pokrycie (1)"))
        #expect(result.stdout.contains("opuszczajacy_zk × mieszkanie: częściowo pokryta → niepokryta, traci pokrycie"))
        #expect(result.stdout.contains("G505 pokrycie wynosi 92,9%, a wymagane jest co najmniej 95%"))
        // The file is written in Polish keywords: the metric is named as the file names it.
        #expect(result.stdout.contains("G505 cel `koordynacja`: wskaźnik `pokrycie` wynosi 92,9%"))
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
        #expect(result.stdout.contains("pokrycie planu `dzialdowo_mlw` na dzień 2014-08-01"))
        #expect(result.stdout.contains("G500 potrzeba `mieszkanie` grupy `opuszczajacy_zk` nie jest pokryta w dniu"))
    }

    @Test func jsonAndMarkdown() throws {
        let json = try CLITests.run(["gaps", Self.dzialdowo, "--format", "json"])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let plans = object?["plans"] as? [[String: Any]]
        let coverage = plans?.first?["coverage"] as? [String: Any]
        #expect(coverage?["pairs"] as? Int == 14 && coverage?["covered"] as? Int == 13)
        let markdown = try CLITests.run(["gaps", Self.dzialdowo, "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("## Pokrycie planu `dzialdowo_mlw`"))
        let gaps = plans?.first?["gaps"] as? [[String: Any]]
        #expect(gaps?.first?["message"] as? String == "potrzeba `mieszkanie` grupy `opuszczajacy_zk` nie jest pokryta w okresie 2014-07-01 .. 2014-12-31 (184 dni) — porozumienie `por_mops_zbk` obowiązuje do 2014-06-30")
        #expect(markdown.stdout.contains("| `opuszczajacy_zk` (18) |"))
    }
}
