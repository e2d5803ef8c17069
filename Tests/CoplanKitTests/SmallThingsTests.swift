import Foundation
import Testing
@testable import CoplanKit
@testable import CoplanCore
@testable import CoplanEmit

/// Small things a new user meets first (issue: findings you can trust).
@Suite struct SmallThingsTests {
    static let plan = """
    plan p "P" { period 2024-01-01 .. 2024-12-31 }
    partner gops "GOPS" { sector social_assistance }
    partner gops "Again" { sector health }
    partner pup "PUP" { sector employment }
    agreement a "A" { parties gops, pup; period 2024-01-01 .. 2024-12-31; gops commits "x"; pup commits "y" }

    """

    @Test func anUnknownCommandSaysWhichOneWasMeant() throws {
        let run = try CLITests.run(["chek", "Plans"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("coplan: unknown command `chek`; did you mean `check`?"), "\(run.stderr)")
        #expect(!run.stderr.contains("unexpected argument"))
    }

    @Test func jsonFindingsCarryTheirNotes() throws {
        let report = checkReport(["/repo/p.plan": Self.plan], analyse: false)
        let duplicate = try #require(report.diagnostics.first { $0.code == .E201 })
        let json = duplicate.json(.en).serialized(pretty: false)
        #expect(json.contains(#""notes":[{"message":"first declared here","file":"p.plan","line":2,"column":9}]"#), "\(json)")
    }

    @Test func aJUnitFailureIsNamedByItsWorstFinding() {
        // The idle partner's W400 comes first in the file; the error must still name the failure.
        let text = "partner idle \"Idle\" { sector culture }\n" + Self.plan
        let report = checkReport(["/repo/p.plan": text], analyse: false)
        #expect(report.diagnostics.first?.code == .W400)
        let xml = JUnitReport.render(report, strict: true)
        #expect(xml.contains(#"<failure type="E201""#), "\(xml)")
    }

    @Test func emitWritesToTheCurrentFolderWithoutDashO() throws {
        let source = try String(contentsOf: ShippedPlansTests.plans.appendingPathComponent("lesniowice-liderzy-kooperacji.plan"), encoding: .utf8)
        let folder = try CLITests.temporaryFolder(["plan.plan": source])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLITests.run(["emit", "plan.plan", "--report"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("zapisano report.md ("), "the plan says `język pl`: \(run.stdout)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
        #expect(written.count == 1)
    }
}

/// `:list … where` reads values as the resolver does, and a replacing declaration is checked
/// like a new one.
@Suite struct SessionListAndReplaceTests {
    func session() throws -> Session {
        let text = try String(contentsOf: ShippedPlansTests.plans.appendingPathComponent("dzialdowo-mlw.plan"), encoding: .utf8)
        var session = Session(provider: MemorySourceProvider(files: ["/repo/plan.plan": text]), workingDirectory: "/repo")
        _ = session.load("plan.plan")
        return session
    }

    @Test func listAcceptsPolishValuesAndNumericComparisons() throws {
        var session = try session()
        #expect(session.run(.command(":list podmioty gdzie sektor = zdrowie", line: 1)).text.hasSuffix("\n1 podmiot"))
        #expect(session.run(.command(":list partners where sector = health", line: 2)).text.hasSuffix("\n1 podmiot"))
        #expect(session.run(.command(":list groups where size > 50", line: 3)).text.hasSuffix("\n4 grupy"))
        #expect(session.run(.command(":list groups where size <= 50", line: 4)).text.hasSuffix("\n2 grupy"))
        session.options.languageChoice = .fixed(.en)
        #expect(session.run(.command(":list groups where size > 50", line: 6)).text.hasSuffix("\n4 groups"))
        #expect(session.run(.command(":list groups where size > many", line: 5)).kind == .error)
    }

    @Test func aReplacingDeclarationIsCheckedFully() throws {
        var session = try session()
        _ = session.run(.planText("grupa nowa \"N\" { potrzeby aktywizacja_zawodowa }", firstLine: 1))
        #expect(session.checked.report.errors == 0)
        let reply = session.run(.planText("grupa nowa \"N\" { potrzeby nauka }", firstLine: 2))
        #expect(reply.text.contains("nieznana potrzeba `nauka`"), "\(reply.text)")
        #expect(session.checked.report.errors == 1)
    }
}
