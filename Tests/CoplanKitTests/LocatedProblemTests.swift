import Testing
@testable import CoplanCore

/// One located-problem type, rendered by DiagnosticRenderer with or without a code and a place.
@Suite struct LocatedProblemTests {
    static let file = SourceFile(path: "t.mustache", text: "# {{title}}\n- {{nmae}}\n")

    @Test func placeDecidesTheHeaderAndTheFrame() {
        let at = LocatedProblem("unknown template field `nmae`", at: SourceSpan(file: Self.file, range: SourceRange(14, 14)),
                                suggestion: "name")
        #expect(at.description == """
            t.mustache:2:3: error: unknown template field `nmae`
              |
            2 | - {{nmae}}
              |   ^
            help: did you mean `name`?
            """)
        #expect(LocatedProblem("template syntax error", file: "t.mustache").description == "t.mustache: error: template syntax error")
        #expect(LocatedProblem("usage: :show NAME", help: "names are case-sensitive").description
                    == "error: usage: :show NAME\nhelp: names are case-sensitive")
    }

    @Test func aDiagnosticIsTheSameProblemWithACode() {
        let span = SourceSpan(file: Self.file, range: SourceRange(16, 20))
        let diagnostic = Diagnostic(.E200, "unknown partner `nmae`", at: span, suggestion: "name")
        #expect(diagnostic.problem == LocatedProblem("unknown partner `nmae`", at: span, suggestion: "name"))
        let renderer = DiagnosticRenderer()
        #expect(renderer.render(diagnostic) == renderer.render(diagnostic.problem).replacingOccurrences(of: "error:", with: "error[E200]:"))
    }
}
