import CoplanCore
import CoplanSyntax
import CoplanModel
/// What the formatter needs to know about one attribute line: where it sorts, which of its
/// words are keywords (to print them in the file's language), and how a duration unit agrees
/// with its number. Read from the syntax with the same rules the resolver uses, so that
/// reordering and respelling never change what the line means.
struct AttributeShape {
    enum Role: Equatable {
        /// An attribute of the kind's schema, with its keyword.
        case schema(Keyword)
        /// `PARTY provides …` / `PARTY commits …` inside an agreement.
        case partyClause
        /// Not an attribute of this kind (E102): kept, at the end.
        case unknown
    }

    var role: Role
    /// Sort rank: schema order, party clauses after `signed`, unknown attributes last.
    var rank: Int
    /// Atom index → the keyword that atom spells (and the count a unit follows).
    var keywordAtoms: [Int: (keyword: Keyword, count: Int?)] = [:]

    init(_ attribute: AttributeSyntax, in kind: DeclarationKind) {
        let schema = AttributeSchema.for(kind)
        let atoms = attribute.atoms
        func isWord(_ index: Int, _ keyword: Keyword) -> Bool {
            index < atoms.count && atoms[index].kind == .identifier && Keyword.word(atoms[index].text, is: keyword)
        }
        if let rule = schema.rule(for: attribute.name.text), let index = schema.rules.firstIndex(where: { $0.keyword == rule.keyword }) {
            role = .schema(rule.keyword)
            rank = index * 2
        } else if schema.takesPartyClauses, isWord(0, .provides) || isWord(0, .commits) {
            role = .partyClause
            let signed = schema.rules.firstIndex { $0.keyword == .signed } ?? 0
            rank = signed * 2 + 1
            keywordAtoms[0] = (isWord(0, .provides) ? .provides : .commits, nil)
            return
        } else {
            role = .unknown
            rank = Int.max
            return
        }
        guard let rule = schema.rule(for: attribute.name.text) else { return }
        for slot in rule.value.keywordSlots(isWord: isWord) {
            guard let match = slot.candidates.first(where: { isWord(slot.position, $0) }) else { continue }
            let count: Int? = slot.singular ? 1 : slot.countAt.flatMap { index in
                index < atoms.count && atoms[index].kind == .number ? Int(atoms[index].text) : nil
            }
            keywordAtoms[slot.position] = (match, count)
        }
    }

    /// The keyword the attribute's leading word spells, when it is one.
    var nameKeyword: Keyword? {
        if case .schema(let keyword) = role { return keyword }
        return nil
    }
}
