import Testing
@testable import CoplanCore

/// One located-problem type, rendered by DiagnosticRenderer with or without a code and a place,
/// in the reader's language.
@Suite struct LocatedProblemTests {
    static let file = SourceFile(path: "t.mustache", text: "# {{title}}\n- {{nmae}}\n")
    static let unknownField = Text(en: "unknown template field `nmae`", pl: "nieznane pole szablonu `nmae`")

    @Test func placeDecidesTheHeaderAndTheFrame() {
        let at = LocatedProblem(Self.unknownField, at: SourceSpan(file: Self.file, range: SourceRange(14, 14)), suggestion: "name")
        #expect(at.description == """
            t.mustache:2:3: error: unknown template field `nmae`
              |
            2 | - {{nmae}}
              |   ^
            help: did you mean `name`?
            """)
        let syntax = Text(en: "template syntax error", pl: "błąd składni szablonu")
        #expect(LocatedProblem(syntax, file: "t.mustache").description == "t.mustache: error: template syntax error")
        let usage = LocatedProblem(Text(en: "usage: :show NAME", pl: "użycie: :show NAZWA"),
                                   help: Text(en: "names are case-sensitive", pl: "wielkość liter w nazwach ma znaczenie"))
        #expect(usage.description == "error: usage: :show NAME\nhelp: names are case-sensitive")
        #expect(DiagnosticRenderer(language: .pl).render(usage) == "błąd: użycie: :show NAZWA\nwskazówka: wielkość liter w nazwach ma znaczenie\n")
    }

    @Test func theReadersLanguageChoosesMessageHelpAndLabels() {
        let at = LocatedProblem(Self.unknownField, at: SourceSpan(file: Self.file, range: SourceRange(14, 14)), suggestion: "name")
        #expect(DiagnosticRenderer(language: .pl).render(at) == """
            t.mustache:2:3: błąd: nieznane pole szablonu `nmae`
              |
            2 | - {{nmae}}
              |   ^
            wskazówka: czy chodziło o `name`?

            """)
    }

    @Test func aDiagnosticIsTheSameProblemWithACode() {
        let span = SourceSpan(file: Self.file, range: SourceRange(16, 20))
        let message = Text(en: "unknown partner `nmae`", pl: "nieznany podmiot `nmae`")
        let diagnostic = Diagnostic(.E200, message, at: span, suggestion: "name")
        #expect(diagnostic.problem == LocatedProblem(message, at: span, suggestion: "name"))
        for language in Language.allCases {
            let renderer = DiagnosticRenderer(language: language)
            let label = CoreMessage.severity(.error).text[language]
            #expect(renderer.render(diagnostic) == renderer.render(diagnostic.problem).replacingOccurrences(of: "\(label):", with: "\(label)[E200]:"))
        }
    }
}
