import Testing
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanModel

/// `NameIndex` and `SymbolTable` replace `Dictionary` where resolving looks names up: they
/// must behave exactly like one, canonical equivalence of names included.
@Suite struct NameIndexTests {
    /// Random adds, lookups and removals agree with a `Dictionary` (a seeded generator, so a
    /// failure repeats), through several growths and with removed slots on probe paths.
    @Test func behavesLikeADictionary() {
        var generator = SplitMix(seed: 7)
        var table = SymbolTable()
        var reference: [String: Symbol] = [:]
        var order: [String] = []
        for step in 0..<20_000 {
            let name = "n\(generator.next() % 3_000)" + (step % 7 == 0 ? "_ąść" : "")
            switch generator.next() % 4 {
            case 0, 1:
                let symbol = Symbol(kind: DeclarationKind.allCases[Int(generator.next() % 11)], index: step)
                if reference[name] == nil { order.append(name) }
                table[name] = symbol
                reference[name] = symbol
            case 2:
                #expect(table.removeValue(forKey: name)?.index == reference.removeValue(forKey: name)?.index)
                order.removeAll { $0 == name }
            default:
                #expect(table[name]?.index == reference[name]?.index)
                #expect(table[name]?.kind == reference[name]?.kind)
            }
        }
        #expect(table.count == reference.count)
        #expect(table.names == order)
        #expect(Dictionary(uniqueKeysWithValues: table.map { ($0.key, $0.value.index) }) == reference.mapValues(\.index))
    }

    /// A decomposed `ś` (s + U+0301) is the same name as the precomposed one, and the Kelvin
    /// sign the same as `K`, as they are to a Swift `Dictionary`.
    @Test func equivalentSpellingsAreOneName() {
        var index = NameIndex()
        let precomposed = index.add("gośćK")
        #expect(index.number(of: "gos\u{301}c\u{301}K") == precomposed)
        #expect(index.number(of: "gośc\u{301}\u{212A}") == precomposed)
        let ascii = index.add("K1")
        #expect(index.number(of: "\u{212A}1") == ascii)
        #expect(index.number(of: "gośćk") == nil)
        #expect(index.count == 2)
    }

    @Test func kindOrdinalIsItsPlaceAmongAllCases() {
        for (place, kind) in DeclarationKind.allCases.enumerated() {
            #expect(kind.ordinal == place)
            for spelling in kind.spellings { #expect(DeclarationKind(word: spelling) == kind) }
        }
        #expect(DeclarationKind(word: "partnerr") == nil)
    }
}
