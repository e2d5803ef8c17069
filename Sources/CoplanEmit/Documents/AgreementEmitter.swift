import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
import Mustache

/// Turns a plan's agreements into documents (porozumienia) in Markdown, HTML or DOCX, in
/// the plan's language or another. Pure: plan model and template text in, bytes out.
package struct AgreementEmitter: Sendable {
    package let model: PlanModel
    package let language: Language
    /// Built once per emitter: its indexes serve every agreement rendered.
    let documentContext: AgreementContext

    /// `language` defaults to the plan's `language` attribute (Polish when absent).
    package init(model: PlanModel, language: Language? = nil) {
        self.model = model
        self.language = language ?? model.plan?.language ?? .pl
        documentContext = AgreementContext(model: model, language: self.language)
    }

    /// A validated, parsed template ready to render many agreements.
    package struct PreparedTemplate: Sendable {
        let template: MustacheTemplate
        package let path: String?
        /// How its list sections nest, to bound each render; the text to locate an error.
        package let shape: TemplateShape
        let source: SourceFile
    }

    /// What an agreement's `template` attribute names.
    package enum TemplateReference: Sendable, Equatable {
        case builtIn
        /// A path as written in the plan, to be read by the front end relative to the plan file.
        case file(String)
    }

    /// Names are built-in templates; anything with a `/` or `.` is a file path. An unknown
    /// name is an error at the attribute, with "did you mean".
    package static func templateReference(of agreement: Agreement) throws(LocatedProblem) -> TemplateReference {
        guard let written = agreement.template else { return .builtIn }
        let value = written.value
        if value.contains("/") || value.contains(".") { return .file(value) }
        if AgreementTemplates.builtInNames.contains(value) { return .builtIn }
        throw LocatedProblem(TemplateMessage.unknownBuiltIn(name: value).text, at: written.span.startPoint,
                             help: Suggestion.closest(to: value, preferred: AgreementTemplates.builtInNames).map { CoreMessage.didYouMean($0).text }
                                 ?? TemplateMessage.builtInsHelp(names: AgreementTemplates.builtInNames).text)
    }

    /// The built-in template for a language, parsed once per process.
    static let builtInTemplates: [Language: PreparedTemplate] = {
        var result: [Language: PreparedTemplate] = [:]
        for language in Language.allCases {
            // The built-in texts are tested; failing here is a programming error.
            result[language] = try! prepare(AgreementTemplates.builtIn(language), path: nil)
        }
        return result
    }()

    package func builtInTemplate() -> PreparedTemplate { Self.builtInTemplates[language]! }

    /// Validates a user template against the context schema and parses it.
    package static func prepare(_ template: TemplateText) throws(LocatedProblem) -> PreparedTemplate {
        try prepare(template.text, path: template.path)
    }

    static func prepare(_ written: String, path: String?) throws(LocatedProblem) -> PreparedTemplate {
        let text = written.withLineFeeds
        let shape = try TemplateValidator(schema: AgreementContext.schema, file: path).validate(text)
        _ = Escaping.registerMarkdown
        let pragma = "{{% CONTENT_TYPE: \(Escaping.markdownContentType)}}"
        do {
            // The pragma makes every `{{value}}` Markdown-escaped; it adds no line.
            let parsed = try MustacheTemplate(string: pragma + text)
            return PreparedTemplate(template: parsed, path: path, shape: shape,
                                    source: SourceFile(path: path ?? "", text: text))
        } catch let error as MustacheTemplate.ParserError {
            let context = error.context
            let offset = mustacheOffset(line: context.lineNumber,
                                        column: context.lineNumber == 1 ? context.columnNumber - pragma.count : context.columnNumber,
                                        in: text)
            let source = SourceFile(path: path ?? "", text: text)
            throw LocatedProblem(TemplateMessage.syntaxError(detail: "\(error.error)").text, at: SourceSpan(file: source, range: SourceRange(offset, offset)))
        } catch {
            throw LocatedProblem(TemplateMessage.syntaxError(detail: "\(error)").text, file: path)
        }
    }

    /// The UTF-8 offset of a swift-mustache error position. It counts lines by
    /// `Character.isNewline` (which includes form feeds and U+2028) and columns in characters,
    /// so its numbers are turned back into a place in the text rather than shown as they are.
    static func mustacheOffset(line: Int, column: Int, in text: String) -> Int {
        var index = text.startIndex
        var lines = 1
        while lines < line, index < text.endIndex {
            if text[index].isNewline { lines += 1 }
            index = text.index(after: index)
        }
        var columns = 1
        while columns < column, index < text.endIndex, !text[index].isNewline {
            columns += 1
            index = text.index(after: index)
        }
        return text.utf8.distance(from: text.utf8.startIndex, to: index)
    }

    /// The agreement with this name, or an error with "did you mean".
    package func agreement(named name: String) throws(LocatedProblem) -> Ref<Agreement> {
        if let symbol = model.symbol(name), symbol.kind == .agreement { return Ref(symbol.index) }
        let names = model.agreements.map(\.name)
        let suggestion = Suggestion.closest(to: name, preferred: names)
        throw LocatedProblem(DocumentMessage.noAgreement(name: name).text,
                             help: suggestion.map { CoreMessage.didYouMean($0).text }
                                 ?? (names.isEmpty ? DocumentMessage.noAgreementsHelp : DocumentMessage.agreementsHelp(names: names)).text)
    }

    /// The Markdown text of an agreement (the template's output). Throws, before rendering,
    /// when the template's list sections would repeat more than `Limits.maxTemplateExpansions`
    /// times over this agreement's data: a render cannot be stopped once started.
    package func markdown(_ ref: Ref<Agreement>, template: PreparedTemplate? = nil) throws(LocatedProblem) -> String {
        let prepared = template ?? builtInTemplate()
        let context = documentContext.context(for: ref)
        try prepared.checkExpansion(over: context, agreement: model[ref].name)
        return prepared.template.render(context.mustacheObject)
    }

    /// One agreement as a file in the given format.
    package func render(_ ref: Ref<Agreement>, format: DocumentFormat, template: PreparedTemplate? = nil) throws(LocatedProblem) -> EmittedDocument {
        let text = try markdown(ref, template: template)
        let fileName = SafeFileName.sanitised(model[ref].name, extension: format.fileExtension)
        switch format {
        case .md:
            return EmittedDocument(fileName: fileName, bytes: Array(text.utf8))
        case .html:
            let html = HTMLDocumentWriter.render(Typography.bound(DocumentMarkup.parse(text), language), language: language)
            return EmittedDocument(fileName: fileName, bytes: Array(html.utf8))
        case .docx:
            let agreement = model[ref]
            let metadata = DOCXWriter.Metadata(title: agreement.title, language: language,
                                               created: agreement.signed ?? agreement.period?.first)
            do {
                return EmittedDocument(fileName: fileName, bytes: try DOCXWriter.render(Typography.bound(DocumentMarkup.parse(text), language), metadata: metadata))
            } catch let error as LocatedProblem {
                throw error
            } catch {
                throw LocatedProblem(DocumentMessage.docxFailed(agreement: agreement.name, detail: "\(error)").text)
            }
        }
    }

    /// Every agreement of the model with the built-in template: what the benchmark calls.
    package func renderAll(format: DocumentFormat) throws(LocatedProblem) -> [EmittedDocument] {
        let template = builtInTemplate()
        var result: [EmittedDocument] = []
        result.reserveCapacity(model.agreements.count)
        for index in model.agreements.indices {
            result.append(try render(Ref(index), format: format, template: template))
        }
        return result
    }
}

extension AgreementEmitter.PreparedTemplate {
    /// Refuses a render whose bound (`TemplateShape.expansions`) passes the limit, located at
    /// the outermost list section that makes it so.
    func checkExpansion(over context: TemplateValue, agreement: String) throws(LocatedProblem) {
        let longest = context.longestLists()
        let fallback = longest.values.max() ?? 1
        let limit = Double(Limits.maxTemplateExpansions)
        let total = shape.expansions(longest: longest, fallback: fallback)
        guard total > limit else { return }
        let at = shape.heaviest(longest: longest, fallback: fallback, limit: limit) ?? shape
        throw LocatedProblem(TemplateMessage.tooManyExpansions(estimate: NumberText.plain(total.rounded()), agreement: agreement,
                                                              limit: Limits.maxTemplateExpansions).text,
                             at: SourceSpan(file: source, range: SourceRange(at.offset, at.offset)),
                             help: TemplateMessage.tooManyExpansionsHelp.text)
    }
}
