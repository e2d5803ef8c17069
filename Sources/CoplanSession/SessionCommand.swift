import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
import CoplanFormat
import CoplanEmit
/// A `:command` of the REPL and of scripts (docs/LANGUAGE.md §7), parsed but not yet run.
package enum SessionCommand: Sendable, Equatable {
    case load(path: String)
    case check
    case gaps(without: [String], at: String?)
    case show(name: String)
    case list(kind: DeclarationKind, filter: ListFilter?)
    case emit(name: String, format: EmitFormat?)
    case drop(name: String)
    case undo
    /// `:save!` writes a plan that has errors.
    case save(path: String?, force: Bool)
    case help(command: String?)
    /// `:explain CODE`: the long explanation of a diagnostic code.
    case explain(code: String)
    /// `:quit!` leaves at once, dropping unsaved changes.
    case quit(force: Bool)
    /// Back to the plan as loaded or last saved.
    case discard
    case assert(Assertion)

    package struct ListFilter: Sendable, Equatable {
        package var attribute: String
        package var value: String
        /// `=` matches a word or name (in either language); `<`, `<=`, `>`, `>=` compare numbers.
        package var comparison: Comparison

        package init(attribute: String, value: String, comparison: Comparison = .equal) {
            self.attribute = attribute
            self.value = value
            self.comparison = comparison
        }
    }

    /// Every command with its usage line and what it does, in `:help` order, in both languages
    /// (placeholders people replace are translated; command syntax is not).
    package static let help: [SessionMessage.CommandHelp] = [
        .init(name: "load", usage: Text(en: ":load FILE", pl: ":load PLIK"),
              summary: Text(en: "add a plan file (and its imports) to the session", pl: "dodaj do sesji plik planu (i pliki, które importuje)")),
        .init(name: "check", usage: Text(verbatim: ":check"),
              summary: Text(en: "show every error, warning and gap of the session's plan", pl: "pokaż wszystkie błędy, ostrzeżenia i luki planu z sesji")),
        .init(name: "gaps", usage: Text(en: ":gaps [--without PARTNER…] [--at DATE]", pl: ":gaps [--without PODMIOT…] [--at DATA]"),
              summary: Text(en: "show coverage gaps, optionally as if partners withdrew or on one day",
                            pl: "pokaż luki w pokryciu, także tak, jakby podmioty się wycofały, albo w jednym dniu")),
        .init(name: "show", usage: Text(en: ":show NAME", pl: ":show NAZWA"),
              summary: Text(en: "print a declaration in canonical form, where it is, and what refers to it",
                            pl: "wypisz deklarację w postaci kanonicznej, miejsce, w którym jest, i to, co się do niej odwołuje")),
        .init(name: "list", usage: Text(en: ":list KIND [where ATTR = VALUE]", pl: ":list RODZAJ [gdzie ATRYBUT = WARTOŚĆ]"),
              summary: Text(en: "list declarations of a kind (partners, services, …), optionally filtered",
                            pl: "wypisz deklaracje jednego rodzaju (podmioty, usługi, …), opcjonalnie z filtrem")),
        .init(name: "emit", usage: Text(en: ":emit NAME [--format md|html|plan|json]", pl: ":emit NAZWA [--format md|html|plan|json]"),
              summary: Text(en: "print an agreement as a document (Markdown, HTML), or any declaration as plan text or JSON",
                            pl: "wypisz porozumienie jako dokument (Markdown, HTML) albo dowolną deklarację jako tekst planu lub JSON")),
        .init(name: "drop", usage: Text(en: ":drop NAME", pl: ":drop NAZWA"),
              summary: Text(en: "remove a declaration from the session", pl: "usuń deklarację z sesji")),
        .init(name: "undo", usage: Text(verbatim: ":undo"),
              summary: Text(en: "undo the last change (typed text, :load or :drop)", pl: "cofnij ostatnią zmianę (wpisany tekst, :load lub :drop)")),
        .init(name: "save", usage: Text(en: ":save[!] [FILE]", pl: ":save[!] [PLIK]"),
              summary: Text(en: "write the session as a formatted plan file (by default back to the loaded file); a plan with errors needs `:save!`",
                            pl: "zapisz sesję jako sformatowany plik planu (domyślnie do wczytanego pliku); plan z błędami wymaga `:save!`")),
        .init(name: "discard", usage: Text(verbatim: ":discard"),
              summary: Text(en: "drop every unsaved change (also those recovered after a crash)",
                            pl: "odrzuć wszystkie niezapisane zmiany (także odzyskane po awarii)")),
        .init(name: "help", usage: Text(en: ":help [COMMAND]", pl: ":help [POLECENIE]"),
              summary: Text(en: "list commands, or explain one", pl: "wypisz polecenia albo objaśnij jedno z nich")),
        .init(name: "explain", usage: Text(en: ":explain CODE", pl: ":explain KOD"),
              summary: Text(en: "explain a diagnostic code (E200, W400, …) with a wrong and a corrected example",
                            pl: "objaśnij kod zgłoszenia (E200, W400, …) na błędnym i poprawionym przykładzie")),
        .init(name: "quit", usage: Text(verbatim: ":quit[!]"),
              summary: Text(en: "leave (warns once about unsaved changes; `:quit!` drops them at once)",
                            pl: "zakończ (raz ostrzega o niezapisanych zmianach; `:quit!` od razu je odrzuca)")),
        .init(name: "assert", usage: Text(en: ":assert CONDITION [--without PARTNER,…] [--at DATE]", pl: ":assert WARUNEK [--without PODMIOT,…] [--at DATA]"),
              summary: Text(en: "in scripts: fail unless coverage >= N%, no gaps, no errors, gaps for GROUP == N, …; with --without or --at, measured on that what-if as :gaps shows it",
                            pl: "w skryptach: błąd, jeśli nie zachodzi coverage >= N%, no gaps, no errors, gaps for GRUPA == N, …; z --without lub --at mierzone w tym wariancie, tak jak pokazuje go :gaps")),
    ]

    /// The English table, as docs/LANGUAGE.md §7 lists it.
    package static var catalogue: [(name: String, usage: String, summary: String)] {
        help.map { ($0.name, $0.usage.en, $0.summary.en) }
    }

    /// `usage: :load FILE` / `użycie: :load PLIK`: a command's usage line as a usage error.
    static func usage(_ name: String) -> Text {
        let line = help.first { $0.name == name }?.usage ?? Text(verbatim: ":" + name)
        return Text(en: "usage: ", pl: "użycie: ") + line
    }

    package static var names: [String] { catalogue.map(\.name) }

    /// Short forms people type out of habit.
    static let aliases: [String: String] = ["q": "quit", "exit": "quit", "h": "help", "?": "help", "l": "load"]
}

/// Parses `:command arguments…` lines; a line that cannot be parsed is a `LocatedProblem` with
/// no place (a message in the house style and, where computable, what the user meant).
/// Pure: knows nothing of the session's contents, so names are checked when the command runs.
package enum CommandParser {
    package static func parse(_ line: String) throws(LocatedProblem) -> SessionCommand {
        var text = Substring(line).drop { $0 == " " || $0 == "\t" }
        guard text.first == ":" else { throw LocatedProblem(CommandMessage.startsWithColon) }
        text = text.dropFirst()
        let words = try CommandWords.split(String(text))
        guard let first = words.first, !first.isEmpty else {
            throw LocatedProblem(CommandMessage.empty)
        }
        // `:save!` and `:quit!` are the forced forms.
        let force = first.count > 1 && first.hasSuffix("!")
        let bare = force ? String(first.dropLast()) : first
        let name = SessionCommand.aliases[bare] ?? bare
        let arguments = Array(words.dropFirst())
        if force, name != "save", name != "quit" {
            throw LocatedProblem(CommandMessage.onlySaveQuitForced)
        }
        switch name {
        case "load":
            guard arguments.count == 1 else { throw LocatedProblem(SessionCommand.usage("load")) }
            return .load(path: arguments[0])
        case "check":
            try noArguments(arguments, "check")
            return .check
        case "gaps":
            return try parseGaps(arguments)
        case "show", "drop":
            guard arguments.count == 1 else { throw LocatedProblem(SessionCommand.usage(name)) }
            return name == "show" ? .show(name: arguments[0]) : .drop(name: arguments[0])
        case "list":
            return try parseList(arguments)
        case "emit":
            return try parseEmit(arguments)
        case "undo":
            try noArguments(arguments, "undo")
            return .undo
        case "save":
            guard arguments.count <= 1 else { throw LocatedProblem(SessionCommand.usage("save")) }
            return .save(path: arguments.first, force: force)
        case "help":
            guard arguments.count <= 1 else { throw LocatedProblem(SessionCommand.usage("help")) }
            return .help(command: arguments.first.map { $0.hasPrefix(":") ? String($0.dropFirst()) : $0 })
        case "explain":
            guard arguments.count == 1 else { throw LocatedProblem(SessionCommand.usage("explain")) }
            return .explain(code: arguments[0])
        case "quit":
            try noArguments(arguments, "quit")
            return .quit(force: force)
        case "discard":
            try noArguments(arguments, "discard")
            return .discard
        case "assert":
            return .assert(try Assertion.parse(arguments))
        default:
            throw LocatedProblem(SessionMessage.unknownCommand(name: first).text,
                               suggestion: Suggestion.closest(to: first, preferred: SessionCommand.names).map { ":" + $0 })
        }
    }

    static func noArguments(_ arguments: [String], _ name: String) throws(LocatedProblem) {
        guard arguments.isEmpty else { throw LocatedProblem(CommandMessage.takesNoArguments(command: name)) }
    }

    /// `--without A B, C --at 2014-08-01` (names may be separated by spaces or commas).
    static func parseGaps(_ arguments: [String]) throws(LocatedProblem) -> SessionCommand {
        var without: [String] = []
        var at: String?
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            switch word {
            case "--without":
                index += 1
                var names: [String] = []
                while index < arguments.count, !arguments[index].hasPrefix("--") {
                    names += arguments[index].split(separator: ",").map(String.init)
                    index += 1
                }
                guard !names.isEmpty else { throw LocatedProblem(CommandMessage.withoutNeedsNames) }
                without += names
            case "--at":
                guard index + 1 < arguments.count else { throw LocatedProblem(CommandMessage.atNeedsDate) }
                guard Day(iso: arguments[index + 1]) != nil else {
                    throw LocatedProblem(CommandMessage.invalidDate(text: arguments[index + 1]))
                }
                at = arguments[index + 1]
                index += 2
            default:
                throw LocatedProblem(CommandMessage.unexpected(word: word, command: "gaps"),
                                   suggestion: word.hasPrefix("-") ? Suggestion.closest(to: word, preferred: ["--without", "--at"]) : nil)
            }
        }
        return .gaps(without: without, at: at)
    }

    /// `KIND [where ATTR = VALUE]`; `ATTR=VALUE` may be written without spaces.
    static func parseList(_ arguments: [String]) throws(LocatedProblem) -> SessionCommand {
        guard let kindWord = arguments.first else { throw LocatedProblem(SessionCommand.usage("list")) }
        guard let kind = KindNames.kind(kindWord) else {
            throw LocatedProblem(CommandMessage.unknownKind(word: kindWord), suggestion: Suggestion.closest(to: kindWord, preferred: KindNames.all))
        }
        let rest = arguments.dropFirst()
        guard let keyword = rest.first else { return .list(kind: kind, filter: nil) }
        guard keyword == "where" || keyword == "gdzie" else {
            throw LocatedProblem(CommandMessage.expectedWhere(found: keyword))
        }
        let condition = rest.dropFirst().joined(separator: " ")
        // The first operator in the condition, longest spelling first (`>=` before `>`).
        let operators: [(String, Comparison)] = [(">=", .atLeast), ("<=", .atMost), ("==", .equal), ("=", .equal), (">", .above), ("<", .below)]
        let found = operators.compactMap { spelling, comparison in
            condition.range(of: spelling).map { (range: $0, comparison: comparison) }
        }.min { $0.range.lowerBound < $1.range.lowerBound }
        guard let found else { throw LocatedProblem(CommandMessage.listWhereUsage) }
        let attribute = condition[..<found.range.lowerBound].trimmingBlanks
        var value = condition[found.range.upperBound...].trimmingBlanks
        guard !attribute.isEmpty, !value.isEmpty else { throw LocatedProblem(CommandMessage.listWhereUsage) }
        if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
        if found.comparison != .equal, Double(value.replacing("_", with: "")) == nil {
            throw LocatedProblem(CommandMessage.comparesNumbers(operator: String(condition[found.range]), value: value))
        }
        return .list(kind: kind, filter: .init(attribute: attribute, value: value, comparison: found.comparison))
    }

    static func parseEmit(_ arguments: [String]) throws(LocatedProblem) -> SessionCommand {
        var name: String?
        var format: EmitFormat?
        var index = 0
        func emitFormat(_ word: String) throws(LocatedProblem) -> EmitFormat {
            guard let format = EmitFormat(name: word) else {
                throw LocatedProblem(CommandMessage.unknownFormat(word: word, formats: EmitFormat.printed.map(\.name)),
                                   suggestion: Suggestion.closest(to: word, preferred: EmitFormat.printed.map(\.name)))
            }
            return format
        }
        while index < arguments.count {
            let word = arguments[index]
            if word == "--format" {
                guard index + 1 < arguments.count else { throw LocatedProblem(CommandMessage.formatNeedsValue) }
                format = try emitFormat(arguments[index + 1])
                index += 2
            } else if word.hasPrefix("--format=") {
                format = try emitFormat(String(word.dropFirst("--format=".count)))
                index += 1
            } else if name == nil, !word.hasPrefix("-") {
                name = word
                index += 1
            } else {
                throw LocatedProblem(CommandMessage.unexpected(word: word, command: "emit"))
            }
        }
        guard let name else { throw LocatedProblem(SessionCommand.usage("emit")) }
        return .emit(name: name, format: format)
    }
}

/// Splits a command line into words; double quotes group a word with spaces (`:load "my plan.plan"`).
enum CommandWords {
    static func split(_ text: String) throws(LocatedProblem) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quoted = false
        for character in text {
            if quoted {
                if character == "\"" { quoted = false } else { current.append(character) }
                continue
            }
            switch character {
            case "\"":
                quoted = true
                inWord = true
            case " ", "\t":
                if inWord { words.append(current); current = ""; inWord = false }
            default:
                current.append(character)
                inWord = true
            }
        }
        if quoted { throw LocatedProblem(CommandMessage.unterminatedQuote) }
        if inWord { words.append(current) }
        return words
    }
}

/// Kind words accepted by `:list` and completion: English and Polish, singular and plural.
/// A plan is not listed (there is one), so its plurals are not offered.
package enum KindNames {
    package static func kind(_ word: String) -> DeclarationKind? {
        let lowered = word.lowercased()
        for kind in DeclarationKind.allCases where kind != .plan {
            if kind.spellings.contains(lowered) || kind.plurals.contains(lowered) { return kind }
        }
        return nil
    }

    /// The plural English names, as completion offers them.
    package static var englishPlurals: [String] {
        DeclarationKind.allCases.filter { $0 != .plan }.map { $0.plurals[0] }
    }

    static var all: [String] {
        DeclarationKind.allCases.flatMap { $0.spellings + ($0 == .plan ? [] : $0.plurals) }
    }
}
