import CoplanCore
import CoplanSyntax

/// The attributes one declaration kind takes, in canonical (formatter) order.
package struct AttributeSchema: Sendable {
    package let kind: DeclarationKind
    package let rules: [AttributeSpec]
    /// Every spelling of every rule's keyword → the rule's index: lowering asks once per
    /// attribute line, so the lookup is one hash of the word (it was 6% of resolving).
    private let spellingIndex: NameIndex
    /// The rule each spelling's number stands for.
    private let ruleOfSpelling: [Int]
    /// The rule each keyword spelling of `WordInterner` stands for, -1 for none: a numbered
    /// attribute word finds its rule with no hashing at all.
    private let ruleOfKeywordSpelling: [Int]

    init(kind: DeclarationKind, rules: [AttributeSpec]) {
        self.kind = kind
        self.rules = rules
        var table = NameIndex()
        var ruleOf: [Int] = []
        for (index, rule) in rules.enumerated() {
            for spelling in rule.keyword.spellings where table.number(of: spelling) == nil {
                table.add(spelling)
                ruleOf.append(index)
            }
        }
        spellingIndex = table
        ruleOfSpelling = ruleOf
        ruleOfKeywordSpelling = WordInterner.keywordSpellings.map { spelling in
            table.number(of: spelling).map { ruleOf[$0] } ?? -1
        }
    }
    /// Agreements also take `PARTY provides SERVICE, …` and `PARTY commits "…"` lines, whose
    /// first word is a partner's name and so cannot be a table entry.
    package var takesPartyClauses: Bool { kind == .agreement }

    /// What the party lines of agreement `index` name: their parties and provided services.
    package static func partyClauseReferences(in model: PlanModel, agreement index: Int) -> [Symbol] {
        let agreement = model.agreements[index]
        return agreement.provisions.flatMap { [Symbol(kind: .partner, index: $0.party.index)] + Symbol.all(.service, $0.services.map(\.value.index)) }
            + Symbol.all(.partner, agreement.commitments.map(\.party.index))
    }

    package func rule(for word: String) -> AttributeSpec? {
        ruleIndex(for: word).map { rules[$0] }
    }

    /// The index in `rules` of the rule a written word spells.
    package func ruleIndex(for word: Word) -> Int? {
        ruleIndex(number: word.id) { word.text }
    }

    /// The rule an attribute's name spells, by its number without making the name's word.
    package func ruleIndex(for attribute: AttributeSyntax) -> Int? {
        ruleIndex(number: attribute.nameID) { attribute.name.text }
    }

    private func ruleIndex(number id: Int32, text: () -> String) -> Int? {
        guard id >= 0 else { return ruleIndex(for: text()) }
        // Every rule's spelling is a keyword spelling: a word numbered past them is no rule.
        guard Int(id) < ruleOfKeywordSpelling.count else { return nil }
        let rule = ruleOfKeywordSpelling[Int(id)]
        return rule < 0 ? nil : rule
    }

    /// The index in `rules` of the rule a word spells.
    package func ruleIndex(for word: String) -> Int? {
        spellingIndex.number(of: word).map { ruleOfSpelling[$0] }
    }

    package var required: [Keyword] { rules.filter(\.required).map(\.keyword) }

    /// All spellings of this kind's attributes, for "did you mean".
    package var spellings: [String] {
        rules.flatMap(\.keyword.spellings) + (takesPartyClauses ? Keyword.provides.spellings + Keyword.commits.spellings : [])
    }

    /// The schema of a declaration kind.
    package static func `for`(_ kind: DeclarationKind) -> AttributeSchema {
        table[kind.ordinal]
    }

    /// Built once, by `DeclarationKind.ordinal`: lowering asks for a schema per declaration,
    /// so it must neither allocate nor hash.
    private static let table: [AttributeSchema] = DeclarationKind.allCases.map {
        AttributeSchema(kind: $0, rules: specification(of: $0))
    }
}
