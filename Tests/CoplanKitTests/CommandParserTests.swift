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

/// `:command` lines parsed without a session or a terminal.
@Suite struct CommandParserTests {
    func parse(_ line: String) throws -> SessionCommand { try CommandParser.parse(line) }

    /// The problem the parser should throw, in both languages.
    func problem(_ english: String, _ polish: String, suggestion: String? = nil) -> LocatedProblem {
        LocatedProblem(Text(en: english, pl: polish), suggestion: suggestion)
    }

    @Test func commands() throws {
        #expect(try parse(":load Plans/a.plan") == .load(path: "Plans/a.plan"))
        #expect(try parse(":load \"my plans/a b.plan\"") == .load(path: "my plans/a b.plan"))
        #expect(try parse("  :check") == .check)
        #expect(try parse(":show gops") == .show(name: "gops"))
        #expect(try parse(":drop gops") == .drop(name: "gops"))
        #expect(try parse(":undo") == .undo)
        #expect(try parse(":save") == .save(path: nil, force: false))
        #expect(try parse(":save out.plan") == .save(path: "out.plan", force: false))
        #expect(try parse(":help :gaps") == .help(command: "gaps"))
        #expect(try parse(":q") == .quit(force: false))
        #expect(try parse(":emit umowa --format json") == .emit(name: "umowa", format: .json))
        #expect(try parse(":emit umowa") == .emit(name: "umowa", format: nil))
    }

    @Test func emitFormatsAreTyped() throws {
        #expect(try parse(":emit umowa --format=html") == .emit(name: "umowa", format: .document(.html)))
        #expect(try parse(":emit umowa --format docx") == .emit(name: "umowa", format: .document(.docx)))
        #expect(throws: problem("unknown format `htm`: `:emit` prints `md`, `html`, `plan`, `json`", "nieznany format `htm`: `:emit` wypisuje `md`, `html`, `plan`, `json`", suggestion: "html")) {
            try parse(":emit umowa --format htm")
        }
    }

    @Test func gapsOptions() throws {
        #expect(try parse(":gaps") == .gaps(without: [], at: nil))
        #expect(try parse(":gaps --without gops pup,szkola --at 2019-06-01") == .gaps(without: ["gops", "pup", "szkola"], at: "2019-06-01"))
        #expect(throws: problem("invalid date `2019-02-30`: expected YYYY-MM-DD", "niepoprawna data `2019-02-30`: oczekiwano RRRR-MM-DD")) { try parse(":gaps --at 2019-02-30") }
        #expect(throws: problem("`--without` needs one or more partner names", "po `--without` podaj nazwę co najmniej jednego podmiotu")) { try parse(":gaps --without --at 2019-01-01") }
        #expect(throws: problem("unexpected `--witout` in `:gaps`", "nieoczekiwane słowo `--witout` w `:gaps`", suggestion: "--without")) { try parse(":gaps --witout x") }
    }

    @Test func listKindsAndFilters() throws {
        #expect(try parse(":list partners") == .list(kind: .partner, filter: nil))
        #expect(try parse(":list podmioty") == .list(kind: .partner, filter: nil))
        #expect(try parse(":list usługi where by = gops") == .list(kind: .service, filter: .init(attribute: "by", value: "gops")))
        #expect(try parse(":list partners where sector=health") == .list(kind: .partner, filter: .init(attribute: "sector", value: "health")))
        #expect(throws: problem("unknown kind `partnrs`", "nieznany rodzaj `partnrs`", suggestion: "partners")) { try parse(":list partnrs") }
    }

    @Test func unknownCommandsSuggestTheClosest() {
        #expect(throws: problem("unknown command `:lod`", "nieznane polecenie `:lod`", suggestion: ":load")) { try parse(":lod x") }
        #expect(throws: problem("`:check` takes no arguments", "`:check` nie przyjmuje argumentów")) { try parse(":check now") }
        #expect(throws: problem("usage: :show NAME", "użycie: :show NAZWA")) { try parse(":show") }
        #expect(throws: problem("unterminated `\"` in the command", "niezamknięty cudzysłów `\"` w poleceniu")) { try parse(":load \"x") }
    }

    @Test func assertions() throws {
        #expect(try parse(":assert coverage >= 90%") == .assert(Assertion(measure: .coverage, comparison: .atLeast, target: 90)))
        #expect(try parse(":assert coverage>=87.5%") == .assert(Assertion(measure: .coverage, comparison: .atLeast, target: 87.5)))
        #expect(try parse(":assert no gaps") == .assert(Assertion(measure: .gaps, comparison: .equal, target: 0)))
        #expect(try parse(":assert no errors") == .assert(Assertion(measure: .errors, comparison: .equal, target: 0)))
        #expect(try parse(":assert gaps for families == 0") == .assert(Assertion(measure: .gapsFor(group: "families"), comparison: .equal, target: 0)))
        #expect(try parse(":assert warnings <= 3") == .assert(Assertion(measure: .warnings, comparison: .atMost, target: 3)))
        #expect(throws: problem("only `coverage` is a percentage", "procentem jest tylko `coverage`")) { try parse(":assert gaps <= 3%") }
        #expect(throws: problem("unknown measure `coverge`", "nieznana miara `coverge`", suggestion: "coverage")) { try parse(":assert coverge >= 1") }
    }
}

/// Lines gathered into entries: commands, multi-line declarations, comments.
@Suite struct InputBufferTests {
    @Test func declarationsContinueWhileABraceIsOpen() {
        var buffer = InputBuffer()
        #expect(buffer.add("partner a {", number: 1) == nil)
        #expect(buffer.isContinuing)
        #expect(buffer.add("  address \"}\" # }", number: 2) == nil)
        #expect(buffer.add("}", number: 3) == .planText("partner a {\n  address \"}\" # }\n}", firstLine: 1))
        #expect(!buffer.isContinuing)
    }

    @Test func commandsCommentsAndTextBlocks() {
        var buffer = InputBuffer()
        #expect(buffer.add("#!/usr/bin/env -S coplan run", number: 1) == nil)
        #expect(buffer.add("   ", number: 2) == nil)
        #expect(buffer.add(":check", number: 3) == .command(":check", line: 3))
        #expect(buffer.add("plan p { program \"\"\"", number: 4) == nil)
        #expect(buffer.add("  { not a brace }", number: 5) == nil)
        #expect(buffer.add("  \"\"\" }", number: 6) != nil)
        #expect(buffer.add("need n {", number: 7) == nil)
        buffer.cancel()
        #expect(!buffer.isContinuing)
        #expect(buffer.flush() == nil)
    }
}
