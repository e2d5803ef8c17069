import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// The fixed and generated XML parts of a DOCX package (ECMA-376, transitional).
enum OOXMLParts {
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static let contentTypes = header + """
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
    <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
    <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
    <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
    <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
    <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
    </Types>
    """

    static let packageRelationships = header + """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
    </Relationships>
    """

    static let documentRelationships = header + """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>\
    </Relationships>
    """

    static let app = header + """
    <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
    <Application>coplan</Application></Properties>
    """

    static func languageTag(_ language: Language) -> String {
        language == .pl ? "pl-PL" : "en-GB"
    }

    static func core(_ metadata: DOCXWriter.Metadata) -> String {
        var xml = header + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(Escaping.xml(metadata.title))</dc:title><dc:creator>coplan</dc:creator>"
            + "<dc:language>\(languageTag(metadata.language))</dc:language>"
        if let created = metadata.created {
            xml += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(created)T00:00:00Z</dcterms:created>"
        }
        return xml + "</cp:coreProperties>"
    }

    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func document(_ body: String) -> String {
        header + "<w:document xmlns:w=\"\(w)\" xmlns:r=\"\(r)\"><w:body>" + body
            + "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId3\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"1417\" w:right=\"1134\" w:bottom=\"1417\" w:left=\"1417\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>"
            + "</w:sectPr></w:body></w:document>"
    }

    /// The footer on every page: "Strona 2 z 5" centred, the numbers as PAGE and NUMPAGES
    /// fields that Word fills in (the `1` is what shows until it does).
    static func footer(_ language: Language) -> String {
        let words = DocumentPhrases(language).pageOf
        func text(_ value: String) -> String { "<w:r><w:t xml:space=\"preserve\">\(value)</w:t></w:r>" }
        func field(_ name: String) -> String {
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> \(name) </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + text("1") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        }
        return header + "<w:ftr xmlns:w=\"\(w)\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
            + text(words.page + " ") + field("PAGE") + text(" " + words.of + " ") + field("NUMPAGES") + "</w:p></w:ftr>"
    }

    static func styles(_ language: Language) -> String {
        let font = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\" w:eastAsia=\"Times New Roman\"/>"
        return header + "<w:styles xmlns:w=\"\(w)\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr>\(font)<w:sz w:val=\"23\"/><w:szCs w:val=\"23\"/>"
            + "<w:lang w:val=\"\(languageTag(language))\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + style("Normal", "Normal", paragraph: "<w:jc w:val=\"both\"/>", isDefault: true)
            + style("Title", "Title", paragraph: "<w:keepNext/><w:spacing w:after=\"120\"/><w:jc w:val=\"center\"/>",
                    run: "<w:b/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>")
            + style("Subtitle", "Subtitle", paragraph: "<w:spacing w:after=\"240\"/><w:jc w:val=\"center\"/>")
            + style("Heading1", "heading 1", paragraph: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"300\" w:after=\"120\"/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/>",
                    run: "<w:b/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>")
            + style("Heading2", "heading 2", paragraph: "<w:keepNext/><w:spacing w:before=\"200\" w:after=\"80\"/><w:outlineLvl w:val=\"1\"/>",
                    run: "<w:b/>")
            + style("ListParagraph", "List Paragraph", paragraph: "<w:spacing w:after=\"60\"/><w:jc w:val=\"both\"/>")
            + style("SignatureCell", "Signature", paragraph: "<w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/>")
            + style("Footer", "footer", paragraph: "<w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/>", run: "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
            + "<w:style w:type=\"table\" w:styleId=\"SignatureTable\"><w:name w:val=\"Signature Table\"/>"
            + "<w:tblPr><w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/>"
            + "<w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>"
            + "<w:tblCellMar><w:left w:w=\"108\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
            + "</w:styles>"
    }

    static func style(_ id: String, _ name: String, paragraph: String = "", run: String = "", isDefault: Bool = false) -> String {
        "<w:style w:type=\"paragraph\"\(isDefault ? " w:default=\"1\"" : "") w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
            + (id == "Normal" ? "<w:qFormat/>" : "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>")
            + (paragraph.isEmpty ? "" : "<w:pPr>\(paragraph)</w:pPr>") + (run.isEmpty ? "" : "<w:rPr>\(run)</w:rPr>") + "</w:style>"
    }

    /// Two abstract lists (ordered `1.` / `a)`… and bullets) and one instance per list in the
    /// document, each restarting at its list's first number.
    static func numbering(_ lists: [DOCXWriter.ListInstance]) -> String {
        func level(_ ilvl: Int, format: String, text: String, indent: Int) -> String {
            "<w:lvl w:ilvl=\"\(ilvl)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"\(text)\"/>"
                + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"\(indent)\" w:hanging=\"397\"/></w:pPr></w:lvl>"
        }
        var xml = header + "<w:numbering xmlns:w=\"\(w)\">"
        xml += "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>"
            + level(0, format: "decimal", text: "%1.", indent: 397) + level(1, format: "decimal", text: "%2)", indent: 794)
            + "</w:abstractNum>"
        xml += "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"multilevel\"/>"
            + level(0, format: "bullet", text: "–", indent: 397) + level(1, format: "bullet", text: "–", indent: 794)
            + "</w:abstractNum>"
        for (index, list) in lists.enumerated() {
            xml += "<w:num w:numId=\"\(index + 1)\"><w:abstractNumId w:val=\"\(list.ordered ? 0 : 1)\"/>"
            if list.ordered {
                xml += "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"\(list.start)\"/></w:lvlOverride>"
            }
            xml += "</w:num>"
        }
        return xml + "</w:numbering>"
    }
}
