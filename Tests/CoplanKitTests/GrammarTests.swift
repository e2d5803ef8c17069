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

/// `Grammar/` and the code must list the same keywords: the EBNF's machine-readable keyword
/// block equals `Keyword.allCases` exactly, and the TextMate grammar highlights every spelling.
@Suite struct GrammarTests {
    static let grammar = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Grammar")

    @Test func ebnfKeywordBlockMatchesTheLexicon() throws {
        let text = try String(contentsOf: Self.grammar.appendingPathComponent("coplan.ebnf"), encoding: .utf8)
        let block = try #require(text.range(of: "(* KEYWORDS BEGIN *)")).upperBound..<(try #require(text.range(of: "(* KEYWORDS END *)")).lowerBound)
        let lines = text[block].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let listed = lines.map { line in
            line.dropFirst(2).dropLast(2).split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        #expect(listed == Keyword.allCases.map(\.spellings))
    }

    @Test func textMateGrammarHighlightsEverySpelling() throws {
        let data = try Data(contentsOf: Self.grammar.appendingPathComponent("coplan.tmLanguage.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["scopeName"] as? String == "source.coplan")
        // Keyword rules (scopes starting with `keyword`) must match each spelling as a whole word.
        var patterns: [NSRegularExpression] = []
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                if let name = object["name"] as? String, name.hasPrefix("keyword"), let match = object["match"] as? String {
                    if let regex = try? NSRegularExpression(pattern: match) { patterns.append(regex) }
                }
                object.values.forEach(collect)
            } else if let array = value as? [Any] { array.forEach(collect) }
        }
        collect(json)
        #expect(!patterns.isEmpty)
        for spelling in Keyword.allSpellings.sorted() {
            let line = "  \(spelling) x"
            let range = NSRange(line.startIndex..., in: line)
            let target = NSRange(line.range(of: spelling)!, in: line)
            let highlighted = patterns.contains { regex in
                regex.matches(in: line, range: range).contains { $0.range == target }
            }
            #expect(highlighted, "`\(spelling)` is not highlighted as a keyword by coplan.tmLanguage.json")
        }
    }
}
