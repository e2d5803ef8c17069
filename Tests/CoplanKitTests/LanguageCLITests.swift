import Foundation
import Testing

/// The one language choice of every command (docs/LANGUAGE.md §9), one step of the order per
/// test: `--lang` > `COPLAN_LANG` > coplan.toml `language` > the plans' own `language` >
/// `LC_ALL`/`LC_MESSAGES`/`LANG` > English. The summary line tells the language apart
/// (`1 file checked` / `sprawdzono 1 plik`).
@Suite struct LanguageCLITests {
    static let english = "plan p {\n  period 2020-01-01 .. 2020-12-31\n}\n"
    static let polish = "plan p {\n  język pl\n  okres 2020-01-01 .. 2020-12-31\n}\n"
    static let statedEnglish = "plan q {\n  language en\n  period 2020-01-01 .. 2020-12-31\n}\n"

    /// Runs `coplan` in a fresh folder holding `files`; `CLITests.run` passes none of the test's
    /// own language variables.
    static func run(_ arguments: [String], files: [String: String], environment: [String: String] = [:]) throws -> CLITests.Run {
        try CLITests.run(arguments, in: try CLITests.temporaryFolder(files), environment: environment)
    }

    static func isPolish(_ run: CLITests.Run) -> Bool { run.stdout.contains("sprawdzono 1 plik") }
    static func isEnglish(_ run: CLITests.Run) -> Bool { run.stdout.contains("1 file checked") }

    @Test func englishWhenNothingChooses() throws {
        let result = try Self.run(["check", "p.plan"], files: ["p.plan": Self.english])
        #expect(Self.isEnglish(result), "\(result.stdout)")
    }

    @Test func localeChoosesPolish() throws {
        let result = try Self.run(["check", "p.plan"], files: ["p.plan": Self.english], environment: ["LANG": "pl_PL.UTF-8"])
        #expect(Self.isPolish(result), "\(result.stdout)")
    }

    @Test func localeVariablesInPOSIXOrder() throws {
        let allOverLang = try Self.run(["check", "p.plan"], files: ["p.plan": Self.english],
                                       environment: ["LC_ALL": "en_US.UTF-8", "LANG": "pl_PL.UTF-8"])
        #expect(Self.isEnglish(allOverLang), "LC_ALL wins over LANG: \(allOverLang.stdout)")
        let messages = try Self.run(["check", "p.plan"], files: ["p.plan": Self.english],
                                    environment: ["LC_MESSAGES": "pl_PL.UTF-8", "LANG": "en_US.UTF-8"])
        #expect(Self.isPolish(messages), "LC_MESSAGES wins over LANG: \(messages.stdout)")
    }

    @Test func plansOwnLanguageBeatsTheLocale() throws {
        let result = try Self.run(["check", "p.plan"], files: ["p.plan": Self.polish], environment: ["LANG": "en_US.UTF-8"])
        #expect(Self.isPolish(result), "\(result.stdout)")
        let stated = try Self.run(["check", "q.plan"], files: ["q.plan": Self.statedEnglish], environment: ["LANG": "pl_PL.UTF-8"])
        #expect(Self.isEnglish(stated), "\(stated.stdout)")
    }

    @Test func plansThatDisagreeLeaveItToTheLocale() throws {
        let files = ["p.plan": Self.polish, "q.plan": Self.statedEnglish]
        let english = try Self.run(["check", "p.plan", "q.plan"], files: files)
        #expect(english.stdout.contains("2 files checked"), "\(english.stdout)")
        let polish = try Self.run(["check", "p.plan", "q.plan"], files: files, environment: ["LANG": "pl_PL.UTF-8"])
        #expect(polish.stdout.contains("sprawdzono 2 pliki"), "\(polish.stdout)")
    }

    @Test func coplanTomlBeatsThePlans() throws {
        let files = ["p.plan": Self.polish, "coplan.toml": "language = \"en\"\n"]
        let result = try Self.run(["check", "p.plan"], files: files)
        #expect(Self.isEnglish(result), "\(result.stdout)")
        // A coplan.toml that says nothing about the language does not choose English.
        let silent = try Self.run(["check", "p.plan"], files: ["p.plan": Self.polish, "coplan.toml": "strict = false\n"])
        #expect(Self.isPolish(silent), "\(silent.stdout)")
    }

    @Test func environmentBeatsCoplanToml() throws {
        let files = ["p.plan": Self.english, "coplan.toml": "language = \"en\"\n"]
        let result = try Self.run(["check", "p.plan"], files: files, environment: ["COPLAN_LANG": "pl"])
        #expect(Self.isPolish(result), "\(result.stdout)")
    }

    @Test func flagBeatsEverything() throws {
        let files = ["p.plan": Self.polish, "coplan.toml": "language = \"pl\"\n"]
        let result = try Self.run(["check", "--lang", "en", "p.plan"], files: files,
                                  environment: ["COPLAN_LANG": "pl", "LANG": "pl_PL.UTF-8"])
        #expect(Self.isEnglish(result), "\(result.stdout)")
        let equals = try Self.run(["check", "--lang=pl", "p.plan"], files: ["p.plan": Self.english], environment: ["COPLAN_LANG": "en"])
        #expect(Self.isPolish(equals), "\(equals.stdout)")
    }

    @Test func unknownLanguageIsAUsageError() throws {
        let flag = try Self.run(["check", "--lang", "xx", "p.plan"], files: ["p.plan": Self.english])
        #expect(flag.status == 2)
        #expect(flag.stderr == "coplan: unknown language `xx` in `--lang`: use `pl` or `en`\n", "\(flag.stderr)")
        let variable = try Self.run(["gaps", "p.plan"], files: ["p.plan": Self.english], environment: ["COPLAN_LANG": "polsku"])
        #expect(variable.status == 2)
        #expect(variable.stderr.contains("unknown language `polsku` in `COPLAN_LANG`: use `pl` or `en`; did you mean `polski`?"), "\(variable.stderr)")
        // Said in the language chosen without it.
        let polish = try Self.run(["fmt", "--lang", "englsh", "p.plan"], files: ["p.plan": Self.english], environment: ["LANG": "pl_PL.UTF-8"])
        #expect(polish.status == 2)
        #expect(polish.stderr.contains("nieznany język `englsh` w `--lang`: użyj `pl` albo `en`; czy chodziło o `english`?"), "\(polish.stderr)")
    }

    /// Every command takes the same `--lang`.
    @Test func everyCommandTakesLang() throws {
        let files = ["p.plan": Self.english]
        for arguments in [["check", "p.plan"], ["gaps", "p.plan"], ["graph", "p.plan"], ["fmt", "--check", "p.plan"],
                          ["explain", "E200"], ["template", "agreement"], ["run", "s.coplan"], ["diff", "p.plan", "p.plan"],
                          ["emit", "p.plan", "--report", "-o", "out"]] {
            let result = try Self.run(arguments + ["--lang", "pl"], files: files.merging(["s.coplan": ":load p.plan\n"]) { $1 })
            #expect(result.status != 2 || !result.stderr.contains("--lang"), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Unknown option"), "\(arguments): \(result.stderr)")
        }
    }

    /// A Polish plan full of mistakes a planner makes (day-first dates, a Polish amount, an
    /// unknown sector, a missing coordinator, a spoken frequency, an unknown partner).
    static let brokenPolish = """
        plan p "Gmina" {
          język pl
          okres 01.01.2025 .. 31.12.2025
          budżet 250 000,50 zł
        }
        podmiot gops "GOPS" { sektor oswiata }
        zespół z "Z" { członkowie gops, mopsx
          zbiera_się co miesiąc }
        porozumienie p1 "P" { strony gops }

        """

    /// The lines a person reads, without code frames (`3 | …` quotes the plan itself).
    static func prose(_ run: CLITests.Run) -> String {
        (run.stdout + run.stderr).split(separator: "\n").filter { !$0.contains("|") }.joined(separator: "\n")
    }

    /// A plan that says `język pl` is checked in Polish only; `--lang en` in English only: every
    /// finding, help line and the summary.
    @Test func polishPlanOnlyPolishAndEnglishOnlyEnglish() throws {
        let files = ["p.plan": Self.brokenPolish]
        let polish = try Self.run(["check", "p.plan"], files: files)
        #expect(polish.status == 1)
        #expect(polish.stdout.contains("sprawdzono 1 plik: "), "\(polish.stdout)")
        #expect(polish.stdout.components(separatedBy: "błąd[").count > 6, "\(polish.stdout)")
        #expect(LanguageAudit.englishIn(Self.prose(polish)).isEmpty, "\(LanguageAudit.englishIn(Self.prose(polish)))\n\(polish.stdout)")
        let english = try Self.run(["check", "--lang", "en", "p.plan"], files: files)
        #expect(english.stdout.contains("1 file checked: "))
        #expect(LanguageAudit.polishIn(Self.prose(english)).isEmpty, "\(LanguageAudit.polishIn(Self.prose(english)))\n\(english.stdout)")
        for format in ["json", "sarif", "junit", "github"] {
            let machine = try Self.run(["check", "--format", format, "p.plan"], files: files)
            #expect(machine.stdout.contains("trzeba zapisać od roku"), "\(format): \(machine.stdout.prefix(400))")
            #expect(!machine.stdout.contains("must be written year first"), "\(format) in Polish")
        }
    }

    /// A plan written in Polish keywords reads in Polish even when it does not say `język pl`;
    /// one in English keywords says nothing, so the locale (here none: English) decides.
    @Test func polishKeywordsMeanAPolishPlan() throws {
        let unstated = Self.brokenPolish.replacingOccurrences(of: "  język pl\n", with: "")
        let polish = try Self.run(["check", "p.plan"], files: ["p.plan": unstated])
        #expect(polish.stdout.contains("sprawdzono 1 plik: "), "\(polish.stdout)")
        let english = try Self.run(["check", "p.plan"], files: ["p.plan": Self.english])
        #expect(Self.isEnglish(english))
    }

    /// The command line's own messages follow the choice too.
    @Test func commandMessagesInPolish() throws {
        let missing = try Self.run(["check", "brak.plan"], files: [:], environment: ["COPLAN_LANG": "pl"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "coplan: nie ma takiego pliku ani folderu: brak.plan\n", "\(missing.stderr)")
        let messy = "plan p {\n  język pl\n    okres 2020-01-01 .. 2020-12-31\n}\n"
        let format = try Self.run(["fmt", "--check", "p.plan"], files: ["p.plan": messy], environment: ["COPLAN_LANG": "pl"])
        #expect(format.status == 1)
        #expect(format.stderr == "coplan: 1 plik wymaga sformatowania; uruchom na nim `coplan fmt`\n", "\(format.stderr)")
        let command = try Self.run(["chek"], files: [:], environment: ["LANG": "pl_PL.UTF-8"])
        #expect(command.status == 2)
        #expect(command.stderr.hasPrefix("coplan: nieznane polecenie `chek`; czy chodziło o `check`?\n  polecenia: `check`"), "\(command.stderr)")
        let option = try Self.run(["check", "--formt", "json"], files: [:], environment: ["COPLAN_LANG": "pl"])
        #expect(option.status == 2)
        #expect(option.stderr == "coplan: nieznana opcja `--formt` polecenia `coplan check`; czy chodziło o `--format`?\n", "\(option.stderr)")
        let englishOption = try Self.run(["gaps", "--withot", "gops"], files: [:])
        #expect(englishOption.stderr == "coplan: unknown option `--withot` for `coplan gaps`; did you mean `--without`?\n", "\(englishOption.stderr)")
    }

    /// The argument parser's usual errors are coplan's own sentences, in the chosen language.
    @Test func parserErrorsInBothLanguages() throws {
        let value = try Self.run(["check", "--format", "jsn", "p.plan"], files: ["p.plan": Self.english])
        #expect(value.status == 2)
        #expect(value.stderr == "coplan: invalid value `jsn` for `--format`: use `human`, `json`, `sarif`, `junit`, `github`; did you mean `json`?\n",
                "\(value.stderr)")
        let polish = try Self.run(["check", "--format", "jsn", "p.plan"], files: ["p.plan": Self.english], environment: ["COPLAN_LANG": "pl"])
        #expect(polish.stderr == "coplan: niepoprawna wartość `jsn` opcji `--format`: użyj `human`, `json`, `sarif`, `junit`, `github`; czy chodziło o `json`?\n",
                "\(polish.stderr)")
        let missing = try Self.run(["emit", "--lang", "pl"], files: [:])
        #expect(missing.status == 2)
        #expect(missing.stderr == "coplan: brak argumentu `<plan>`\n", "\(missing.stderr)")
        let help = try Self.run(["check", "--help"], files: [:], environment: ["LANG": "pl_PL.UTF-8"])
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("OPIS: Sprawdź pliki lub foldery planów"), "\(help.stdout)")
        #expect(help.stdout.contains("\nOPCJE:\n"))
        let english = try Self.run(["check", "--help"], files: [:])
        #expect(english.stdout.hasPrefix("OVERVIEW: Check plan files or folders"), "\(english.stdout)")
    }

    /// `explain` has no plan: `--lang`, COPLAN_LANG, coplan.toml, the locale.
    @Test func explainFollowsCoplanToml() throws {
        let result = try Self.run(["explain", "E200"], files: ["coplan.toml": "language = \"pl\"\n"], environment: ["LANG": "en_US.UTF-8"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Co to znaczy"), "\(result.stdout)")
    }

    /// `emit --lang` is both the documents' language and the messages'.
    @Test func emitLangIsDocumentsAndMessages() throws {
        let result = try Self.run(["emit", "p.plan", "--report", "--lang", "en", "-o", "out"], files: ["p.plan": Self.polish])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("wrote out/"), "\(result.stdout)")
        let polish = try Self.run(["emit", "p.plan", "--report", "-o", "out"], files: ["p.plan": Self.polish])
        #expect(polish.stdout.hasPrefix("zapisano out/"), "\(polish.stdout)")
        #expect(polish.stdout.contains(" bajt"), "\(polish.stdout)")
    }
}
