import Foundation
import Testing
@testable import CoplanKit
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanModel
@testable import CoplanPipeline
@testable import CoplanEmit
@testable import CoplanSession

/// `docs/LANGUAGE.md` is the users' language reference. Its tables of keywords, attributes,
/// standard values, diagnostic codes and REPL commands are not written by hand: each lies
/// between `<!-- generated: NAME -->` and `<!-- end generated -->` and is produced by one
/// function of `LanguageReference` below from the library's own tables. The test fails when the
/// document differs; `COPLAN_RECORD=1 swift test --filter LanguageReference` rewrites the
/// sections (and only them).
@Suite struct LanguageReferenceTests {
    static let document = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/LANGUAGE.md")

    @Test func generatedSectionsMatchTheCode() throws {
        let text = try String(contentsOf: Self.document, encoding: .utf8)
        let sections = LanguageReference.sections()
        let updated = try GeneratedSections.replacing(in: text, with: sections)
        if Golden.recording {
            if updated != text { try updated.write(to: Self.document, atomically: true, encoding: .utf8) }
            return
        }
        for (name, _) in sections {
            let written = try GeneratedSections.content(of: name, in: text)
            let expected = try GeneratedSections.content(of: name, in: updated)
            #expect(written == expected, "docs/LANGUAGE.md: generated section `\(name)` is out of date; run COPLAN_RECORD=1 swift test --filter LanguageReference")
        }
    }

    @Test func everyMarkerNamesAGenerator() throws {
        let text = try String(contentsOf: Self.document, encoding: .utf8)
        let known = Set(LanguageReference.sections().map(\.name))
        let used = GeneratedSections.names(in: text)
        #expect(Set(used) == known, "markers in docs/LANGUAGE.md and generators differ")
        #expect(used.count == Set(used).count, "a generated section appears twice")
    }

    /// Every ```plan block of the document reads without syntax or value errors (E1xx); the
    /// first, the whole example, checks without any error at all.
    @Test func examplesAreValidPlanText() throws {
        let text = try String(contentsOf: Self.document, encoding: .utf8)
        let blocks = text.components(separatedBy: "```plan\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        #expect(blocks.count >= 2)
        for (index, block) in blocks.enumerated() {
            let found = checkReport(["/repo/example.plan": block], analyse: false).diagnostics
            let syntax = found.filter { $0.code.rawValue.hasPrefix("E1") }
            #expect(syntax.isEmpty, "example \(index + 1): \(syntax.map { "\($0.code.rawValue) \($0.message.en)" })")
            if index == 0 {
                #expect(found.filter { $0.severity == .error }.isEmpty, "the whole example: \(found.map { "\($0.code.rawValue) \($0.message.en)" })")
            }
        }
    }

    /// The sections the source comments cite (`docs/LANGUAGE.md §N`) exist.
    @Test func numberedSectionsExist() throws {
        let text = try String(contentsOf: Self.document, encoding: .utf8)
        for number in 1...8 {
            #expect(text.contains("\n## \(number). "), "docs/LANGUAGE.md has no section \(number)")
        }
    }
}

/// Finding and replacing `<!-- generated: NAME -->` … `<!-- end generated -->` blocks.
enum GeneratedSections {
    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    static func begin(_ name: String) -> String { "<!-- generated: \(name) -->" }
    static let end = "<!-- end generated -->"

    static func names(in text: String) -> [String] {
        text.components(separatedBy: "<!-- generated: ").dropFirst().compactMap { rest in
            rest.range(of: " -->").map { String(rest[..<$0.lowerBound]) }
        }
    }

    /// The range between the end of the begin marker's line and the start of the end marker.
    static func bodyRange(of name: String, in text: String) throws -> Range<String.Index> {
        guard let start = text.range(of: begin(name) + "\n") else {
            throw Problem(description: "docs/LANGUAGE.md has no `\(begin(name))` line")
        }
        guard let stop = text.range(of: end, range: start.upperBound..<text.endIndex) else {
            throw Problem(description: "`\(begin(name))` is not closed by `\(end)`")
        }
        return start.upperBound..<stop.lowerBound
    }

    static func content(of name: String, in text: String) throws -> String {
        String(text[try bodyRange(of: name, in: text)])
    }

    static func replacing(in text: String, with sections: [(name: String, body: String)]) throws -> String {
        var result = text
        for (name, body) in sections {
            result.replaceSubrange(try bodyRange(of: name, in: result), with: body)
        }
        return result
    }
}

/// The generators: one function per table, each reading one table of the library
/// (`DeclarationKind`, the attribute specification `AttributeSchema`/`AttributeSpec`/`ValueShape`,
/// `ChoiceSet`, `StandardSector`, `StandardRole`, `Metric`, `Frequency`, `Keyword`, `DiagnosticCode`,
/// `SessionCommand.catalogue`).
enum LanguageReference {
    static func sections() -> [(name: String, body: String)] {
        var result: [(name: String, body: String)] = [("kinds", kindsTable())]
        for kind in DeclarationKind.allCases where !AttributeSchema.for(kind).rules.isEmpty {
            result.append(("attributes \(kind.english)", attributesTable(kind)))
        }
        result += [
            ("sectors", standardNamesTable(StandardSector.allCases.map { ($0.id, $0.label, $0.polishIdentifiers) })),
            ("roles", standardNamesTable(StandardRole.allCases.map { ($0.id, $0.label, $0.polishIdentifier.map { [$0] } ?? []) })),
            ("levels", choicesTable(.level)),
            ("partner kinds", choicesTable(.partnerKind)),
            ("languages", choicesTable(.language)),
            ("metrics", metricsTable()),
            ("frequencies", keywordsTable(Frequency.keywords)),
            ("duration units", keywordsTable([.day, .week, .month, .year])),
            ("codes", codesTable()),
            ("commands", commandsTable()),
            ("json example", jsonExample()),
        ]
        return result
    }

    static func code(_ word: String) -> String { "`\(word)`" }

    /// The Polish spellings of a keyword, or a note that Polish uses the same word.
    static func polish(_ keyword: Keyword) -> String {
        let polish = keyword.spellings.dropFirst().filter { !isEnglishInflection($0, of: keyword) }
        return polish.isEmpty ? "(the same)" : polish.map(code).joined(separator: ", ")
    }

    /// `days` is an English form of `day`, not a Polish word.
    static func isEnglishInflection(_ spelling: String, of keyword: Keyword) -> Bool {
        spelling == keyword.english + "s"
    }

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        var lines = ["| " + header.joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: header.count)]
        lines += rows.map { "| " + $0.joined(separator: " | ") + " |" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Declaration kinds (`DeclarationKind`) and `import`.
    static func kindsTable() -> String {
        table(["English", "Polish"], (DeclarationKind.allCases.map(\.keyword) + [.import]).map { [code($0.english), polish($0)] })
    }

    /// One kind's attributes from `AttributeSchema.for(kind).rules`, in canonical order, with
    /// each value's form (`ValueShape.written`). Agreements also take `PARTY provides …` /
    /// `PARTY commits …` lines (`takesPartyClauses`), whose first word is a party's name.
    static func attributesTable(_ kind: DeclarationKind) -> String {
        let schema = AttributeSchema.for(kind)
        var rows = schema.rules.map { rule in
            [code(rule.keyword.english), polish(rule.keyword), rule.required ? "**yes**" : "no", rule.repeatable ? "yes" : "no",
             written(rule.value.written)]
        }
        if schema.takesPartyClauses {
            rows.append(["PARTY " + code(Keyword.provides.english), "PARTY " + polish(.provides), "no", "yes", written(ValueShape.names(.service).written)])
            rows.append(["PARTY " + code(Keyword.commits.english), "PARTY " + polish(.commits), "no", "yes", written(ValueShape.text.written)])
        }
        return table(["attribute", "Polish", "required", "repeatable", "value"], rows)
    }

    /// A value's form as code, with `|` escaped for the table.
    static func written(_ form: String) -> String {
        code(form).replacingOccurrences(of: "|", with: "\\|")
    }

    /// Predeclared sectors or roles (`StandardNames`): the name, its Polish name (what help in
    /// a Polish file writes) and the other Polish names accepted where a sector or role is
    /// expected, and its labels in documents of either language.
    static func standardNamesTable(_ names: [(id: String, label: Text, accepted: [String])]) -> String {
        table(["name", "Polish name", "also accepted", "label (Polish)", "label (English)"], names.map { name, label, accepted in
            [code(name), accepted.first.map(code) ?? "(the same)",
             accepted.count < 2 ? "—" : accepted.dropFirst().sorted().map(code).joined(separator: ", "), label.pl, label.en]
        })
    }

    /// A closed set of words (`ChoiceSet`: `level`, `kind`, `language`) with its other spellings.
    static func choicesTable(_ set: ChoiceSet) -> String {
        table(["value", "also accepted"], set.values.map { value in
            let accepted = set.aliases.filter { $0.value == value }.map(\.key).sorted()
            return [code(value), accepted.isEmpty ? "—" : accepted.map(code).joined(separator: ", ")]
        })
    }

    /// Goal metrics (`Metric`) with their keyword spellings.
    static func metricsTable() -> String {
        table(["metric", "Polish", "target"], Metric.allCases.map { metric in
            [code(metric.keyword.english), polish(metric.keyword), metric == .coverage ? "a percentage (`90%`)" : "a number"]
        })
    }

    /// Keywords with every spelling (frequencies, units of time).
    static func keywordsTable(_ keywords: [Keyword]) -> String {
        table(["English", "Polish"], keywords.map { keyword in
            let english = keyword.spellings.filter { $0 == keyword.english || isEnglishInflection($0, of: keyword) }
            let polish = keyword.spellings.filter { !english.contains($0) }
            return [english.map(code).joined(separator: ", "), polish.isEmpty ? "(the same)" : polish.map(code).joined(separator: ", ")]
        })
    }

    /// `DiagnosticCode.allCases` with severity, whether a suppression may silence it, and summary.
    static func codesTable() -> String {
        table(["code", "severity", "can be silenced", "meaning"], DiagnosticCode.allCases.map { code in
            [code.rawValue, code.severity.rawValue, code.isSuppressible ? "yes" : "no", code.summary.replacingOccurrences(of: "|", with: "\\|")]
        })
    }

    /// The plan of the JSON example: one misspelt party (E200 with a suggestion), so a
    /// partner is idle (W400) and a need uncovered part of the time.
    static let jsonExamplePlan = """
        plan gmina "Gmina Przykładowa" {
          period 2025-01-01 .. 2025-12-31
        }
        partner gops "Gminny Ośrodek Pomocy Społecznej" { sector social_assistance }
        partner szkola "Szkoła Podstawowa" { sector education }
        need parenting "Wsparcie rodzicielskie" { sectors social_assistance }
        group families "Rodziny" { size 10; needs parenting }
        service family_assistant "Asystent rodziny" { by gops; for families; meets parenting }
        agreement gops_szkola "Porozumienie GOPS – Szkoła" {
          parties gops, szkla
          period 2025-07-01 .. 2025-12-31
          gops provides family_assistant
        }

        """

    /// What `coplan check --format json Plans/gmina.plan` prints for `jsonExamplePlan`.
    static func jsonExample() -> String {
        let report = checkReport(["/repo/Plans/gmina.plan": jsonExamplePlan])
        return "```plan\n" + jsonExamplePlan + "```\n\n```json\n" + report.json.serialized(pretty: true) + "\n```\n"
    }

    /// REPL and script commands from `SessionCommand.catalogue`.
    static func commandsTable() -> String {
        table(["command", "what it does"], SessionCommand.catalogue.map { entry in
            [written(entry.usage), entry.summary]
        })
    }
}
