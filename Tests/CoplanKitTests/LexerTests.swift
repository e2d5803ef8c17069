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

/// Token kinds and ranges for every literal form of docs/LANGUAGE.md §2.
@Suite struct LexerTests {
    func tokens(_ text: String) -> [(TokenKind, String)] {
        let file = SourceFile(path: "t", text: text)
        return file.bytes.withUnsafeBufferPointer { buffer in
            var lexer = Lexer(bytes: buffer, file: file)
            var result: [(TokenKind, String)] = []
            while true {
                let token = lexer.next()
                if token.kind == .end { return result }
                result.append((token.kind, file.text(token.start..<token.end)))
            }
        }
    }

    func kinds(_ text: String) -> [TokenKind] { tokens(text).map(\.0) }

    @Test func literals() {
        #expect(kinds("350 0.5 12_893_583.46 90% 2020-02-29 ..") == [.number, .number, .number, .percent, .date, .dotDot])
        #expect(tokens("2018-04-01..2021-03-31").map(\.1) == ["2018-04-01", "..", "2021-03-31"])
        #expect(kinds("= == >= <= > <") == [.equal, .equal, .greaterEqual, .lessEqual, .greater, .less])
        #expect(kinds("{ } , ; \n") == [.leftBrace, .rightBrace, .comma, .semicolon, .newline])
    }

    @Test func identifiersAreUnicodeWithDashes() {
        #expect(tokens("gops_leśniowice zespół a-b _x").map(\.1) == ["gops_leśniowice", "zespół", "a-b", "_x"])
        #expect(kinds("gops_leśniowice") == [.identifier])
        // A decomposed `ś` (s + combining acute) stays one identifier.
        #expect(kinds("les\u{301}niowice") == [.identifier])
    }

    @Test func commentsAreTrivia() {
        let file = SourceFile(path: "t", text: "a # comment\nb")
        file.bytes.withUnsafeBufferPointer { buffer in
            var lexer = Lexer(bytes: buffer, file: file)
            var kinds: [TokenKind] = []
            while true { let t = lexer.next(); if t.kind == .end { break }; kinds.append(t.kind) }
            #expect(kinds == [.identifier, .newline, .identifier])
            #expect(lexer.comments.map { file.text($0.bytes) } == ["# comment"])
        }
    }

    @Test func bomAndCRLFAccepted() {
        let tree = Parser.parse("\u{FEFF}plan p {\r\n  period 2020-01-01 .. 2020-12-31\r\n}\r\n")
        #expect(tree.diagnostics.isEmpty)
        #expect(tree.items.count == 1)
    }

    @Test(arguments: [("2021-02-29", "2021 is not a leap year"), ("2020-13-01", "there is no month 13"),
                      ("2020-04-31", "month 4 has 30 days"), ("2020-4-1", "expected YYYY-MM-DD")])
    func impossibleDates(_ date: String, _ message: String) {
        let tree = Parser.parse("plan p { period \(date) .. 2021-01-01 }")
        #expect(tree.diagnostics.map(\.code) == [.E101])
        #expect(tree.diagnostics.first?.message.en.contains(message) == true)
    }

    @Test func leapDayIsValid() {
        #expect(Parser.parse("plan p { period 2020-02-29 .. 2020-02-29 }").diagnostics.isEmpty)
        #expect(Day(iso: "2000-02-29") != nil)
        #expect(Day(iso: "1900-02-29") == nil)
    }

    @Test func stringEscapesAndTextBlocks() {
        let tree = Parser.parse("""
        plan p "a\\"b\\\\c\\nd\\te\\u{17C}" {
          program \"\"\"
            Pierwsza linia
              wcięta
            \"\"\"
        }
        """)
        #expect(tree.diagnostics.isEmpty)
        guard case .declaration(let plan) = tree.items.first else { Issue.record("no plan"); return }
        #expect(plan.displayName?.text == "a\"b\\c\nd\te\u{17C}")
        #expect(plan.attributes.first?.atoms.first?.text == "Pierwsza linia\n  wcięta")
    }

    @Test func badEscapeIsLocated() {
        let tree = Parser.parse("plan p \"a\\qb\" { period 2020-01-01 .. 2020-01-02 }")
        #expect(tree.diagnostics.map(\.code) == [.E101])
        #expect(tree.diagnostics.first?.span?.start == SourceLocation(line: 1, column: 10))
    }

    @Test func columnsCountScalars() {
        let file = SourceFile(path: "t", text: "zażółć x")
        // `x` is the 8th scalar although it is the 12th byte.
        #expect(file.location(of: 11) == SourceLocation(line: 1, column: 8))
    }
}
