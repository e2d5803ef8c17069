import Foundation
import Testing
@testable import CoplanKit
@testable import CoplanSession
import CoplanTesting

/// History and the crash journal: what the REPL keeps so that nothing typed is lost.
@Suite struct SessionRecoveryTests {
    /// Every declaration of the shipped plans, typed over its lines, goes into the history as
    /// one line that means exactly the same plan.
    @Test(arguments: ["dzialdowo-mlw.plan", "lesniowice-liderzy-kooperacji.plan"])
    func historyLinesMeanTheSameAsTheTypedEntries(_ name: String) throws {
        let text = try String(contentsOf: ShippedPlansTests.plans.appendingPathComponent(name), encoding: .utf8)
        var buffer = InputBuffer()
        var oneLine: [String] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let entry = buffer.add(String(line), number: number + 1) else { continue }
            let history = entry.historyLine
            if case .planText(let typed, _) = entry, typed.contains("\n"), !typed.contains("\"\"\"") {
                #expect(!history.contains("\n"), "\(history)")
            }
            oneLine.append(history)
        }
        #expect(oneLine.count > 30)
        #expect(ModelDump.of(oneLine.joined(separator: "\n")) == ModelDump.of(text))
    }

    @Test func historyDropsCommentsButNotHashesInStrings() {
        let entry = InputBuffer.Entry.planText("partner a \"A # 1\" { # note\n  sector health # why\n  roles lead,\n    partner\n}", firstLine: 1)
        #expect(entry.historyLine == "partner a \"A # 1\" { sector health; roles lead, partner }")
    }

    @Test func journalRoundTripsEntriesAndIgnoresATornLine() {
        let key = "/repo/plan.plan"
        let entries: [InputBuffer.Entry] = [
            .planText("partner x \"X \\\\ y\" {\n  sector health\n}", firstLine: 3),
            .command(":drop gops", line: 7),
        ]
        var text = SessionJournal.header(key: key) + entries.map(SessionJournal.line(for:)).joined()
        #expect(SessionJournal.entries(in: text, key: key) == entries)
        #expect(SessionJournal.entries(in: text, key: "/other.plan") == nil)
        text += "P 9 partner torn {"
        #expect(SessionJournal.entries(in: text, key: key) == entries)
        #expect(SessionJournal.fileName(for: key) == SessionJournal.fileName(for: key))
        #expect(SessionJournal.fileName(for: key) != SessionJournal.fileName(for: "/repo/other.plan"))
    }

    /// Replaying the journaled entries on a fresh session gives the session that was lost.
    @Test func replayingTheJournalRestoresTheSession() {
        var session = SessionTests.session()
        session.markBaseline()
        let typed: [InputBuffer.Entry] = [
            .planText("partner nowy \"Nowy\" { sector health }", firstLine: 1),
            .command(":drop nowy", line: 2),
            .command(":undo", line: 3),
        ]
        var journal: [InputBuffer.Entry] = []
        for entry in typed {
            let before = session.revision
            _ = session.run(entry)
            if session.revision != before, session.isDirty { journal.append(entry) }
        }
        var restored = SessionTests.session()
        restored.markBaseline()
        for entry in journal { _ = restored.run(entry) }
        #expect(restored.model.partner(named: "nowy") != nil)
        #expect(restored.isDirty)
        #expect(restored.discard().text.hasPrefix("discarded"))
        #expect(restored.model.partner(named: "nowy") == nil)
        #expect(!restored.isDirty)
    }

    @Test func savingAPlanWithErrorsNeedsTheForcedForm() {
        var session = SessionTests.session()
        _ = session.run(.planText("partner zly { sector nieznany }", firstLine: 1))
        let refused = session.save(nil)
        #expect(refused.action == nil && refused.text.contains("`:save!`"))
        #expect(session.save(nil, force: true).action != nil)
    }
}

/// `:assert` with `--without` and `--at` measures the what-if that `:gaps` shows, never the
/// plan as written (a what-if script that asserted the written plan tested nothing).
@Suite struct WhatIfAssertionTests {
    func run(_ script: String) throws -> (ScriptRunner, MemoryScriptHost) {
        let text = try String(contentsOf: ShippedPlansTests.plans.appendingPathComponent("lesniowice-liderzy-kooperacji.plan"), encoding: .utf8)
        let session = Session(provider: MemorySourceProvider(files: ["/repo/plan.plan": text]), workingDirectory: "/repo")
        var runner = ScriptRunner(session: session, path: "w.coplan")
        let host = MemoryScriptHost()
        runner.run(text: ":load plan.plan\n" + script, host: host)
        return (runner, host)
    }

    @Test func withoutPartnersIsMeasuredOnTheWhatIf() throws {
        let (written, _) = try run(":gaps --without gops,pup\n:assert coverage >= 90%\n")
        #expect(written.exitCode == 0)
        let (whatIf, host) = try run(":gaps --without gops,pup\n:assert coverage --without gops,pup >= 90%\n")
        #expect(whatIf.exitCode == 1)
        #expect(host.failures.first?.contains("warunek niespełniony: coverage >= 90% --without gops,pup (pokrycie wynosi 85,7%)") == true,
                "the plan says `język pl`: \(host.failures)")
    }

    @Test func optionsAreCheckedLikeGaps() throws {
        let (unknown, host) = try run(":assert no gaps --without gopz\n")
        #expect(unknown.exitCode != 0)
        #expect(host.failures.first?.contains("nieznany podmiot `gopz`\nwskazówka: czy chodziło o `gops`?") == true, "\(host.failures)")
        #expect(throws: LocatedProblem.self) { try CommandParser.parse(":assert no gaps --at 2020-02-30") }
        #expect(try CommandParser.parse(":assert no gaps --at 2020-06-01") == .assert(Assertion(measure: .gaps, comparison: .equal, target: 0, at: "2020-06-01")))
    }
}
