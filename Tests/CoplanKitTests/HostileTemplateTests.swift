import Testing
@testable import CoplanKit
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanModel
@testable import CoplanAnalysis
@testable import CoplanPipeline
@testable import CoplanFormat
@testable import CoplanEmit
@testable import CoplanSession

/// A user template is code the repository owner runs over plan data: whatever it holds,
/// preparing and rendering it ends quickly with a document or a located error — never a
/// stack overflow (swift-mustache recurses per section and per transform), never a render
/// that cannot end (nested list sections multiply), never a parse that takes minutes
/// (swift-mustache's parser is quadratic in tags × length).
@Suite struct HostileTemplateTests {
    static func prepare(_ text: String) throws(LocatedProblem) -> AgreementEmitter.PreparedTemplate {
        try AgreementEmitter.prepare(TemplateText(text: text, path: "t.mustache"))
    }

    static func error(_ text: String) -> LocatedProblem? {
        do {
            _ = try prepare(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func sectionNestingIsBounded() throws {
        let limit = Limits.maxTemplateSections
        func nested(_ depth: Int) -> String {
            String(repeating: "{{#has_groups}}", count: depth) + "x" + String(repeating: "{{/has_groups}}", count: depth)
        }
        #expect(Self.error(nested(limit)) == nil)
        let error = try #require(Self.error(nested(1_000)))
        #expect(error.message.en == "sections nest deeper than the limit of \(limit)")
        #expect(error.span?.start.line == 1 && error.span?.start.column == 1 + limit * "{{#has_groups}}".count)
    }

    @Test func transformNestingIsBounded() throws {
        let limit = Limits.maxTemplateTransforms
        func nested(_ depth: Int) -> String {
            "{{" + String(repeating: "uppercased(", count: depth) + "title" + String(repeating: ")", count: depth) + "}}"
        }
        #expect(Self.error(nested(limit)) == nil)
        let error = try #require(Self.error(nested(1_000)))
        #expect(error.message.en == "transforms nest deeper than the limit of \(limit)")
        #expect(error.span?.start.line == 1 && error.span?.start.column == 3 + limit * "uppercased(".count)
    }

    @Test func sizeAndTagCountAreBounded() throws {
        let big = String(repeating: "Lorem ipsum dolor sit amet.\n", count: Limits.maxTemplateBytes / 28 + 1)
        let sizeError = try #require(Self.error(big))
        #expect(sizeError.message.en.hasPrefix("the template is \(NumberText.count(big.utf8.count, in: .en)) bytes, above the limit of 128 KB"))

        let tag = "{{title}}\n"
        #expect(Self.error(String(repeating: tag, count: Limits.maxTemplateTags)) == nil)
        let tagError = try #require(Self.error(String(repeating: tag, count: Limits.maxTemplateTags + 5)))
        #expect(tagError.message.en == "the template has more than \(NumberText.count(Limits.maxTemplateTags, in: .en)) tags")
        #expect(tagError.span?.start.line == Limits.maxTemplateTags + 1 && tagError.span?.start.column == 1)
    }

    /// Nested list sections over the same two parties: 2^depth repetitions. A modest depth
    /// renders; a deep one is refused before rendering, at the outermost list section.
    @Test func listFanOutIsRefusedBeforeRendering() throws {
        let model = try DocumentTests.model()
        let emitter = AgreementEmitter(model: model)
        func nested(_ depth: Int) -> String {
            "# {{title}}\n" + String(repeating: "{{#parties}}{{short}}", count: depth) + String(repeating: "{{/parties}}", count: depth) + "\n"
        }
        let modest = try emitter.markdown(Ref(0), template: try Self.prepare(nested(6)))
        #expect(modest.count > 64)

        let template = try Self.prepare(nested(30))
        do {
            _ = try emitter.markdown(Ref(0), template: template)
            Issue.record("a 2^30 render was not refused")
        } catch {
            #expect(error.message.en.hasPrefix("the template would render about "))
            #expect(error.message.en.hasSuffix("above the limit of \(NumberText.count(Limits.maxTemplateExpansions, in: .en))"))
            #expect(error.span?.start.line == 2 && error.span?.start.column == 1)
            #expect(error.help?.en == "a list section repeats its body for every item: nest fewer list sections")
        }
        #expect(throws: LocatedProblem.self) { try emitter.render(Ref(0), format: .docx, template: template) }
    }

    /// The bound is an upper bound: every tag rendered is counted. Each tag here writes one
    /// `|`, so the output's `|` count is the number of tags rendered.
    @Test(arguments: [
        "{{#parties}}|{{short}}{{/parties}}",
        "{{#parties}}{{#representatives}}{{name}}|{{/representatives}}{{#services}}{{title}}|{{/services}}{{/parties}}",
        "{{#parties}}{{#parties}}{{short}}|{{/parties}}{{/parties}}{{#signature_rows}}{{#cells}}{{.}}|{{/cells}}{{/signature_rows}}",
        "{{#reversed(parties)}}{{#contacts}}|{{/contacts}}{{/reversed(parties)}}",
    ])
    func boundCoversWhatIsRendered(text: String) throws {
        let model = try DocumentTests.model()
        let template = try Self.prepare(text)
        let context = AgreementContext(model: model, language: .pl).context(for: Ref(0))
        let longest = context.longestLists()
        let bound = template.shape.expansions(longest: longest, fallback: longest.values.max() ?? 1)
        let rendered = try AgreementEmitter(model: model).markdown(Ref(0), template: template)
        let bars = rendered.filter { $0 == "|" }.count
        #expect(bars > 0)
        #expect(Double(bars) <= bound, "\(bars) rendered, bound \(bound)")
    }

    /// The built-in templates stay far inside every limit, on the largest shipped plan too.
    @Test func builtInTemplatesAreWithinLimits() throws {
        let model = try DocumentTests.shippedPlan()
        for language in Language.allCases {
            let text = AgreementTemplates.builtIn(language)
            #expect(text.utf8.count < Limits.maxTemplateBytes / 4)
            let emitter = AgreementEmitter(model: model, language: language)
            for index in model.agreements.indices {
                _ = try emitter.markdown(Ref(index))
            }
        }
    }
}

/// Templates written with CR or CRLF line ends, or with other characters Swift counts as
/// line breaks, are located on the line an editor shows.
@Suite struct TemplateLineEndTests {
    @Test(arguments: ["\n", "\r\n", "\r"])
    func validatorErrorsCountEditorLines(_ end: String) throws {
        let text = ["# {{title}}", "", "{{#parties}}", "- {{nmae}}", "{{/parties}}"].joined(separator: end)
        let error = try #require(HostileTemplateTests.error(text))
        #expect(error.span?.start.line == 4 && error.span?.start.column == 5)
        #expect(error.span.map { $0.file.lineText($0.start.line) } == "- {{nmae}}")
    }

    /// A swift-mustache parse error (delimiters separated by a tab, which only swift-mustache
    /// refuses) after a form feed, which swift-mustache counts as a line break and an editor
    /// does not: the error is placed on the tag's line all the same.
    @Test func mustacheErrorsAreMappedIntoTheText() throws {
        let text = "a\u{0C}b\nthe {{=a\tb c=}}\n"
        let error = try #require(HostileTemplateTests.error(text))
        #expect(error.message.en == "template syntax error: invalidSetDelimiter")
        #expect(error.span?.start.line == 2, "\(error)")
        #expect(error.span.map { $0.file.lineText($0.start.line) } == "the {{=a\tb c=}}")
    }

    @Test func crlfTemplatesRenderWithLineFeeds() throws {
        let template = try HostileTemplateTests.prepare("# {{title}}\r\n\r\n{{#parties}}\r\n- {{short}}\r\n{{/parties}}\r\n")
        let markdown = try AgreementEmitter(model: try DocumentTests.model()).markdown(Ref(0), template: template)
        #expect(!markdown.contains("\r"))
        #expect(markdown.hasPrefix("# "))
    }

    @Test func lineFeedsReplaceEveryCarriageReturn() {
        #expect("a\r\nb\rc\n\r\nd".withLineFeeds == "a\nb\nc\n\nd")
        #expect("zażółć\r".withLineFeeds == "zażółć\n")
        #expect("plain\n".withLineFeeds == "plain\n")
    }
}
