/// What every declared entity has: its name, display name and where it was declared.
public struct EntityHeader: Sendable {
    public var name: String
    public var displayName: String?
    /// The whole declaration.
    public var span: SourceSpan
    /// Just the name after the kind keyword.
    public var nameSpan: SourceSpan
    /// Where each attribute was written, for diagnostics about an attribute as a whole.
    public var attributeSpans: [Keyword: SourceSpan] = [:]
    /// Predeclared entities (standard sectors and roles) have no source.
    public var isPredeclared: Bool = false

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
