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

/// Where each attribute of one declaration was written. A declaration has a handful of
/// attributes, so a small array beats a dictionary (no hashing, one allocation).
package struct AttributeSpans: Sendable {
    private var entries: [(Keyword, SourceSpan)] = []

    package init() {}

    package subscript(keyword: Keyword) -> SourceSpan? {
        get { entries.first { $0.0 == keyword }?.1 }
        set {
            if let index = entries.firstIndex(where: { $0.0 == keyword }) {
                if let newValue { entries[index].1 = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((keyword, newValue))
            }
        }
    }

    package var keywords: [Keyword] { entries.map(\.0) }
}
