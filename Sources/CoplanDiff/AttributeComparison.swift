/// One attribute's value before and after; nil where the attribute is absent.
package struct AttributeChange: Sendable, Equatable {
    package var name: String
    package var before: String?
    package var after: String?
}

/// Compares two records of one declaration attribute by attribute.
enum AttributeComparison {
    /// Differing attributes: in the new record's order, then the ones only the old record has.
    static func compare(_ old: EntityRecord?, _ new: EntityRecord?) -> [AttributeChange] {
        let before = old?.attributes ?? [], after = new?.attributes ?? []
        var changes: [AttributeChange] = []
        var seen = Set<String>()
        for (name, value) in after {
            seen.insert(name)
            let previous = before.first { $0.name == name }?.value
            if previous != value { changes.append(AttributeChange(name: name, before: previous, after: value)) }
        }
        for (name, value) in before where !seen.contains(name) {
            changes.append(AttributeChange(name: name, before: value, after: nil))
        }
        return changes
    }
}
