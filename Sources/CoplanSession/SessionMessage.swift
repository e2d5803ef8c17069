import CoplanCore
import CoplanSyntax
import CoplanAnalysis

/// Every sentence the REPL and scripts say, in Polish and English. The session renders a case
/// in its reader's language (`Session.language`) when it builds a reply; the `switch` has no
/// `default:`, so a reply without its Polish does not compile. Command syntax (`:load`,
/// `--without`, `coverage >= 90%`) stays as typed; placeholders people replace are translated
/// (`FILE` → `PLIK`).
package enum SessionMessage: Sendable, Hashable {
    // prompt and empty session
    case sessionEmpty
    case sessionEmptyLoadFirst
    case checkListsThem

    // :gaps
    case unknownPartner(name: String)
    case notAPartner(name: String, kind: DeclarationKind)
    case noCoverageNoPeriod
    case gapFindingsNotShown(count: Int)
    case withoutNoLoss(partners: [String])
    case withoutHeading(partners: [String])
    case pairChange(group: String, need: String, before: CoverageStatus, after: CoverageStatus, lostDays: Int)
    case sectorNoLongerMet(sector: String)
    case coverageLine(percent: Double, day: String?, covered: Int, pairs: Int, gaps: Int)

    // :show, :list, :emit
    case noDeclaration(name: String)
    case standardEntity(kind: DeclarationKind, name: String, title: String)
    case usedBy(kind: DeclarationKind, users: [Declared])
    case criticalFor(pairs: Int, pairDays: Int)
    case noAttribute(kind: DeclarationKind, attribute: String)
    case attributesAre(names: [String])
    case noneOfKind(kind: DeclarationKind, filtered: Bool)
    case countOfKind(kind: DeclarationKind, count: Int)
    case standardMark(kind: DeclarationKind)
    case documentFormatForAgreements(format: String, name: String, kind: DeclarationKind)
    case emitPrintsPlanJSON(name: String)
    case docxNotPrinted(name: String)
    case emitNeedsNoErrors

    // :help, :explain
    case plainTextHelp
    case example
    case unknownCommand(name: String)
    case unknownCode(code: String)

    // :assert
    case assertionHeld(assertion: String, measured: Text)
    case assertionFailed(assertion: String, measured: Text)
    case assertionCannotMeasure(assertion: String, reason: String)
    case noCoverage
    case coverageIs(percent: Double)
    case errorCount(Int)
    case warningCount(Int)
    case gapCount(Int)
    case gapCountFor(count: Int, group: String)
    case unknownGroup(name: String)

    // typed text, :load, :drop, :undo, :save, :quit, :discard
    case nothingAddedFixSyntax
    case nothingAdded
    case importTyped
    case importTypedHelp
    case added(kind: DeclarationKind, name: String)
    case replaced(kind: DeclarationKind, name: String)
    case cannotLoadNoSuchFile(path: String)
    case alreadyLoaded(path: String)
    case cannotRead(path: String)
    case loaded(path: String, declarations: Int, imports: Int)
    case loadedWithSyntaxErrors
    case declaredInImport(name: String, path: String)
    case dropped(kind: DeclarationKind, name: String)
    case stillReferredToBy(kind: DeclarationKind, users: [Declared])
    case loadedChange(path: String)
    case nothingToUndo
    case undid(what: Text)
    case noSaveTarget
    case nothingToSave
    case cannotSaveSyntax(files: String)
    case saveNeedsForce(errors: Int)
    case saved(path: String)
    case unsavedChanges
    case nothingToDiscard
    case discardChange
    case discarded

    // scripts and the front end
    case writeFailed(reason: String)
    case banner
    case cancelled
    case recovered(entries: Int)
    case moreCandidates(count: Int)

    /// A declaration named in a reply: its kind and name.
    package struct Declared: Sendable, Hashable {
        package var kind: DeclarationKind
        package var name: String
        package init(kind: DeclarationKind, name: String) {
            self.kind = kind
            self.name = name
        }

        var text: Text { Text(en: "\(kind.english) `\(name)`", pl: "\(kind.polishNoun()) `\(name)`") }
    }

    package var text: Text {
        switch self {
        case .sessionEmpty:
            return Text(en: "the session is empty: `:load FILE` or type declarations",
                        pl: "sesja jest pusta: użyj `:load PLIK` albo wpisz deklaracje")
        case .sessionEmptyLoadFirst:
            return Text(en: "the session is empty: `:load FILE` first", pl: "sesja jest pusta: najpierw użyj `:load PLIK`")
        case .checkListsThem:
            return Text(en: " (`:check` lists them)", pl: " (wypisuje je `:check`)")

        case .unknownPartner(let name):
            return Text(en: "unknown partner `\(name)`", pl: "nieznany podmiot `\(name)`")
        case .notAPartner(let name, let kind):
            return Text(en: "`\(name)` is \(kind.article), but `--without` takes partners",
                        pl: "`\(name)` to \(kind.polishNoun()), a `--without` przyjmuje podmioty")
        case .noCoverageNoPeriod:
            return Text(en: "no coverage to show: the plan has no usable `period`",
                        pl: "nie ma pokrycia do pokazania: plan nie ma poprawnego atrybutu `okres`")
        case .gapFindingsNotShown(let n):
            return Text(en: "… \(n) more gap findings not shown",
                        pl: "… nie pokazano kolejnych zgłoszeń luk: \(NumberText.count(n, in: .pl))")
        case .withoutNoLoss(let partners):
            let who = Self.codeList(partners)
            return Text(en: "without \(who): no pair loses coverage", pl: "bez \(who): żadna para nie traci pokrycia")
        case .withoutHeading(let partners):
            let who = Self.codeList(partners)
            return Text(en: "without \(who):", pl: "bez \(who):")
        case .pairChange(let group, let need, let before, let after, let days):
            return Text(en: "\(group) × \(need): \(before.rawValue) → \(after.rawValue), \(days) day\(days == 1 ? "" : "s") lost",
                        pl: "\(group) × \(need): \(Self.polish(before)) → \(Self.polish(after)), utracono "
                            + "\(NumberText.count(days, in: .pl)) \(PolishPlural.choose(days, "dzień", "dni", "dni"))")
        case .sectorNoLongerMet(let sector):
            return Text(en: "required sector `\(sector)` is no longer met", pl: "wymagany sektor `\(sector)` nie jest już zapewniony")
        case .coverageLine(let percent, let day, let covered, let pairs, let gaps):
            return Text(en: "coverage \(NumberText.percent(percent))" + (day.map { " on \($0)" } ?? "")
                            + ": \(covered) of \(pairs) pair\(pairs == 1 ? "" : "s") fully covered, \(gaps) gap\(gaps == 1 ? "" : "s")",
                        pl: "pokrycie \(NumberText.percent(percent, in: .pl))" + (day.map { " w dniu \($0)" } ?? "")
                            + " (w pełni pokryte: \(NumberText.count(covered, in: .pl)) z \(NumberText.count(pairs, in: .pl)) "
                            + "\(PolishPlural.choose(pairs, "pary", "par", "par"))), "
                            + "\(NumberText.count(gaps, in: .pl)) \(PolishPlural.choose(gaps, "luka", "luki", "luk"))")

        case .noDeclaration(let name):
            return Text(en: "no declaration named `\(name)`", pl: "brak deklaracji o nazwie `\(name)`")
        case .standardEntity(let kind, let name, let title):
            return Text(en: "standard \(kind.english) `\(name)` (\(title))",
                        pl: "\(kind.polishGender.agree("standardowy", "standardowa", "standardowe")) \(kind.polishNoun()) `\(name)` (\(title))")
        case .usedBy(let kind, let users):
            let list = users.map(\.text).joined(separator: ", ")
            return Text(en: "used by: ", pl: "odwołują się do \(kind.polishGender.agree("niego", "niej", "niego")): ") + list
        case .criticalFor(let pairs, let pairDays):
            return Text(en: "critical for \(pairs) pair\(pairs == 1 ? "" : "s") (\(pairDays) pair-days)",
                        pl: "krytyczny dla \(NumberText.count(pairs, in: .pl)) \(PolishPlural.choose(pairs, "pary", "par", "par")) "
                            + "(dni par: \(NumberText.count(pairDays, in: .pl)))")
        case .noAttribute(let kind, let attribute):
            return Text(en: "\(kind.article) has no attribute `\(attribute)`", pl: "\(kind.polishNoun()) nie ma atrybutu `\(attribute)`")
        case .attributesAre(let names):
            return Text(en: "its attributes are \(names.joined(separator: ", "))", pl: "dostępne atrybuty: \(names.joined(separator: ", "))")
        case .noneOfKind(let kind, let filtered):
            let many = Self.polishPlural(kind).many
            return Text(en: "no \(kind.plurals[0])" + (filtered ? " match" : ""), pl: filtered ? "brak pasujących \(Self.polishGenitivePlural(kind))" : "brak \(many)")
        case .countOfKind(let kind, let n):
            let forms = Self.polishPlural(kind)
            return Text(en: "\(n) \(n == 1 ? kind.english : kind.plurals[0])",
                        pl: "\(NumberText.count(n, in: .pl)) \(PolishPlural.choose(n, forms.one, forms.few, forms.many))")
        case .standardMark(let kind):
            return Text(en: " (standard)", pl: " (\(kind.polishGender.agree("standardowy", "standardowa", "standardowe")))")
        case .documentFormatForAgreements(let format, let name, let kind):
            return Text(en: "`\(format)` is for agreements, and `\(name)` is \(kind.article)",
                        pl: "format `\(format)` służy do porozumień, a `\(name)` to \(kind.polishNoun())")
        case .emitPrintsPlanJSON(let name):
            return Text(en: "`:emit \(name)` prints `plan`, `json`", pl: "`:emit \(name)` wypisuje `plan`, `json`")
        case .docxNotPrinted(let name):
            return Text(en: "DOCX is binary and is not printed; write it with `coplan emit \(name) --format docx`",
                        pl: "DOCX to plik binarny i nie jest wypisywany; zapisz go poleceniem `coplan emit \(name) --format docx`")
        case .emitNeedsNoErrors:
            return Text(en: "the plan has errors; fix them before emitting documents (`:check` lists them)",
                        pl: "plan ma błędy; popraw je przed utworzeniem dokumentów (wypisuje je `:check`)")

        case .plainTextHelp:
            return Text(en: "Anything else is plan text: declarations are checked at once and added to the session; "
                            + "a declaration continues over lines while a `{` is open. "
                            + "TAB completes; Ctrl-C cancels; Ctrl-D leaves.",
                        pl: "Wszystko inne to tekst planu: deklaracje są od razu sprawdzane i dodawane do sesji; "
                            + "deklaracja ciągnie się przez kolejne wiersze, dopóki nawias `{` nie zostanie zamknięty. "
                            + "TAB uzupełnia; Ctrl-C przerywa; Ctrl-D kończy.")
        case .example:
            return Text(en: "e.g.", pl: "np.")
        case .unknownCommand(let name):
            return Text(en: "unknown command `:\(name)`", pl: "nieznane polecenie `:\(name)`")
        case .unknownCode(let code):
            return Text(en: "unknown code `\(code)`", pl: "nieznany kod `\(code)`")

        case .assertionHeld(let assertion, let measured):
            return Text(en: "ok: \(assertion) (\(measured.en))", pl: "warunek spełniony: \(assertion) (\(measured.pl))")
        case .assertionFailed(let assertion, let measured):
            return Text(en: "assertion failed: \(assertion) (\(measured.en))", pl: "warunek niespełniony: \(assertion) (\(measured.pl))")
        case .assertionCannotMeasure(let assertion, let reason):
            return Text(en: "assertion failed: \(assertion): ", pl: "warunek niespełniony: \(assertion): ") + reason
        case .noCoverage:
            return Text(en: "the plan has no coverage (no plan or no period)", pl: "plan nie ma pokrycia (brak planu lub okresu)")
        case .coverageIs(let percent):
            return Text(en: "coverage is \(NumberText.percent(percent))", pl: "pokrycie wynosi \(NumberText.percent(percent, in: .pl))")
        case .errorCount(let n):
            return Text(en: "\(n) error\(n == 1 ? "" : "s")", pl: "\(NumberText.count(n, in: .pl)) \(PolishPlural.choose(n, "błąd", "błędy", "błędów"))")
        case .warningCount(let n):
            return Text(en: "\(n) warning\(n == 1 ? "" : "s")",
                        pl: "\(NumberText.count(n, in: .pl)) \(PolishPlural.choose(n, "ostrzeżenie", "ostrzeżenia", "ostrzeżeń"))")
        case .gapCount(let n):
            return Text(en: "\(n) gap\(n == 1 ? "" : "s")", pl: "\(NumberText.count(n, in: .pl)) \(PolishPlural.choose(n, "luka", "luki", "luk"))")
        case .gapCountFor(let n, let group):
            return Self.gapCount(n).text + Text(en: " for `\(group)`", pl: " w grupie `\(group)`")
        case .unknownGroup(let name):
            return Text(en: "unknown group `\(name)`", pl: "nieznana grupa `\(name)`")

        case .nothingAddedFixSyntax:
            return Text(en: "nothing added: fix the syntax and type it again", pl: "nic nie dodano: popraw składnię i wpisz tekst ponownie")
        case .nothingAdded:
            return Text(en: "nothing added", pl: "nic nie dodano")
        case .importTyped:
            return Text(en: "`import` cannot be typed at the prompt", pl: "instrukcji `import` nie można wpisać w sesji")
        case .importTypedHelp:
            return Text(en: "load the file with `:load FILE` instead", pl: "zamiast tego wczytaj plik poleceniem `:load PLIK`")
        case .added(let kind, let name):
            return Text(en: "added \(kind.english) `\(name)`", pl: "dodano \(kind.polishNoun(.accusative)) `\(name)`")
        case .replaced(let kind, let name):
            return Text(en: "replaced \(kind.english) `\(name)`", pl: "zastąpiono \(kind.polishNoun(.accusative)) `\(name)`")
        case .cannotLoadNoSuchFile(let path):
            return Text(en: "cannot load `\(path)`: no such file", pl: "nie można wczytać `\(path)`: nie ma takiego pliku")
        case .alreadyLoaded(let path):
            return Text(en: "`\(path)` is already loaded", pl: "plik `\(path)` jest już wczytany")
        case .cannotRead(let path):
            return Text(en: "cannot read `\(path)`", pl: "nie można odczytać `\(path)`")
        case .loaded(let path, let declarations, let imports):
            var en = "loaded \(path): \(declarations) declaration\(declarations == 1 ? "" : "s")"
            var pl = "wczytano \(path): \(NumberText.count(declarations, in: .pl)) "
                + PolishPlural.choose(declarations, "deklaracja", "deklaracje", "deklaracji")
            if imports > 0 {
                en += " and \(imports) imported file\(imports == 1 ? "" : "s")"
                pl += " i \(NumberText.count(imports, in: .pl)) "
                    + PolishPlural.choose(imports, "importowany plik", "importowane pliki", "importowanych plików")
            }
            return Text(en: en, pl: pl)
        case .loadedWithSyntaxErrors:
            return Text(en: "the file has syntax errors (`:check` shows them); `:save` refuses to rewrite it until they are fixed",
                        pl: "plik ma błędy składni (pokazuje je `:check`); `:save` nie zapisze go ponownie, dopóki nie zostaną poprawione")
        case .declaredInImport(let name, let path):
            return Text(en: "`\(name)` is declared in the imported file \(path); change it there",
                        pl: "deklaracja `\(name)` jest w importowanym pliku \(path); zmień ją tam")
        case .dropped(let kind, let name):
            return Text(en: "dropped \(kind.english) `\(name)`", pl: "usunięto \(kind.polishNoun(.accusative)) `\(name)`")
        case .stillReferredToBy(let kind, let users):
            return Text(en: "still referred to by ", pl: "nadal odwołują się do \(kind.polishGender.agree("niego", "niej", "niego")): ")
                + users.map(\.text).joined(separator: ", ")
        case .loadedChange(let path):
            return Text(en: "loaded \(path)", pl: "wczytano \(path)")
        case .nothingToUndo:
            return Text(en: "nothing to undo", pl: "nie ma czego cofnąć")
        case .undid(let what):
            return Text(en: "undid: ", pl: "cofnięto: ") + what
        case .noSaveTarget:
            return Text(en: "nothing was loaded, so there is no file to save to; give one: `:save FILE`",
                        pl: "nic nie wczytano, więc nie ma pliku do zapisu; podaj go: `:save PLIK`")
        case .nothingToSave:
            return Text(en: "the session is empty; nothing to save", pl: "sesja jest pusta; nie ma czego zapisać")
        case .cannotSaveSyntax(let files):
            return Text(en: "cannot save: \(files) has syntax errors (see `:check`)",
                        pl: "nie można zapisać: \(files) ma błędy składni (zobacz `:check`)")
        case .saveNeedsForce(let n):
            let errors = Self.errorCount(n).text
            return Text(en: "the plan has \(errors.en) (see `:check`); a file with errors cannot be emitted or checked clean, so `:save!` is needed to write it anyway",
                        pl: "plan ma \(errors.pl) (zobacz `:check`); "
                            + "z planu z błędami nie powstaną dokumenty, a jego sprawdzenie się nie powiedzie, więc aby mimo to go zapisać, użyj `:save!`")
        case .saved(let path):
            return Text(en: "saved \(path)", pl: "zapisano \(path)")
        case .unsavedChanges:
            return Text(en: "there are unsaved changes; `:save` keeps them, `:quit` (or Ctrl-D) again or `:quit!` discards them",
                        pl: "są niezapisane zmiany; `:save` je zachowa, a ponowne `:quit` (lub Ctrl-D) albo `:quit!` je odrzuci")
        case .nothingToDiscard:
            return Text(en: "nothing to discard: there are no unsaved changes", pl: "nie ma czego odrzucić: brak niezapisanych zmian")
        case .discardChange:
            return Text(en: "discard", pl: "odrzucenie zmian")
        case .discarded:
            return Text(en: "discarded the unsaved changes; the plan is as loaded or last saved (`:undo` brings them back)",
                        pl: "odrzucono niezapisane zmiany; plan jest taki jak po wczytaniu lub ostatnim zapisie (`:undo` je przywróci)")

        case .writeFailed(let reason):
            return Text(en: "cannot write the file: ", pl: "nie można zapisać pliku: ") + reason
        case .banner:
            return Text(en: "coplan REPL — `:help` lists commands, TAB completes, Ctrl-D leaves",
                        pl: "coplan REPL — `:help` wypisuje polecenia, TAB uzupełnia, Ctrl-D kończy")
        case .cancelled:
            return Text(en: "cancelled; the session is as it was", pl: "przerwano; sesja jest taka jak przedtem")
        case .recovered(let n):
            return Text(en: "recovered \(n) unsaved entr\(n == 1 ? "y" : "ies") of an interrupted session; "
                            + "`:undo` takes them back one at a time, `:discard` drops them all, `:save` keeps them",
                        pl: "odzyskano niezapisane wpisy przerwanej sesji: \(NumberText.count(n, in: .pl)); "
                            + "`:undo` cofa je po jednym, `:discard` odrzuca wszystkie, `:save` je zachowuje")
        case .moreCandidates(let n):
            return Text(en: "… and \(n) more", pl: "… i jeszcze \(NumberText.count(n, in: .pl))")
        }
    }

    static func codeList(_ names: [String]) -> String { names.map { "`\($0)`" }.joined(separator: ", ") }

    /// A pair's state as Polish says it of a pair (`para`, feminine).
    static func polish(_ status: CoverageStatus) -> String {
        switch status {
        case .covered: return "pokryta"
        case .partial: return "częściowo pokryta"
        case .uncovered: return "niepokryta"
        }
    }

    /// The kind's noun after a number: 1 podmiot, 2 podmioty, 5 podmiotów (also the genitive
    /// plural: brak podmiotów).
    static func polishPlural(_ kind: DeclarationKind) -> (one: String, few: String, many: String) {
        switch kind {
        case .plan: return ("plan", "plany", "planów")
        case .sector: return ("sektor", "sektory", "sektorów")
        case .partner: return ("podmiot", "podmioty", "podmiotów")
        case .person: return ("osoba", "osoby", "osób")
        case .role: return ("rola", "role", "ról")
        case .need: return ("potrzeba", "potrzeby", "potrzeb")
        case .group: return ("grupa", "grupy", "grup")
        case .service: return ("usługa", "usługi", "usług")
        case .agreement: return ("porozumienie", "porozumienia", "porozumień")
        case .team: return ("zespół", "zespoły", "zespołów")
        case .goal: return ("cel", "cele", "celów")
        }
    }

    static func polishGenitivePlural(_ kind: DeclarationKind) -> String { polishPlural(kind).many }
}

extension SessionMessage {
    /// A command's usage line and what it does, for `:help` and usage errors.
    package struct CommandHelp: Sendable {
        package var name: String
        package var usage: Text
        package var summary: Text
    }
}
