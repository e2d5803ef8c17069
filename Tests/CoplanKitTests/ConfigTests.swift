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

/// `coplan.toml`: values read, and every mistake reported at its line and column.
@Suite struct ConfigTests {
    @Test func readsEveryKey() throws {
        let (config, problems) = RepositoryConfig.parse("""
        # repository settings
        plans = ["Plans", "Archiwum/2023"]
        strict = true
        allow = ["W400", "G502"]
        deny = [
          "G504",  # single points of failure block merges
        ]
        language = "en"
        """)
        #expect(problems.isEmpty, "\(problems.map(\.message.en))")
        #expect(config.plans == ["Plans", "Archiwum/2023"])
        #expect(config.strict)
        #expect(config.allow == [.W400, .G502])
        #expect(config.deny == [.G504])
        #expect(config.language == .en)
        #expect(config.writtenLanguage == .en)
    }

    /// The document default (`pl`) is not a choice of the reader's language: only a written
    /// `language` is.
    @Test func languageWrittenOnlyWhenTheFileSaysIt() {
        let unset = RepositoryConfig.parse("strict = true\n").config
        #expect(unset.language == .pl && unset.writtenLanguage == nil)
        #expect(LanguageChoice(flag: nil, variables: ["LANG": "en_GB.UTF-8"], configured: unset.writtenLanguage).resolve(plans: []) == .en)
        let written = RepositoryConfig.parse("language = \"pl\"\n").config
        #expect(written.writtenLanguage == .pl)
        #expect(LanguageChoice(flag: nil, variables: ["LANG": "en_GB.UTF-8"], configured: written.writtenLanguage).resolve(plans: []) == .pl)
    }

    @Test func defaultsWhenEmpty() {
        let (config, problems) = RepositoryConfig.parse("")
        #expect(problems.isEmpty)
        #expect(config == RepositoryConfig())
        #expect(config.plans == ["."])
        #expect(!config.strict)
    }

    @Test func everyMistakeIsLocated() throws {
        let text = try Golden.read("ci/config-errors.toml")
        let (_, problems) = RepositoryConfig.parse(text)
        try Golden.assert(problems.map { DiagnosticRenderer().render($0) }.joined(separator: "\n"), matches: "ci/config-errors.expected")
        try Golden.assert(problems.map { DiagnosticRenderer(language: .pl).render($0) }.joined(separator: "\n"), matches: "ci/config-errors.pl.expected")
        for problem in problems {
            for text in [problem.message] + (problem.helpText.map { [$0] } ?? []) {
                #expect(LanguageAudit.englishIn(text.pl).isEmpty, "\(text.pl)")
                #expect(LanguageAudit.polishIn(text.en).isEmpty, "\(text.en)")
                #expect(Set(LanguageAudit.codeSpans(text.pl)) == Set(LanguageAudit.codeSpans(text.en)), "\(text)")
            }
        }
        let places = problems.map { "\($0.span!.start.line):\($0.span!.start.column)" }
        #expect(places == ["2:19", "3:1", "4:10", "5:10", "5:17", "5:25", "6:17", "7:12", "8:1", "10:1"])
    }

    @Test func invalidTOMLIsLocated() throws {
        let (_, problems) = RepositoryConfig.parse("plans = [\"Plans\"\nstrict = true\n")
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(DiagnosticRenderer().render(problem).hasPrefix("coplan.toml:2:1: error: invalid TOML: "))
    }

    @Test func unknownKeySuggestsTheClosest() throws {
        let (_, problems) = RepositoryConfig.parse("plans = [\"P\"]\nlangauge = \"pl\"\n", path: "repo/coplan.toml")
        let problem = try #require(problems.first)
        #expect(DiagnosticRenderer().render(problem).hasPrefix("repo/coplan.toml:2:1: error: unknown key `langauge`"))
        #expect(problem.suggestion == "language")
    }
}
