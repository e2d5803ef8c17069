/// Output formats of documents. Markdown is the template's own output; HTML and DOCX are
/// rendered from the same parsed blocks.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case md, html, docx

    public var fileExtension: String { rawValue }
}
