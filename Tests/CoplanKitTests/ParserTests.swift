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

/// Every construct and every alias parses into the expected tree; errors are recovered from.
@Suite struct ParserTests {
    func declarations(_ text: String) -> [DeclarationSyntax] {
        Parser.parse(text).items.compactMap { if case .declaration(let d) = $0 { return d } else { return nil } }
    }

    @Test(arguments: DeclarationKind.allCases.flatMap { kind in kind.spellings.map { (kind, $0) } })
    func everyDeclarationKindAndAlias(_ kind: DeclarationKind, _ spelling: String) {
        let tree = Parser.parse("\(spelling) x \"X\" { }")
        #expect(tree.diagnostics.isEmpty)
        let declaration = declarations("\(spelling) x \"X\" { }").first
        #expect(declaration?.kind == kind)
        #expect(declaration?.name.text == "x")
        #expect(declaration?.displayName?.text == "X")
    }

    @Test func importStatementInBothLanguages() {
        for keyword in ["import", "importuj"] {
            let tree = Parser.parse("\(keyword) \"registry.plan\"\n")
            #expect(tree.diagnostics.isEmpty)
            guard case .importStatement(let statement) = tree.items.first else { Issue.record("no import"); continue }
            #expect(statement.path?.text == "registry.plan")
        }
    }

    @Test func attributesAreNameAndAtoms() {
        let attribute = declarations("plan p { require roles lead = 1, coordinator >= 1 }").first?.attributes.first
        #expect(attribute?.name.text == "require")
        #expect(attribute?.atoms.map(\.kind) == [.identifier, .identifier, .equal, .number, .comma, .identifier, .greaterEqual, .number])
        #expect(attribute?.items.count == 2)
    }

    @Test func listsContinueAfterCommaOverLines() {
        let d = declarations("team t {\n  members a,\n    b,\n    c\n  coordinator x\n}").first
        #expect(d?.attributes.map(\.name.text) == ["members", "coordinator"])
        #expect(d?.attributes.first?.atoms.filter { $0.kind == .identifier }.map(\.text) == ["a", "b", "c"])
    }

    @Test func semicolonsSeparateAttributes() {
        #expect(declarations("group g { size 3; needs a }").first?.attributes.map(\.name.text) == ["size", "needs"])
    }

    @Test func moneyPercentAndRanges() {
        let atoms = declarations("plan p { budget 12_893_583.46 PLN\n period 2018-04-01 .. 2021-03-31 }").first!.attributes.flatMap(\.atoms)
        #expect(atoms.map(\.kind) == [.number, .identifier, .date, .dotDot, .date])
        #expect(atoms[0].text == "12893583.46")
    }

    @Test func recoversAndReportsEveryError() {
        let tree = Parser.parse("""
        plan p {
          period 2020-01-01 .. 2020-12-31 }
        }
        partner a { sector , }
        123 nonsense
        partner b "B" { sector health
        partner c "C" { sector culture }
        """)
        // The stray `}`, the number at top level, and the unclosed `b`.
        #expect(tree.diagnostics.map(\.code) == [.E100, .E100, .E100])
        #expect(declarations(tree.file.text(0..<tree.file.bytes.count)).map(\.name.text) == ["p", "a", "b", "c"])
    }

    @Test func unclosedBlockAtEndOfFile() {
        let tree = Parser.parse("partner a \"A\" {\n  sector health\n")
        #expect(tree.diagnostics.map(\.message.en) == ["`{` of `a` is never closed"])
        #expect(tree.diagnostics.first?.span?.start == SourceLocation(line: 1, column: 15))
    }

    @Test func misspelledKindGetsSuggestion() {
        let tree = Parser.parse("agreemnt a { }")
        #expect(tree.diagnostics.first?.suggestion == "agreement")
    }
}
