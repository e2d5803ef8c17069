import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// Output formats of documents. Markdown is the template's own output; HTML and DOCX are
/// rendered from the same parsed blocks.
package enum DocumentFormat: String, Sendable, CaseIterable {
    case md, html, docx

    package var fileExtension: String { rawValue }
}
