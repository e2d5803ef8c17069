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
    package var missingHelp: MissingAttributeHelp?
    /// Reads the attribute into the entity at the given index.
    let lower: @Sendable (inout Resolver, AttributeSyntax, Int) -> Void
    /// Indices of what the entity at the given index names through this attribute (for
    /// reference shapes), so "used by" and renames need no table of their own.
    let referenced: (@Sendable (PlanModel, Int) -> [Symbol])?

    init(_ keyword: Keyword, _ value: ValueShape, help: MissingAttributeHelp? = nil,
         referenced: (@Sendable (PlanModel, Int) -> [Symbol])? = nil,
         lower: @escaping @Sendable (inout Resolver, AttributeSyntax, Int) -> Void) {
        self.init(keyword, [], value, help: help, referenced: referenced, lower: lower)
    }

    init(_ keyword: Keyword, _ flags: Flags, _ value: ValueShape, help: MissingAttributeHelp? = nil,
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

/// What E300 suggests for a missing attribute: an example of it, written in the keywords of
/// the declaration's file (`period YYYY-MM-DD .. YYYY-MM-DD`, `okres RRRR-MM-DD .. RRRR-MM-DD`),
/// and why it matters when that is not plain.
package struct MissingAttributeHelp: Sendable {
    /// The example in a keyword language.
    let example: @Sendable (KeywordLanguage) -> String
    let purpose: Purpose?

    package enum Purpose: Sendable, Hashable {
        /// The example names one sector of many.
        case anotherSector
        /// `of`: whom the person works for.
        case employer
        /// `by`: who runs the service.
        case runner
    }

    init(_ purpose: Purpose? = nil, example: @escaping @Sendable (KeywordLanguage) -> String) {
        self.example = example
        self.purpose = purpose
    }

    /// `keyword` followed by a value written in the same language (`needs NEED, …`).
    static func add(_ keyword: Keyword, _ purpose: Purpose? = nil, value: @escaping @Sendable (KeywordLanguage) -> String) -> Self {
        Self(purpose) { words in words.word(keyword) + " " + value(words) }
    }

    /// `keyword NAME` for a name of `kind`, or `keyword NAME, …` for a list.
    static func add(_ keyword: Keyword, names kind: DeclarationKind, list: Bool = false, _ purpose: Purpose? = nil) -> Self {
        add(keyword, purpose) { words in words.placeholder(kind) + (list ? ", …" : "") }
    }

    /// The help in the file's keyword language.
    package func text(_ words: KeywordLanguage) -> Text {
        CheckMessage.addAttribute(example: example(words), purpose: purpose).text
    }
}
