import PropertyBased
import Testing
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanModel
import CoplanTesting

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
                    #expect(schema.ruleIndex(for: attribute) == schema.ruleIndex(for: attribute.name.text), "\(kind) \(attribute.name.text)")
                }
            }
        }
    }

    /// Each declaration holds exactly its attributes (a reused buffer once left every node
    /// with room for eight children, a third of a large tree's memory): the declarations'
    /// attributes are consecutive ranges of one array for the whole file, and so are the
    /// attributes' atoms, in source order, with nothing between them (an array per attribute
    /// was a third again, an array per declaration a fifth).
    @Test func nodeArraysAreExactlySizedAndAtomsShared() {
        let text = SamplePartners.sample
        var lists: [AtomList] = []
        var attributeLists: [AttributeList] = []
        for item in Parser.parse(text).items {
            guard case .declaration(let declaration) = item else { continue }
            attributeLists.append(declaration.attributes)
            lists += declaration.attributes.map(\.atoms)
        }
        #expect(attributeLists.map(\.count) == Array(repeating: 2, count: 40))
        #expect(attributeLists.allSatisfy { $0.sharesStorage(with: attributeLists[0]) })
        for (before, after) in zip(attributeLists, attributeLists.dropFirst()) {
            #expect(before.storageRange.upperBound == after.storageRange.lowerBound)
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

    /// The lexer folds each ASCII identifier's hash while finding its end; it must be the hash
    /// `WordHash.ascii` gives its bytes, and nil exactly when the word has a non-ASCII letter
    /// (a non-ASCII character after the word that does not continue it leaves it ASCII).
    @Test func lexedHashIsTheWordsHash() async {
        let pieces = ["a", "Z", "_", "x1", "-", "9", "ą", "ż", "e\u{301}", "—", "partner", "_9-"]
        await propertyCheck(count: 200, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var random = SplitMix(seed: UInt64(seed))
            var text = ""
            for _ in 0..<(1 + Int(random.next() % 12)) {
                text += "w"
                for _ in 0..<Int(random.next() % 6) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
                text += random.next() % 3 == 0 ? "\n" : " "
            }
            let file = SourceFile(path: "<input>", text: text)
            file.bytes.withUnsafeBufferPointer { bytes in
                var lexer = Lexer(bytes: bytes, file: file)
                while true {
                    let token = lexer.next()
                    if token.kind == .end { break }
                    guard token.kind == .identifier else { continue }
                    let expected = WordHash.ascii(UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]))
                    #expect(token.wordHash == expected, "\(file.text(token.start..<token.end))")
                }
            }
        }
    }

    /// Counts, dates and keywords after an attribute's name are read from the file without
    /// making a text, and must read what the text says.
    @Test func atomsReadCountsDaysAndKeywordsInPlace() {
        let text = "plan p {\n  x 1_000, 1000.50, 99999999999999999999, 7, gmina, 2020-01-31, 2021-02-30, per, \"week\", tydzień, \"12\"\n}"
        guard case .declaration(let plan) = Parser.parse(text).items.first else { Issue.record("no declaration"); return }
        let atoms = plan.attributes[0].atoms.filter { $0.kind != .comma }
        #expect(atoms.map(\.wholeNumber) == [1000, nil, nil, 7, nil, nil, nil, nil, nil, nil, nil])
        #expect(atoms.map { $0.kind == .number ? Int($0.text) : nil } == [1000, nil, nil, 7, nil, nil, nil, nil, nil, nil, nil])
        #expect(atoms[5].day == Day(iso: "2020-01-31") && atoms[5].day != nil)
        #expect(atoms[6].day == nil && atoms[3].day == nil)
        #expect(atoms[7].spells(.per) && !atoms[7].spells(.week))
        // A string and an unnumbered (non-ASCII) word are asked by their text, as before.
        #expect(atoms[8].spells(.week) && atoms[9].spells(.week) && atoms[9].id == -1)
        #expect(atoms.map { atom in Keyword.allCases.filter { atom.spells($0) } }
                == atoms.map { atom in Keyword.allCases.filter { Keyword.word(atom.text, is: $0) } })
    }

    /// In a file large enough for the word table to be sized up front, every word's number
    /// still gives back its own text, and a name written again gets the number it had.
    @Test func wordsOfALargeFileKeepTheirTexts() {
        let text = PlanGenerator(partners: 1_500, seed: 3).text()
        let tree = Parser.parse(text)
        var numbers: [String: Int32] = [:]
        for word in Self.words(text) where word.id >= 0 {
            #expect(word.text == tree.file.text(word.range.start..<word.range.end))
            #expect(numbers.updateValue(word.id, forKey: word.text).map { $0 == word.id } ?? true)
        }
        #expect(numbers.count > 5_000)
    }
}

private enum SamplePartners {
    static let sample = (0..<40).map { index in
        "partner p\(index) \"Partner \(index)\" {\n  sectors social_assistance, health, education, police, culture, sport, ngo, church, housing\n  level gmina\n}"
    }.joined(separator: "\n")
}
