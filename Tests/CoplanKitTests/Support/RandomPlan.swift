@testable import CoplanKit
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanModel
@testable import CoplanAnalysis
@testable import CoplanPipeline
@testable import CoplanFormat
@testable import CoplanEmit
@testable import CoplanSession

/// Random but syntactically valid plan text for formatter properties: keywords spelled in
/// either language at random, attributes in random order, `;` or line ends, lists broken over
/// lines, comments before and after anything, escapes in strings and text blocks.
struct RandomPlan {
    var random: SplitMix

    init(seed: UInt64) {
        random = SplitMix(seed: seed)
    }

    mutating func pick<T>(_ options: [T]) -> T { options[Int(random.next() % UInt64(options.count))] }
    mutating func chance(_ percent: Int) -> Bool { Int(random.next() % 100) < percent }
    mutating func count(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(random.next() % UInt64(range.count)) }

    mutating func word(_ keyword: Keyword) -> String { pick(keyword.spellings) }

    mutating func comment() -> String {
        pick(["# note", "# coplan: allow W400", "#", "# ąęś – uwaga", "#  indented   words  "])
    }

    mutating func string() -> String {
        pick(["\"Ośrodek\"", "\"with \\\"quotes\\\"\"", "\"tab\\there\"", "\"back\\\\slash\"", "\"\\u{105}\\u{1F600}\"",
              "\"line\\nbreak\"", "\"\"", "\"\"\"\n    block line\n      indented\n    \"\"\""])
    }

    /// A list of `items` joined by commas, sometimes continued over lines (with a trailing comment).
    mutating func list(_ items: [String]) -> String {
        var out = ""
        for (index, item) in items.enumerated() {
            if index > 0 {
                out += ","
                if chance(20) { out += chance(30) ? "  \(comment())\n      " : "\n      " } else { out += " " }
            }
            out += item
        }
        return out
    }

    mutating func declaration(_ kind: DeclarationKind, _ name: String, _ attributes: [String]) -> String {
        var attributes = attributes
        for index in attributes.indices.reversed() where index > 0 {
            attributes.swapAt(index, count(0...index))
        }
        var out = ""
        if chance(25) { out += comment() + "\n" }
        out += word(kind.keyword) + " " + name
        if chance(60) { out += " " + string() }
        if attributes.count <= 2, chance(30) {
            return out + " { " + attributes.joined(separator: "; ") + " }" + (chance(20) ? "  " + comment() : "") + "\n"
        }
        out += " {" + (chance(15) ? "  " + comment() : "") + "\n"
        for attribute in attributes {
            if chance(15) { out += "  " + comment() + "\n" }
            if chance(10) { out += "\n" }
            out += "  " + attribute + (chance(10) ? ";" : "") + (chance(15) ? "  " + comment() : "") + "\n"
        }
        if chance(10) { out += "  " + comment() + "\n" }
        return out + "}" + (chance(10) ? " " + comment() : "") + "\n" + (chance(50) ? "\n" : "")
    }

    mutating func text() -> String {
        let partners = (0..<count(2...5)).map { "p\($0)" }
        let needs = (0..<count(1...3)).map { "n\($0)" }
        let groups = (0..<count(1...2)).map { "g\($0)" }
        let sectors = ["health", "education", "social_assistance", "employment"]
        var out = chance(50) ? comment() + "\n\n" : ""
        out += declaration(.plan, "plan_x", [
            "\(word(.period)) 2020-01-01 .. 2021-12-31",
            "\(word(.budget)) \(pick(["1_000.50", "12", "3.25"])) PLN",
            "\(word(.require)) \(word(.sectors)) \(list(Array(sectors.prefix(count(1...3)))))",
            "\(word(.require)) \(word(.roles)) lead = 1, coordinator >= 1",
            "\(word(.require)) \(word(.coverage)) \(count(10...99))%",
        ])
        for (index, partner) in partners.enumerated() {
            var attributes = ["\(word(.sector)) \(pick(sectors))", "\(word(.level)) \(pick(["gmina", "powiat"]))"]
            if index == 0 { attributes.append("\(word(.roles)) \(list(["lead", "coordinator"]))") }
            if chance(30) { attributes.append("\(word(.address)) \(string())") }
            if chance(10) { attributes.append("colour \"blue\"") }
            out += declaration(.partner, partner, attributes)
            out += declaration(.person, "boss_\(partner)", ["\(word(.of)) \(partner)", word(.signs), "\(word(.title)) \(string())"])
        }
        for need in needs { out += declaration(.need, need, ["\(word(.sectors)) \(list(Array(sectors.prefix(count(1...4)))))"]) }
        for group in groups {
            out += declaration(.group, group, ["\(word(.size)) \(pick(["10", "1_200", "7"]))", "\(word(.needs)) \(list(needs))"])
        }
        for (index, partner) in partners.enumerated() {
            out += declaration(.service, "s\(index)", [
                "\(word(.by)) \(partner)", "\(word(.for)) \(list(groups))", "\(word(.meets)) \(list(Array(needs.prefix(count(1...needs.count)))))",
                "\(word(.capacity)) \(count(1...60)) \(word(.per)) \(word(pick([.year, .month, .week])))",
            ])
        }
        for index in 0..<(partners.count - 1) {
            let a = partners[index], b = partners[index + 1]
            let duration = count(1...14)
            out += declaration(.agreement, "a\(index)", [
                "\(word(.parties)) \(list([a, b]))", "\(word(.period)) 2020-0\(count(1...9))-01 .. 2021-\(count(10...12))-30",
                "\(word(.signed)) 2019-12-0\(count(1...9)) \(word(.at)) \(string())",
                "\(a) \(word(.provides)) s\(index)", "\(b) \(word(.provides)) s\(index + 1)",
                "\(a) \(word(.commits)) \(string())",
                "\(word(.signatories)) \(list(["boss_\(a)", "boss_\(b)"]))",
                "\(word(.meetings)) \(chance(50) ? word(pick([.weekly, .monthly, .quarterly, .yearly])) : "\(word(.every)) \(duration) \(word(pick([.day, .week, .month, .year])))")",
                "\(word(.notice)) \(duration) \(word(pick([.day, .week, .month, .year])))",
            ])
        }
        out += declaration(.team, "team", ["\(word(.coordinator)) boss_p0", "\(word(.members)) \(list(partners))", "\(word(.gathers)) \(word(.monthly))"])
        out += declaration(.goal, "goal", [
            "\(word(.indicator)) \(word(.agreements)) >= \(count(1...5))", "\(word(.indicator)) \(word(.coverage)) >= \(count(50...100))%",
            "\(word(.indicator)) \(word(.people_reached)) >= 10",
        ])
        if chance(40) { out += "\n" + comment() + "\n" }
        return out
    }
}

/// A small deterministic random number generator (SplitMix64).
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
