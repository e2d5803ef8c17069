import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
import Foundation
import ZIPFoundation

/// Writes parsed document blocks as a Word document (OOXML, `.docx`), entirely in memory:
/// the ZIP package is built in a `Data` buffer and returned as bytes.
///
/// Headings map to the Title / Heading 1 / Heading 2 styles, ordered lists to real Word
/// numbering (each list restarts at its own first number), tables to a borderless signature
/// table; every page has a "Strona N z M" footer. Every ZIP entry gets the same fixed date, so the same plan gives byte-identical files.
package enum DOCXWriter {
    /// The date stamped on every ZIP entry (1980-01-01, the first day DOS dates can hold).
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    package struct Metadata: Sendable {
        package var title: String
        package var language: Language
        /// `dcterms:created`; the signing date of an agreement, so it is stable per plan.
        package var created: Day?

        package init(title: String, language: Language, created: Day?) {
            self.title = title
            self.language = language
            self.created = created
        }
    }

    /// The `.docx` file's bytes.
    package static func render(_ blocks: [DocumentMarkup.Block], metadata: Metadata) throws -> [UInt8] {
        var body = BodyWriter(language: metadata.language)
        body.write(blocks)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", OOXMLParts.contentTypes),
            ("_rels/.rels", OOXMLParts.packageRelationships),
            ("docProps/core.xml", OOXMLParts.core(metadata)),
            ("docProps/app.xml", OOXMLParts.app),
            ("word/_rels/document.xml.rels", OOXMLParts.documentRelationships),
            ("word/document.xml", OOXMLParts.document(body.xml)),
            ("word/styles.xml", OOXMLParts.styles(metadata.language)),
            ("word/numbering.xml", OOXMLParts.numbering(body.lists)),
            ("word/footer1.xml", OOXMLParts.footer(metadata.language)),
        ]
        return try zip(parts)
    }

    static func zip(_ parts: [(String, String)]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: entryDate, permissions: 0o644,
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
            }
        }
        guard let data = archive.data else { throw LocatedProblem(DocumentMessage.docxNotAssembled.text) }
        return [UInt8](data)
    }

    /// A list instance in numbering.xml: its abstract definition (0 ordered, 1 bullets) and start.
    struct ListInstance {
        var ordered: Bool
        var start: Int
    }

    struct BodyWriter {
        var language: Language
        var xml = ""
        var lists: [ListInstance] = []
        var afterTitle = false
        /// The block being written leads to the signature table: its paragraphs keep with the
        /// next, so the signatures never stand on a page of their own, away from the text.
        var keepWithNext = false

        mutating func write(_ blocks: [DocumentMarkup.Block]) {
            for (index, block) in blocks.enumerated() {
                if index + 1 < blocks.count, case .table = blocks[index + 1] { keepWithNext = true }
                write(block)
                keepWithNext = false
            }
        }

        mutating func write(_ block: DocumentMarkup.Block) {
            switch block {
            case .heading(let level, let inlines):
                let style = level == 1 ? "Title" : level == 2 ? "Heading1" : "Heading2"
                paragraph(style: style, inlines)
                afterTitle = level == 1
                return
            case .paragraph(let inlines):
                paragraph(style: afterTitle ? "Subtitle" : nil, inlines)
                return
            case .list(let ordered, let start, let items):
                list(ordered: ordered, start: start, items, level: 0, numId: nil)
            case .table(let header, let rows):
                table(header: header, rows: rows)
            }
            afterTitle = false
        }

        mutating func newList(ordered: Bool, start: Int) -> Int {
            lists.append(ListInstance(ordered: ordered, start: start))
            return lists.count
        }

        mutating func list(ordered: Bool, start: Int, _ items: [DocumentMarkup.ListItem], level: Int, numId parent: Int?) {
            let numId = parent.flatMap { lists[$0 - 1].ordered == ordered ? $0 : nil } ?? newList(ordered: ordered, start: start)
            for item in items {
                let numbering = "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numId)\"/></w:numPr>"
                paragraph(style: "ListParagraph", item.content, properties: numbering)
                for child in item.children {
                    if case .list(let o, let s, let nested) = child {
                        list(ordered: o, start: s, nested, level: min(level + 1, 1), numId: numId)
                    } else {
                        write(child)
                    }
                }
            }
        }

        mutating func paragraph(style: String?, _ inlines: [DocumentMarkup.Inline], properties: String = "", extra: String = "") {
            xml += "<w:p>"
            if style != nil || !properties.isEmpty || !extra.isEmpty || keepWithNext {
                xml += "<w:pPr>"
                if let style { xml += "<w:pStyle w:val=\"\(style)\"/>" }
                if keepWithNext { xml += "<w:keepNext/>" }
                xml += properties + extra + "</w:pPr>"
            }
            runs(inlines, bold: false, italic: false)
            xml += "</w:p>"
        }

        mutating func runs(_ inlines: [DocumentMarkup.Inline], bold: Bool, italic: Bool) {
            for inline in inlines {
                switch inline {
                case .text(let text):
                    xml += "<w:r>"
                    if bold || italic { xml += "<w:rPr>" + (bold ? "<w:b/>" : "") + (italic ? "<w:i/>" : "") + "</w:rPr>" }
                    xml += "<w:t xml:space=\"preserve\">\(Escaping.xml(text))</w:t></w:r>"
                case .strong(let inner): runs(inner, bold: true, italic: italic)
                case .emphasis(let inner): runs(inner, bold: bold, italic: true)
                case .lineBreak: xml += "<w:r><w:br/></w:r>"
                }
            }
        }

        /// A borderless table of equal columns: the signature blocks of the parties.
        mutating func table(header: [[DocumentMarkup.Inline]], rows: [[[DocumentMarkup.Inline]]]) {
            let columns = max(1, header.count)
            let width = 9000 / columns
            xml += "<w:tbl><w:tblPr><w:tblStyle w:val=\"SignatureTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
            xml += "<w:jc w:val=\"center\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>"
            xml += String(repeating: "<w:gridCol w:w=\"\(width)\"/>", count: columns) + "</w:tblGrid>"
            let all = [header] + rows
            for (r, row) in all.enumerated() {
                xml += r == 0 ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
                for c in 0..<columns {
                    xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
                    let cell = c < row.count ? row[c] : []
                    // Room to sign above the dotted line (the first body row).
                    let spacing = r == 0 ? "<w:spacing w:before=\"480\"/>" : r == 1 ? "<w:spacing w:before=\"720\"/>" : ""
                    // Element order follows the schema (pStyle, keepNext, spacing): Word rejects others.
                    xml += "<w:p><w:pPr><w:pStyle w:val=\"SignatureCell\"/><w:keepNext/>\(spacing)</w:pPr>"
                    runs(cell, bold: r == 0, italic: false)
                    xml += "</w:p></w:tc>"
                }
                xml += "</w:tr>"
            }
            // Word expects a paragraph after a table.
            xml += "</w:tbl><w:p/>"
        }
    }
}
