import CoplanCore
import CoplanSyntax
/// A typed index into one of `PlanModel`'s entity arrays. References in the model are
/// resolved once by the resolver; analysis and emitters follow them without name lookups.
package struct Ref<Entity>: Hashable, Comparable, Sendable {
    package let index: Int

    package init(_ index: Int) {
        self.index = index
    }

    package static func < (lhs: Ref, rhs: Ref) -> Bool { lhs.index < rhs.index }
}

/// A value with the source span it was written at, for diagnostics pointing at list items.
package struct Located<Value: Sendable>: Sendable {
    package var value: Value
    package var span: SourceSpan

    package init(_ value: Value, _ span: SourceSpan) {
        self.value = value
        self.span = span
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
