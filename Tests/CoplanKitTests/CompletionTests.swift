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

/// TAB completion against a small plan, without a terminal.
@Suite struct CompletionTests {
    static let session: Session = {
        var session = Session(provider: MemorySourceProvider(files: [:]), workingDirectory: "/repo")
        _ = session.submit("""
        plan p { period 2020-01-01 .. 2020-12-31 }
        partner gops { sector social_assistance }
        partner gok { sector culture }
        partner pup { sector employment }
        person boss { of gops; signs }
        need work {}
        need care {}
        group families { needs work, care }
        service jobs { by pup; for families; meets work }
        """)
        return session
    }()

    func complete(_ line: String, pending: [String] = [], paths: [String] = []) -> Completion {
        Self.session.complete(line, pending: pending, paths: { prefix in paths.filter { $0.hasPrefix(prefix) } })
    }

    @Test func commandNamesAfterAColon() {
        #expect(complete(":l").candidates == [":list", ":load"])
        #expect(complete(":ch").insertion == "eck ")
        #expect(complete(":").candidates.count == SessionCommand.names.count)
    }

    @Test func namesOfTheRightKind() {
        #expect(complete("agreement x { parties g").candidates == ["gok", "gops"])
        #expect(complete("agreement x { parties gops, p").insertion == "up ")
        #expect(complete("service s { by ").candidates == ["gok", "gops", "pup"])
        #expect(complete("service s { by gops; for f").candidates == ["families"])
        #expect(complete("service s { by gops; meets ").candidates == ["care", "work"])
        #expect(complete("partner x { sector cul").candidates == ["culture"])
        #expect(complete(":gaps --without g").candidates == ["gok", "gops"])
        #expect(complete(":gaps --without gops,p").candidates == ["pup"])
        #expect(complete(":assert gaps for f").candidates == ["families"])
        #expect(complete(":show bo").insertion == "ss ")
    }

    @Test func contextFromEarlierLinesOfAnEntry() {
        // New attributes come from the specification: `skrót` for a partner, `upoważnienie` for a person.
        #expect(complete("  sk", pending: ["partner x {"]).candidates.contains("skrót"))
        #expect(complete("  up", pending: ["person x {"]).candidates == ["upoważnienie"])
        #expect(complete("  members g", pending: ["team t {", "  coordinator boss"]).candidates == ["gok", "gops"])
        #expect(complete("  p", pending: ["agreement a {"]).candidates == ["parties", "period", "podpisano", "podstawa", "pup"])
        // A list continued after a comma keeps its attribute.
        #expect(complete("    g", pending: ["agreement a {", "  parties pup,"]).candidates == ["gok", "gops"])
        #expect(complete("  gops z", pending: ["agreement a {"]).candidates == ["zapewnia", "zobowiązuje"])
        #expect(complete("  gops provides j", pending: ["agreement a {"]).candidates == ["jobs"])
    }

    @Test func keywordsAtTheStartOfALine() {
        #expect(complete("par").candidates == ["partner"])
        #expect(complete("po").candidates == ["podmiot", "porozumienie", "potrzeba"])
        #expect(complete("usl").candidates == ["usluga"])
        #expect(complete("  cap", pending: ["service s {"]).candidates == ["capacity"])
        #expect(complete("  capacity 5 ", pending: ["service s {"]).candidates == ["na", "per"])
    }

    @Test func pathsAfterLoad() {
        let completion = complete(":load Pl", paths: ["Plans/", "Plans/a.plan", "README.md"])
        #expect(completion.candidates == ["Plans/", "Plans/a.plan"])
        #expect(completion.insertion == "ans/")
        #expect(complete(":load Plans/a", paths: ["Plans/a.plan"]).insertion == ".plan ")
    }

    @Test func nothingToOffer() {
        #expect(complete("partner ").candidates.isEmpty)
        #expect(complete(":show zzz").candidates.isEmpty)
        #expect(complete(":show zzz").insertion == "")
    }
}
