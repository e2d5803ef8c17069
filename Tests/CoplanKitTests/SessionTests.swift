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

/// The REPL session without a terminal: typed text, commands, undo, the dirty flag, saving.
@Suite struct SessionTests {
    static let plan = """
    # The plan
    plan demo "Demo" {
      period 2020-01-01 .. 2020-12-31
      require coverage 90%
    }
    import "registry.plan"

    need work {}
    group families { needs work }
    service jobs { by pup; for families; meets work }
    agreement deal {
      parties gops, pup
      period 2020-01-01 .. 2020-12-31
      pup provides jobs
      gops commits "Kieruje osoby."
    }
    """
    static let registry = """
    partner gops { sector social_assistance; roles lead, coordinator }
    partner pup { sector employment }
    """

    static func session() -> Session {
        let provider = MemorySourceProvider(files: ["/repo/plan.plan": plan, "/repo/registry.plan": registry])
        var session = Session(provider: provider, workingDirectory: "/repo")
        let reply = session.load("plan.plan")
        #expect(reply.status == .ok, "\(reply.text)")
        return session
    }

    @Test func loadingAFileWithImports() {
        let session = Self.session()
        #expect(session.prompt == "demo (0 errors)> ")
        #expect(!session.isDirty)
        #expect(session.model.partners.map(\.name) == ["gops", "pup"])
        #expect(session.checked.report.coverage?.percent == 100)
        var again = session
        #expect(again.load("plan.plan").text.contains("already loaded"))
        #expect(again.load("nope.plan").text.contains("no such file"))
    }

    @Test func typedTextIsCheckedAndAdded() {
        var session = Self.session()
        let reply = session.submit("partner fundacja \"Fundacja\" {\n  sector heath\n}")
        #expect(reply.text.contains("<input 1>:2:10: error[E200]: unknown sector `heath`"))
        #expect(reply.text.contains("2 |   sector heath"), "code frame against the typed text")
        #expect(reply.text.contains("added partner `fundacja`"))
        #expect(session.isDirty)
        #expect(session.prompt == "demo* (1 error)> ")
        #expect(session.undo().text == "undid: added partner `fundacja`")
        #expect(!session.isDirty)
        #expect(session.prompt == "demo (0 errors)> ")
    }

    @Test func syntaxErrorsAddNothing() {
        var session = Self.session()
        let reply = session.submit("partner broken { sector health")
        #expect(reply.status == .error)
        #expect(reply.text.contains("nothing added"))
        #expect(session.model.partner(named: "broken") == nil)
        #expect(!session.isDirty)
        #expect(session.submit("import \"x.plan\"").status == .error)
    }

    @Test func aDeclarationOfTheSameNameReplacesTheEarlierOne() {
        var session = Self.session()
        let reply = session.submit("agreement deal {\n  parties gops, pup\n  period 2020-01-01 .. 2020-06-30\n  pup provides jobs\n  gops commits \"x\"\n}")
        #expect(reply.text.contains("replaced agreement `deal`"))
        #expect(session.model.agreements.count == 1)
        #expect(session.checked.report.coverage.map { $0.percent < 60 } == true)
        #expect(session.evaluate(Assertion(measure: .coverage, comparison: .atLeast, target: 90)).status == .assertionFailed)
        _ = session.undo()
        #expect(session.checked.report.coverage?.percent == 100)
    }

    @Test func droppingWarnsAboutUsersAndCanBeUndone() {
        var session = Self.session()
        let reply = session.drop("jobs")
        #expect(reply.text == "dropped service `jobs`\nwarning: still referred to by agreement `deal`")
        #expect(session.model.services.isEmpty)
        #expect(session.checked.report.errors == 1)
        #expect(session.drop("gops").text.contains("imported file registry.plan"))
        #expect(session.drop("dea").text.contains("did you mean `deal`?"))
        _ = session.undo()
        #expect(session.model.services.map(\.name) == ["jobs"])
        #expect(session.undo().text.hasPrefix("undid: loaded"))
        #expect(session.undo().text == "nothing to undo")
    }

    @Test func quitWarnsOnceAboutUnsavedChanges() {
        var session = Self.session()
        #expect(session.quit().action == .quit)
        _ = session.submit("need more {}")
        let first = session.quit()
        #expect(first.action == nil)
        #expect(first.text.contains("unsaved changes"))
        #expect(session.quit().action == .quit)
    }

    @Test func savingFormatsTheSessionAndClearsTheDirtyFlag() throws {
        var session = Self.session()
        _ = session.submit("need   more{}")
        let reply = session.save(nil)
        guard case .write(let path, let text)? = reply.action else {
            Issue.record("no write action: \(reply.text)")
            return
        }
        #expect(path == "/repo/plan.plan")
        #expect(text.hasPrefix("# The plan\nplan demo \"Demo\" {"))
        #expect(text.hasSuffix("need more {}\n"))
        #expect(text.contains("import \"registry.plan\""))
        #expect(try PlanFormatter().format(text: text) == text)
        #expect(session.isDirty)
        session.didSave(to: path)
        #expect(!session.isDirty)
        var empty = Session(provider: MemorySourceProvider(files: [:]), workingDirectory: "/repo")
        #expect(empty.save(nil).text.contains("no file to save to"))
    }

    @Test func queries() {
        let session = Self.session()
        let shown = session.show("pup").text
        #expect(shown.hasPrefix("# registry.plan:2\npartner pup { sector employment }"))
        #expect(shown.hasSuffix("critical for 1 pair (366 pair-days)"))
        #expect(shown.contains("used by: service `jobs`, agreement `deal`"))
        #expect(session.show("health").text.hasPrefix("standard sector `health`"))
        #expect(session.list(.partner, filter: .init(attribute: "sector", value: "employment")).text == "pup  \n1 partner")
        #expect(session.list(.partner, filter: .init(attribute: "sektor", value: "employment")).text.hasSuffix("1 partner"))
        #expect(session.list(.partner, filter: .init(attribute: "colour", value: "x")).status == .error)
        #expect(session.gaps(without: ["pop"], at: nil).text.contains("did you mean `pup`?"))
        let whatIf = session.gaps(without: ["pup"], at: nil).text
        #expect(whatIf.contains("families × work: covered → uncovered, 366 days lost"))
        #expect(session.gaps(without: [], at: "2020-03-01").text.contains("coverage 100% on 2020-03-01"))
        #expect(session.emit("deal", format: .json).text.contains("\"kind\": \"agreement\""))
        #expect(session.help("gaps").text.hasPrefix(":gaps [--without PARTNER…] [--at DATE]"))
    }

    /// `:help` fits 80 columns and lists every command at a line start, in catalogue order.
    @Test func helpFitsEightyColumns() {
        let lines = Self.session().help(nil).text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
        let starts = lines.filter { $0.hasPrefix(":") }.map { $0.split(separator: " ")[0] }
        #expect(starts == SessionCommand.catalogue.map { Substring($0.usage.split(separator: " ")[0]) })
        #expect(lines.last == "Ctrl-C cancels; Ctrl-D leaves.")
    }

    @Test func assertionsAboutGroups() {
        var session = Self.session()
        // `families` depends on single partners (G504): one gap.
        #expect(session.evaluate(Assertion(measure: .gapsFor(group: "families"), comparison: .equal, target: 1)).status == .ok)
        _ = session.submit("need care {}\ngroup elderly { needs care }")
        #expect(session.evaluate(Assertion(measure: .gapsFor(group: "elderly"), comparison: .equal, target: 0)).text
            == "assertion failed: gaps for elderly == 0 (1 gap for `elderly`)")
        #expect(session.evaluate(Assertion(measure: .gapsFor(group: "families"), comparison: .equal, target: 1)).status == .ok)
        #expect(session.evaluate(Assertion(measure: .gapsFor(group: "nobody"), comparison: .equal, target: 0)).status == .error)
    }

    /// The incremental check after typed declarations finds what a full check finds.
    @Test func incrementalCheckAgreesWithAFullCheck() {
        var session = Self.session()
        let entries = [
            "partner fundacja { sector ngo }", "person p { of fundacja; signs }", "need care {}\ngroup elderly { size 5; needs care }",
            "service visits { by fundacja; for elderly; meets care; capacity 2 per month }",
            "agreement visits_deal { parties fundacja, gops; period 2020-03-01 .. 2020-12-31; fundacja provides visits; gops commits \"x\"; signatories p }",
            "partner stray { sector helth }",
            // Replacements take the old entity's place.
            "agreement deal { parties gops, pup; period 2020-01-01 .. 2020-05-31; pup provides jobs; gops commits \"x\" }",
            "service jobs { by pup; for families, elderly; meets work, care }",
            "partner fundacja { sector health; roles provider }\nneed extra {}",
            "partner stray { sector health }",
            "plan demo { period 2020-01-01 .. 2020-06-30 }",
        ]
        var fullChecks: [Int] = []
        for entry in entries {
            let before = session.fullChecks
            _ = session.submit(entry)
            fullChecks.append(session.fullChecks - before)
            var full = session
            full.recheck()
            let incremental = session.checked.report.diagnostics.map { "\($0.code) \($0.message.en)" }.sorted()
            #expect(incremental == full.checked.report.diagnostics.map { "\($0.code) \($0.message.en)" }.sorted(), "after: \(entry)")
            #expect(session.checked.report.coverage == full.checked.report.coverage, "after: \(entry)")
            #expect(session.model.partners.count == full.model.partners.count)
        }
        // Every entry, replacements included, took the incremental path.
        #expect(fullChecks == Array(repeating: 0, count: entries.count), "\(fullChecks)")
    }
}

/// Scripts: located assertion failures, exit codes, writing through the host.
@Suite struct ScriptRunnerTests {
    func run(_ script: String) -> (ScriptRunner, MemoryScriptHost) {
        let provider = MemorySourceProvider(files: ["/repo/plan.plan": SessionTests.plan, "/repo/registry.plan": SessionTests.registry])
        var runner = ScriptRunner(session: Session(provider: provider, workingDirectory: "/repo"), path: "what-if.coplan")
        let host = MemoryScriptHost()
        runner.run(text: script, host: host)
        return (runner, host)
    }

    @Test func passingScript() {
        let (runner, host) = run("#!/usr/bin/env -S coplan run\n:load plan.plan\n:assert coverage >= 90%\n:assert no errors\n")
        #expect(runner.exitCode == 0)
        #expect(host.failures.isEmpty)
        #expect(host.shown.last == "ok: no errors (0 errors)")
    }

    /// A lone CR (old Mac line ends) and CRLF end a script line as LF does, so findings inside
    /// typed plan text and failed commands are numbered alike (the plan text's lines once ran
    /// past the script's end: a FuzzSession finding).
    @Test(arguments: ["\r", "\r\n"])
    func everyLineEndEndsAScriptLine(_ end: String) {
        let script = [":load plan.plan", "partner zz \"Z\" {", "  address \"unterminated", "}", ":assert coverage >= 100%"]
            .joined(separator: end)
        let (_, host) = run(script)
        let (_, reference) = run(script.replacingOccurrences(of: end, with: "\n"))
        #expect(host.failures == reference.failures)
        #expect(host.failures.contains { $0.hasPrefix("what-if.coplan:3:") }, "\(host.failures)")
    }

    @Test func failedAssertionsAreLocatedAndTheScriptGoesOn() {
        let script = """
        :load plan.plan
        agreement deal {
          parties gops, pup
          period 2020-01-01 .. 2020-03-31
          pup provides jobs
          gops commits "x"
        }
        :assert coverage >= 90%
        :assert gaps for families == 0
        :assert no errors
        :quit
        :assert no gaps
        """
        let (runner, host) = run(script)
        #expect(runner.exitCode == 1)
        #expect(host.failures.count == 2)
        #expect(host.failures.first == "what-if.coplan:8: assertion failed: coverage >= 90% (coverage is 24.9%)", "\(host.failures)")
        #expect(host.failures.last?.hasPrefix("what-if.coplan:9: assertion failed: gaps for families == 0") == true)
    }

    @Test func typedTextReportsTheScriptsLines() {
        let (runner, host) = run(":load plan.plan\n\npartner x {\n  sector nope\n}\n:assert no errors\n")
        #expect(runner.exitCode == 1)
        #expect(host.shown.contains { $0.contains("what-if.coplan:4:10: error[E200]: unknown sector `nope`") })
        #expect(host.failures == ["what-if.coplan:6: assertion failed: no errors (1 error)"])
    }

    @Test func repliesSayTheirKindInsteadOfAPrefix() {
        var session = SessionTests.session()
        let error = session.drop("nope")
        #expect(error.kind == .error && error.text.hasPrefix("no declaration named `nope`"), "\(error.text)")
        #expect(error.labelledText.hasPrefix("error: no declaration named `nope`"))
        #expect(session.submit("partner {").kind == .rejected)
        _ = session.submit("need more {}")
        let warning = session.quit()
        #expect(warning.kind == .warning && warning.labelledText.hasPrefix("warning: there are unsaved changes"))
    }

    @Test func commandErrorsStopTheScript() {
        let (runner, host) = run(":load plan.plan\n:lod x\n:assert no gaps\n")
        #expect(runner.exitCode == 2)
        #expect(host.failures == ["what-if.coplan:2: error: unknown command `:lod`\nhelp: did you mean `:load`?"])
        let (syntax, _) = run(":load plan.plan\npartner x { sector health\n")
        #expect(syntax.exitCode == 1)
    }

    @Test func savingGoesThroughTheHost() {
        let (runner, host) = run(":load plan.plan\nneed extra {}\n:save out.plan\n")
        #expect(runner.exitCode == 0)
        #expect(host.written["/repo/out.plan"]?.hasSuffix("need extra {}\n") == true)
        #expect(!runner.session.isDirty)
    }
}

/// The incremental check against a full one over random plans typed one declaration at a
/// time, some of them twice (the second time replacing the first).
@Suite struct IncrementalCheckProperties {
    @Test func typingARandomPlanAgreesWithAFullCheck() async {
        await propertyCheck(count: 40, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var generator = RandomPlan(seed: UInt64(seed))
            let text = generator.text()
            let tree = Parser.parse(text)
            let pieces = tree.items.map { text.utf8Slice($0.range) }
            let split = pieces.count / 3
            let provider = MemorySourceProvider(files: ["/repo/plan.plan": pieces[..<split].joined(separator: "\n")])
            var session = Session(provider: provider, workingDirectory: "/repo")
            _ = session.load("plan.plan")
            var random = SplitMix(seed: UInt64(seed))
            var entries = Array(pieces[split...])
            // Some declarations are typed again (a replacement), some loaded ones too.
            for piece in pieces where random.next() % 4 == 0 { entries.append(piece) }
            for entry in entries {
                _ = session.submit(entry)
                var full = session
                full.recheck()
                let incremental = session.checked.report.diagnostics.map { "\($0.code) \($0.message.en)" }.sorted()
                #expect(incremental == full.checked.report.diagnostics.map { "\($0.code) \($0.message.en)" }.sorted(), "after:\n\(entry)")
                #expect(session.checked.report.coverage == full.checked.report.coverage)
            }
        }
    }
}

extension String {
    func utf8Slice(_ range: SourceRange) -> String {
        String(decoding: Array(utf8)[range.start..<range.end], as: UTF8.self)
    }
}
