import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// Renders parsed document blocks as one standalone HTML page, styled for printing on A4
/// (`@page`), with every piece of text escaped.
package enum HTMLDocumentWriter {
    /// What the page holds, as the `<body>` class the stylesheet's variants select on.
    package enum Kind: String, Sendable, CaseIterable {
        /// Signature tables without borders, kept on one page.
        case agreement
    }

    package static func render(_ blocks: [DocumentMarkup.Block], language: Language, kind: Kind = .agreement) -> String {
        let title = blocks.lazy.compactMap { block -> String? in
            if case .heading(1, let inlines) = block { return Typography.unbound(inlines.plainText) }
            return nil
        }.first ?? ""
        var body = ""
        for block in blocks { write(block, into: &body) }
        return """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <title>\(Escaping.html(title))</title>
        <style>
        \(stylesheet)
        </style>
        </head>
        <body class="\(kind.rawValue)">
        <main>
        \(body)</main>
        </body>
        </html>

        """
    }

    static let stylesheet = """
    @page { size: A4; margin: 25mm 20mm 25mm 25mm; }
    html { font-family: "DejaVu Serif", "Times New Roman", serif; font-size: 11.5pt; line-height: 1.45; color: #000; }
    body { margin: 0; }
    main { max-width: 165mm; margin: 0 auto; padding: 12mm 0; }
    @media print { main { padding: 0; max-width: none; } }
    h1 { font-size: 15pt; text-align: center; margin: 0 0 6pt; }
    h2 { font-size: 12pt; text-align: center; margin: 16pt 0 6pt; page-break-after: avoid; break-after: avoid; }
    h3 { font-size: 11.5pt; margin: 12pt 0 4pt; }
    p { margin: 0 0 6pt; }
    h1 + p { text-align: center; }
    ol, ul { margin: 0 0 6pt; padding-left: 8mm; }
    ol ol { list-style-type: decimal; }
    ol ol > li::marker { content: counter(list-item) ") "; }
    li { margin: 0 0 3pt; }
    /* Ragged right: browsers do not hyphenate Polish, and justified short lines open wide gaps. */
    p, li { text-align: left; hyphens: auto; }
    table { border-collapse: collapse; width: 100%; margin: 8pt 0; }
    th, td { padding: 3pt 6pt; vertical-align: top; text-align: left; }
    body.agreement table { margin-top: 28pt; page-break-inside: avoid; break-inside: avoid; break-before: avoid; }
    body.agreement ol:has(+ table), body.agreement ol:has(+ table) > li { break-inside: avoid; break-after: avoid; }
    body.agreement th, body.agreement td { text-align: center; width: 33%; }
    body.agreement tbody tr:first-child td { padding-top: 36pt; }
    body.agreement th { padding-top: 18pt; }
    """

    static func write(_ block: DocumentMarkup.Block, into out: inout String) {
        switch block {
        case .heading(let level, let inlines):
            out += "<h\(level)>\(inlineHTML(inlines))</h\(level)>\n"
        case .paragraph(let inlines):
            out += "<p>\(inlineHTML(inlines))</p>\n"
        case .list(let ordered, let start, let items):
            let tag = ordered ? "ol" : "ul"
            out += ordered && start != 1 ? "<ol start=\"\(start)\">\n" : "<\(tag)>\n"
            for item in items {
                out += "<li>\(inlineHTML(item.content))"
                if !item.children.isEmpty {
                    out += "\n"
                    for child in item.children { write(child, into: &out) }
                }
                out += "</li>\n"
            }
            out += "</\(tag)>\n"
        case .table(let header, let rows):
            out += "<table>\n<thead><tr>"
            for cell in header { out += "<th>\(inlineHTML(cell))</th>" }
            out += "</tr></thead>\n<tbody>\n"
            for row in rows {
                out += "<tr>"
                for index in header.indices { out += "<td>\(index < row.count ? inlineHTML(row[index]) : "")</td>" }
                out += "</tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
    }

    static func inlineHTML(_ inlines: [DocumentMarkup.Inline]) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let text): out += Escaping.html(text)
            case .strong(let inner): out += "<strong>\(inlineHTML(inner))</strong>"
            case .emphasis(let inner): out += "<em>\(inlineHTML(inner))</em>"
            case .lineBreak: out += "<br>"
            }
        }
        return out
    }
}
