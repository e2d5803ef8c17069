import CoplanCore
import CoplanSyntax
/// Which attributes each declaration kind takes, which are required and which may be given
/// only once (LANGUAGE.md §3). Lowering, the formatter's attribute order, and completion all
/// read this one table.
package struct AttributeSchema: Sendable {
    package struct Rule: Sendable {
        package var keyword: Keyword
        package var required: Bool
        package var repeatable: Bool
    }

    /// Attributes in canonical (formatter) order.
    package var rules: [Rule]

    package func rule(for word: String) -> Rule? {
        let meanings = Keyword.matching(word)
        return rules.first { meanings.contains($0.keyword) }
    }

    package var required: [Keyword] { rules.filter(\.required).map(\.keyword) }

    /// All spellings of this kind's attributes, for "did you mean".
    package var spellings: [String] { rules.flatMap(\.keyword.spellings) }

    static func make(_ entries: [(Keyword, String)]) -> AttributeSchema {
        AttributeSchema(rules: entries.map { keyword, flags in
            Rule(keyword: keyword, required: flags.contains("!"), repeatable: flags.contains("*"))
        })
    }

    /// The schema for a declaration kind. Agreements also take `PARTY provides/commits` lines,
    /// which are not in the table because their leading word is a partner's name.
    package static func `for`(_ kind: Keyword) -> AttributeSchema {
        table[kind] ?? AttributeSchema(rules: [])
    }

    /// Built once: lowering asks for a schema per declaration, so it must not allocate.
    private static let table: [Keyword: AttributeSchema] = {
        var result: [Keyword: AttributeSchema] = [:]
        for kind in Keyword.declarationKinds { result[kind] = build(kind) }
        return result
    }()

    private static func build(_ kind: Keyword) -> AttributeSchema {
        switch kind {
        case .plan:
            return make([(.period, "!"), (.territory, ""), (.language, ""), (.program, ""), (.budget, ""),
                         (.lead, "*"), (.require, "*")])
        case .partner:
            return make([(.sector, "!"), (.level, ""), (.kind, ""), (.regon, ""), (.nip, ""), (.krs, ""),
                         (.address, ""), (.roles, "*")])
        case .person:
            return make([(.of, "!"), (.title, ""), (.signs, ""), (.email, ""), (.phone, "")])
        case .need:
            return make([(.sectors, "*")])
        case .group:
            return make([(.size, ""), (.needs, "!*")])
        case .service:
            return make([(.by, "!"), (.for, "!*"), (.meets, "!*"), (.capacity, "")])
        case .agreement:
            return make([(.parties, "!*"), (.period, "!"), (.signed, ""), (.signatories, "*"),
                         (.data_sharing, ""), (.meetings, ""), (.notice, ""), (.template, "")])
        case .team:
            return make([(.coordinator, "!"), (.members, "!*"), (.gathers, "")])
        case .goal:
            return make([(.indicator, "*")])
        default:
            return AttributeSchema(rules: [])
        }
    }
}
