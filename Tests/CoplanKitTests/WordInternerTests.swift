import Testing
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanModel

/// Words numbered while lexing (`Word.id`) stand in for their text: a number must say exactly
/// what the text says, in every file.
@Suite struct WordInternerTests {
    static func words(_ text: String) -> [Word] {
        Parser.parse(text).items.flatMap { item -> [Word] in
            guard case .declaration(let declaration) = item else { return [] }
            return [declaration.keyword, declaration.name] + declaration.attributes.flatMap { attribute in
                [attribute.name] + attribute.atoms.filter { $0.kind == .identifier }.map(\.word)
            }
        }
    }

    @Test func keywordsHaveTheSameNumberInEveryFile() {
        let first = Self.words("partner gops \"GOPS\" { sectors social_assistance }")
        let second = Self.words("need x {}\npartner mops \"MOPS\" { sectors health }")
        let partnerKeyword = { (words: [Word]) in words.first { $0.text == "partner" }!.id }
        #expect(partnerKeyword(first) == partnerKeyword(second))
        #expect(Int(partnerKeyword(first)) < WordInterner.keywordSpellings.count)
        // A name is numbered past the keywords, and the same name twice gets one number.
        let names = Self.words("partner gops \"G\" {}\nagreement a \"A\" { parties gops, gops }").filter { $0.text == "gops" }
        #expect(names.count == 3)
        #expect(Set(names.map(\.id)).count == 1)
        #expect(Int(names[0].id) >= WordInterner.keywordSpellings.count)
    }

    @Test func nonASCIIWordsAreNotNumbered() {
        let words = Self.words("usługa porada \"Porada\" { świadczy gops }")
        #expect(words.first { $0.text == "usługa" }?.id == -1)
        #expect(words.first { $0.text == "porada" }.map { $0.id >= 0 } == true)
        // …and are still the keyword they spell.
        #expect(Parser.parse("usługa porada \"P\" {}").items.count == 1)
        if case .declaration(let declaration) = Parser.parse("usługa porada \"P\" {}").items.first {
            #expect(declaration.kind == .service)
        }
    }

    /// Every spelling of every attribute, and words that are none, find the same rule by
    /// number as by text, for every kind.
    @Test func ruleByNumberAgreesWithRuleByText() {
        let candidates = Array(Keyword.allSpellings) + ["partnerr", "gops", "x1", "okresy", "zapewnia2"]
        for kind in DeclarationKind.allCases {
            let schema = AttributeSchema.for(kind)
            let text = candidates.map { "\(kind.english) d \"D\" {\n\($0) x\n}" }.joined(separator: "\n")
            for item in Parser.parse(text).items {
                guard case .declaration(let declaration) = item else { continue }
                for attribute in declaration.attributes {
                    #expect(schema.ruleIndex(for: attribute.name) == schema.ruleIndex(for: attribute.name.text), "\(kind) \(attribute.name.text)")
                }
            }
        }
    }

    /// Each declaration's array holds exactly its attributes (a reused buffer once left every
    /// node with room for eight children, a third of a large tree's memory), and the
    /// attributes' atoms are consecutive ranges of one array for the whole file, in source
    /// order, with nothing between them (an array per attribute was a third again).
    @Test func nodeArraysAreExactlySizedAndAtomsShared() {
        let text = SamplePartners.sample
        var lists: [AtomList] = []
        for item in Parser.parse(text).items {
            guard case .declaration(let declaration) = item else { continue }
            #expect(declaration.attributes.capacity == declaration.attributes.count)
            lists += declaration.attributes.map(\.atoms)
        }
        #expect(lists.count == 80)
        #expect(lists.allSatisfy { $0.sharesStorage(with: lists[0]) })
        #expect(lists.first?.storageRange.lowerBound == 0)
        for (before, after) in zip(lists, lists.dropFirst()) { #expect(before.storageRange.upperBound == after.storageRange.lowerBound) }
        #expect(lists[0].map(\.text).filter { $0 != "," } == ["social_assistance", "health", "education", "police", "culture", "sport", "ngo", "church", "housing"])
    }

    /// Atoms keep no text: it is read from the file when asked, the same each time, and a
    /// bad escape is reported once, by the parser, however often the text is read.
    @Test func atomTextsAreReadFromTheFile() {
        let text = "plan p {\n  x szkoła, \"a\\\"b\\u{105}\", 1_000.50, 80%, 2020-01-31 .. 2021-12-31, >= 3\n"
            + "  y \"\"\"\n    Pierwsza\n      druga\n    \"\"\"\n  z \"zły \\q\"\n}"
        let tree = Parser.parse(text)
        guard case .declaration(let plan) = tree.items.first else { Issue.record("no declaration"); return }
        let x = plan.attributes[0].atoms
        #expect(x.map(\.text) == ["szkoła", ",", "a\"bą", ",", "1000.50", ",", "80", ",", "2020-01-31", "..", "2021-12-31", ",", ">=", "3"])
        #expect(x.map(\.text) == x.map(\.text))
        #expect(x[0].id == -1 && x[0].word.text == "szkoła")
        #expect(plan.attributes[1].atoms.first?.text == "Pierwsza\n  druga")
        let bad = plan.attributes[2].atoms.first
        #expect(bad?.text == bad?.text)
        #expect(tree.diagnostics.count { $0.code == .E101 } == 1)
    }

    /// A line read as an attribute that turns out to be the next declaration's header (its
    /// predecessor lacks `}`) gives its atoms back: the next attribute's atoms follow on.
    @Test func headerInAttributePositionReturnsItsAtoms() {
        let tree = Parser.parse("partner a \"A\" {\n  level gmina\npartner b \"B\" {\n  level powiat\n}")
        let declarations = tree.items.compactMap { item -> DeclarationSyntax? in
            if case .declaration(let declaration) = item { return declaration }
            return nil
        }
        #expect(declarations.map(\.name.text) == ["a", "b"])
        let lists = declarations.flatMap(\.attributes).map(\.atoms)
        #expect(lists.map { $0.map(\.text) } == [["gmina"], ["powiat"]])
        #expect(lists.map(\.storageRange) == [0..<1, 1..<2])
    }
}

private enum SamplePartners {
    static let sample = (0..<40).map { index in
        "partner p\(index) \"Partner \(index)\" {\n  sectors social_assistance, health, education, police, culture, sport, ngo, church, housing\n  level gmina\n}"
    }.joined(separator: "\n")
}
