import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// How a validated template's tags nest inside list sections: enough to bound the work of
/// rendering it against a context *before* swift-mustache starts, because a render cannot be
/// interrupted. A list section repeats its body once per item, so ten nested `{{#parties}}`
/// over an agreement of eight parties would render a billion times; the bound turns that into
/// an error at the section instead of a hang.
package struct TemplateShape: Sendable {
    /// Tags directly in this section, outside nested sections (the section's own tag counts).
    var tags = 1
    /// The field a list section repeats over (its last name segment); nil for the top, flag,
    /// object and inverted sections, which render their body at most once.
    var list: String?
    /// The UTF-8 offset where the section opens, for the error (located only when needed: a
    /// template may hold many thousands of sections).
    var offset = 0
    var children: [TemplateShape] = []

    /// An upper bound on tags rendered: each list section multiplies its body by the longest
    /// list of that name anywhere in the context (`longest`; unknown names by `fallback`).
    package func expansions(longest: [String: Int], fallback: Int) -> Double {
        let body = Double(tags) + children.reduce(0) { $0 + $1.expansions(longest: longest, fallback: fallback) }
        guard let list else { return body }
        return body * Double(max(1, longest[list] ?? fallback))
    }

    /// The outermost list section whose expansion exceeds `limit`, for a located error.
    func heaviest(longest: [String: Int], fallback: Int, limit: Double) -> TemplateShape? {
        if list != nil, expansions(longest: longest, fallback: fallback) > limit { return self }
        for child in children {
            if let found = child.heaviest(longest: longest, fallback: fallback, limit: limit) { return found }
        }
        return nil
    }
}

extension TemplateValue {
    /// The longest list under each key anywhere in the value: what a list section of that name
    /// can repeat over at most, wherever the template opens it.
    package func longestLists() -> [String: Int] {
        var result: [String: Int] = [:]
        var pending: [TemplateValue] = [self]
        while let value = pending.popLast() {
            switch value {
            case .text, .flag, .absent:
                break
            case .list(let items):
                pending.append(contentsOf: items)
            case .object(let members):
                for (key, member) in members {
                    if case .list(let items) = member { result[key] = max(result[key] ?? 0, items.count) }
                    pending.append(member)
                }
            }
        }
        return result
    }
}
