/// Declarations of two versions of a plan matched by kind and id — never by position, so
/// moving a declaration (within a file or to an imported one) is not a change.
struct MatchedEntity: Sendable {
    var kind: EntityKind
    var id: String
    var old: EntityRecord?
    var new: EntityRecord?
    var attributes: [AttributeChange]

    var change: ChangeKind {
        if old == nil { return .added }
        if new == nil { return .removed }
        return .changed
    }
}

enum ModelMatching {
    struct Key: Hashable {
        var kind: EntityKind
        var id: String
    }

    /// The declarations that were added, removed or changed, in kind order then id.
    static func match(old: [EntityRecord], new: [EntityRecord]) -> [MatchedEntity] {
        var before: [Key: EntityRecord] = [:]
        for record in old where before[Key(kind: record.kind, id: record.id)] == nil {
            before[Key(kind: record.kind, id: record.id)] = record   // a duplicate (E201) keeps the first
        }
        var after: [Key: EntityRecord] = [:]
        for record in new where after[Key(kind: record.kind, id: record.id)] == nil {
            after[Key(kind: record.kind, id: record.id)] = record
        }
        var result: [MatchedEntity] = []
        for key in Set(before.keys).union(after.keys) {
            let o = before[key], n = after[key]
            let attributes = AttributeComparison.compare(o, n)
            if o != nil && n != nil && attributes.isEmpty { continue }
            result.append(MatchedEntity(kind: key.kind, id: key.id, old: o, new: n, attributes: attributes))
        }
        return result.sorted { ($0.kind, $0.id) < ($1.kind, $1.id) }
    }
}
