import CoplanCore
import CoplanSyntax
/// What every declared entity has: its name, display name and where it was declared.
package struct EntityHeader: Sendable {
    package var name: String
    package var displayName: String?
    /// The whole declaration.
    package var span: SourceSpan
    /// Just the name after the kind keyword.
    package var nameSpan: SourceSpan
    /// Where each attribute was written, for diagnostics about an attribute as a whole.
    package var attributeSpans = AttributeSpans()
    /// Predeclared entities (standard sectors and roles) have no source.
    package var isPredeclared: Bool = false

    package init(name: String, displayName: String? = nil, span: SourceSpan, nameSpan: SourceSpan, isPredeclared: Bool = false) {
        self.name = name
        self.displayName = displayName
        self.span = span
        self.nameSpan = nameSpan
        self.isPredeclared = isPredeclared
    }
    /// The declaration was cut short by a syntax error (no closing `}`): checks that would
    /// only repeat that error (missing attributes, unused) skip it.
    package var isIncomplete: Bool = false

    /// The display name, or the identifier when there is none.
    @inlinable package var title: String { displayName ?? name }

    /// The attribute's span, or the declaration's name when the attribute is absent.
    package func span(of keyword: Keyword) -> SourceSpan { attributeSpans[keyword] ?? nameSpan }
}

/// Entities that have a header; lets generic code (symbol tables, listings) treat them alike.
package protocol Entity: Sendable {
    var header: EntityHeader { get set }
}

extension Entity {
    @inlinable package var name: String { header.name }
    @inlinable package var title: String { header.title }
}

/// Where each attribute of one declaration was written, filled by the resolver as it lowers
/// the declaration (`record`). A declaration has a handful of attributes, so a small array
/// beats a dictionary (no hashing, one allocation), and all of them are in the declaration's
/// file, so the file is held once, not once per attribute.
package struct AttributeSpans: Sendable {
    private var file: SourceFile?
    private var entries: [(keyword: Keyword, range: SourceRange)] = []

    package init() {}

    /// Room for `capacity` attributes of a declaration in `file`.
    package init(file: SourceFile, capacity: Int) {
        self.file = file
        entries.reserveCapacity(capacity)
    }

    package func contains(_ keyword: Keyword) -> Bool {
        entries.contains { $0.keyword == keyword }
    }

    package subscript(keyword: Keyword) -> SourceSpan? {
        guard let file, let entry = entries.first(where: { $0.keyword == keyword }) else { return nil }
        return SourceSpan(file: file, range: entry.range)
    }

    /// Records where `keyword` was written in the declaration's file (the one given at `init`).
    package mutating func record(_ keyword: Keyword, at range: SourceRange) {
        entries.append((keyword, range))
    }
}
