/// A typed index into one of `PlanModel`'s entity arrays. References in the model are
/// resolved once by the resolver; analysis and emitters follow them without name lookups.
public struct Ref<Entity>: Hashable, Comparable, Sendable {
    public let index: Int

    public init(_ index: Int) {
        self.index = index
    }

    public static func < (lhs: Ref, rhs: Ref) -> Bool { lhs.index < rhs.index }
}

/// A value with the source span it was written at, for diagnostics pointing at list items.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var span: SourceSpan

    public init(_ value: Value, _ span: SourceSpan) {
        self.value = value
        self.span = span
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
