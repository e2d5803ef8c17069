import CoplanCore
import CoplanSyntax

/// One attribute of one declaration kind, described once: its word (spellings live in
/// `Keyword`), whether it is required or repeatable, the shape of its value, the help for a
/// missing one, and how it is lowered into the entity. Everything else that knows about an
/// attribute — the formatter's order and respelling, completion, "did you mean", E300's
/// help, who refers to whom, the language reference — is derived from these entries.
package struct AttributeSpec: Sendable {
    package var keyword: Keyword
    package var required: Bool
    package var repeatable: Bool
    package var value: ValueShape
    /// The `help:` of E300 when a required attribute is missing.
    package var missingHelp: String?
    /// Reads the attribute into the entity at the given index.
    let lower: @Sendable (inout Resolver, AttributeSyntax, Int) -> Void
    /// Indices of what the entity at the given index names through this attribute (for
    /// reference shapes), so "used by" and renames need no table of their own.
    let referenced: (@Sendable (PlanModel, Int) -> [Symbol])?

    init(_ keyword: Keyword, _ value: ValueShape, help: String? = nil,
         referenced: (@Sendable (PlanModel, Int) -> [Symbol])? = nil,
         lower: @escaping @Sendable (inout Resolver, AttributeSyntax, Int) -> Void) {
        self.init(keyword, [], value, help: help, referenced: referenced, lower: lower)
    }

    init(_ keyword: Keyword, _ flags: Flags, _ value: ValueShape, help: String? = nil,
         referenced: (@Sendable (PlanModel, Int) -> [Symbol])? = nil,
         lower: @escaping @Sendable (inout Resolver, AttributeSyntax, Int) -> Void) {
        self.keyword = keyword
        required = flags.contains(.required)
        repeatable = flags.contains(.repeatable)
        self.value = value
        missingHelp = help
        self.referenced = referenced
        self.lower = lower
    }

    struct Flags: OptionSet, Sendable {
        let rawValue: Int
        static let required = Flags(rawValue: 1)
        static let repeatable = Flags(rawValue: 2)
    }

    /// What this attribute of entity `index` names (empty for shapes that name nothing).
    package func references(in model: PlanModel, index: Int) -> [Symbol] {
        referenced?(model, index) ?? []
    }
}
