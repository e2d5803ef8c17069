/// What every declared entity has: its name, display name and where it was declared.
public struct EntityHeader: Sendable {
    public var name: String
    public var displayName: String?
    /// The whole declaration.
    public var span: SourceSpan
    /// Just the name after the kind keyword.
    public var nameSpan: SourceSpan
    /// Where each attribute was written, for diagnostics about an attribute as a whole.
    public var attributeSpans = AttributeSpans()
    /// Predeclared entities (standard sectors and roles) have no source.
    public var isPredeclared: Bool = false
    /// The declaration was cut short by a syntax error (no closing `}`): checks that would
    /// only repeat that error (missing attributes, unused) skip it.
    public var isIncomplete: Bool = false

    /// The display name, or the identifier when there is none.
    public var title: String { displayName ?? name }

    /// The attribute's span, or the declaration's name when the attribute is absent.
    public func span(of keyword: Keyword) -> SourceSpan { attributeSpans[keyword] ?? nameSpan }
}

/// Entities that have a header; lets generic code (symbol tables, listings) treat them alike.
public protocol Entity: Sendable {
    var header: EntityHeader { get set }
}

extension Entity {
    public var name: String { header.name }
    public var title: String { header.title }
}

/// Where each attribute of one declaration was written. A declaration has a handful of
/// attributes, so a small array beats a dictionary (no hashing, one allocation).
public struct AttributeSpans: Sendable {
    private var entries: [(Keyword, SourceSpan)] = []

    public init() {}

    public subscript(keyword: Keyword) -> SourceSpan? {
        get { entries.first { $0.0 == keyword }?.1 }
        set {
            if let index = entries.firstIndex(where: { $0.0 == keyword }) {
                if let newValue { entries[index].1 = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((keyword, newValue))
            }
        }
    }

    public var keywords: [Keyword] { entries.map(\.0) }
}
