import ArgumentParser
import CoplanKit

/// The `--help` of every command in Polish and English: abstracts, discussions and option help,
/// shown in the language chosen before the arguments are parsed (`CLILanguage.prepare`). The
/// argument parser's own headings are translated as it prints them (`Coplan.localisedHelp`).
enum CLIHelp: Sendable {
    case coplanAbstract
    case checkAbstract
    case checkPaths
    case checkFormat
    case checkStrict
    case redact
    case checkJobs
    case diffAbstract
    case diffPaths
    case diffGit
    case diffFormat
    case diffFailOn
    case emitAbstract
    case planFile
    case emitAgreements
    case emitAll
    case emitReport
    case emitFormat
    case emitTemplate
    case emitOutput
    case explainAbstract
    case explainCode
    case fmtAbstract
    case fmtPaths
    case fmtCheck
    case gapsAbstract
    case gapsPaths
    case gapsWithout
    case gapsAt
    case gapsFormat
    case gapsStrict
    case graphAbstract
    case graphFormat
    case lspAbstract
    case lspDebounce
    case lspToday
    case lspDocsURL
    case templateAbstract
    case templateDocument
    case templateFormat
    case replAbstract
    case replPlans
    case runAbstract
    case runScript
    case lang
    case checkDiscussion
    case diffDiscussion
    case gapsDiscussion
    case emitDiscussion
    case templateDiscussion

    var text: Text {
        switch self {
        case .coplanAbstract:
            return Text(en: "Check, analyse and document local cooperation plans (.plan files).",
                        pl: "Sprawdzaj, analizuj i dokumentuj gminne modele kooperacji (pliki .plan).")
        case .checkAbstract:
            return Text(en: "Check plan files or folders and report errors, warnings and gaps.",
                        pl: "Sprawdź pliki lub foldery planów i wypisz błędy, ostrzeżenia i luki.")
        case .checkPaths:
            return Text(en: "Plan files or folders (searched recursively for *.plan); default: the repository's plan folders.",
                        pl: "Pliki lub foldery planów (przeszukiwane rekurencyjnie w poszukiwaniu *.plan); domyślnie foldery planów repozytorium.")
        case .checkFormat:
            return Text(en: "Output format: human, json, sarif, junit or github.",
                        pl: "Format wyniku: human, json, sarif, junit lub github.")
        case .checkStrict:
            return Text(en: "Treat warnings and gaps as failures (exit 1); default from coplan.toml, else off.",
                        pl: "Traktuj ostrzeżenia i luki jak błędy (kod wyjścia 1); domyślnie według coplan.toml, a bez niego wyłączone.")
        case .redact:
            return Text(en: "Replace people's names, emails and phones with their titles (for published reports).",
                        pl: "Zastąp imiona i nazwiska, adresy e-mail i telefony osób ich stanowiskami (do publikowanych raportów).")
        case .checkJobs:
            return Text(en: "Cores to check on (default: all).",
                        pl: "Liczba rdzeni do sprawdzania (domyślnie wszystkie).")
        case .diffAbstract:
            return Text(en: "Compare two versions of plans: what changed and what it does to coverage.",
                        pl: "Porównaj dwie wersje planów: co się zmieniło i jak wpływa to na pokrycie.")
        case .diffPaths:
            return Text(en: "OLD and NEW files or folders; with --git, the paths to compare (default: the repository's plan folders).",
                        pl: "Pliki lub foldery STARY i NOWY; z --git ścieżki do porównania (domyślnie foldery planów repozytorium).")
        case .diffGit:
            return Text(en: "Compare the work tree with REV, or revision A with B (A..B).",
                        pl: "Porównaj katalog roboczy z rewizją REV albo rewizję A z B (A..B).")
        case .diffFormat:
            return Text(en: "Output format: human, markdown, json or github.",
                        pl: "Format wyniku: human, markdown, json lub github.")
        case .diffFailOn:
            return Text(en: "Exit 1 when a change at or above this impact exists: breaking, risky or info.",
                        pl: "Zakończ z kodem 1, gdy jest zmiana o takim lub wyższym wpływie: breaking, risky lub info.")
        case .emitAbstract:
            return Text(en: "Write agreement documents (md, html, docx) and the plan report.",
                        pl: "Zapisz dokumenty porozumień (md, html, docx) i raport planu.")
        case .planFile:
            return Text(en: "The plan file.",
                        pl: "Plik planu.")
        case .emitAgreements:
            return Text(en: "Agreements to write, by name.",
                        pl: "Porozumienia do zapisania, według nazw.")
        case .emitAll:
            return Text(en: "Write every agreement of the plan.",
                        pl: "Zapisz wszystkie porozumienia planu.")
        case .emitReport:
            return Text(en: "Write the plan report (summary, coverage, gaps, goals, diagram).",
                        pl: "Zapisz raport planu (podsumowanie, pokrycie, luki, cele, diagram).")
        case .emitFormat:
            return Text(en: "Output format: md, html or docx (the report: md or html).",
                        pl: "Format wyniku: md, html lub docx (raport: md lub html).")
        case .emitTemplate:
            return Text(en: "A Mustache template for the agreements, inside the plan's repository.",
                        pl: "Szablon Mustache porozumień, wewnątrz repozytorium planu.")
        case .emitOutput:
            return Text(en: "Output folder (created when missing; default: the current folder).",
                        pl: "Folder wyjściowy (tworzony, gdy go nie ma; domyślnie bieżący folder).")
        case .explainAbstract:
            return Text(en: "Explain a diagnostic code (E100–E307, W400–W405, G500–G505) with examples.",
                        pl: "Objaśnij kod zgłoszenia (E100–E307, W400–W405, G500–G505) na przykładach.")
        case .explainCode:
            return Text(en: "The code, e.g. E200.",
                        pl: "Kod, np. E200.")
        case .fmtAbstract:
            return Text(en: "Format plan files in canonical form (files with syntax errors are left alone).",
                        pl: "Sformatuj pliki planów w postaci kanonicznej (pliki z błędami składni pozostają bez zmian).")
        case .fmtPaths:
            return Text(en: "Plan files or folders (searched recursively for *.plan); default: the plans coplan.toml lists.",
                        pl: "Pliki lub foldery planów (przeszukiwane rekurencyjnie w poszukiwaniu *.plan); domyślnie plany wymienione w coplan.toml.")
        case .fmtCheck:
            return Text(en: "Change nothing; list files that would change and exit 1 if there are any.",
                        pl: "Niczego nie zmieniaj; wypisz pliki, które by się zmieniły, i zakończ z kodem 1, jeśli takie są.")
        case .gapsAbstract:
            return Text(en: "Show coverage (groups × needs), gaps and critical partners of plans.",
                        pl: "Pokaż pokrycie (grupy × potrzeby), luki i krytyczne podmioty planów.")
        case .gapsPaths:
            return Text(en: "Plan files or folders (searched recursively for *.plan).",
                        pl: "Pliki lub foldery planów (przeszukiwane rekurencyjnie w poszukiwaniu *.plan).")
        case .gapsWithout:
            return Text(en: "Analyse as if this partner withdrew (its services and agreements void); repeat or separate with commas.",
                        pl: "Analizuj tak, jakby ten podmiot się wycofał (jego usługi i porozumienia przestają obowiązywać); powtórz opcję albo rozdziel nazwy przecinkami.")
        case .gapsAt:
            return Text(en: "Coverage on one day (YYYY-MM-DD) instead of the whole plan period.",
                        pl: "Pokrycie w jednym dniu (RRRR-MM-DD) zamiast w całym okresie planu.")
        case .gapsFormat:
            return Text(en: "Output format: human, json or markdown.",
                        pl: "Format wyniku: human, json lub markdown.")
        case .gapsStrict:
            return Text(en: "Exit 1 when there is any warning or gap; default from coplan.toml, else off.",
                        pl: "Zakończ z kodem 1 przy każdym ostrzeżeniu lub luce; domyślnie według coplan.toml, a bez niego wyłączone.")
        case .graphAbstract:
            return Text(en: "Print the partner–agreement graph as Graphviz DOT or Mermaid.",
                        pl: "Wypisz graf podmiotów i porozumień w formacie Graphviz DOT lub Mermaid.")
        case .graphFormat:
            return Text(en: "Output format: dot or mermaid.",
                        pl: "Format wyniku: dot lub mermaid.")
        case .lspAbstract:
            return Text(en: "Run the coplan language server (LSP 3.17 over standard input and output) for editors.",
                        pl: "Uruchom serwer języka coplan (LSP 3.17 na standardowym wejściu i wyjściu) dla edytorów.")
        case .lspDebounce:
            return Text(en: "Delay between the last edit and its check, in milliseconds.",
                        pl: "Opóźnienie między ostatnią zmianą a jej sprawdzeniem, w milisekundach.")
        case .lspToday:
            return Text(en: "Count days left from this day instead of today (YYYY-MM-DD; for tests).",
                        pl: "Licz pozostałe dni od tego dnia zamiast od dziś (RRRR-MM-DD; do testów).")
        case .lspDocsURL:
            return Text(en: "Where editors link diagnostic codes to (default: this checkout's docs/LANGUAGE.md).",
                        pl: "Dokąd edytory kierują odnośniki kodów zgłoszeń (domyślnie docs/LANGUAGE.md tej kopii).")
        case .templateAbstract:
            return Text(en: "Print a built-in Mustache template (the agreement or the report).",
                        pl: "Wypisz wbudowany szablon Mustache (porozumienia lub raportu).")
        case .templateDocument:
            return Text(en: "Which template: agreement or report.",
                        pl: "Który szablon: agreement (porozumienie) lub report (raport).")
        case .templateFormat:
            return Text(en: "The report's format: md or html.",
                        pl: "Format raportu: md lub html.")
        case .replAbstract:
            return Text(en: "Explore and edit a plan interactively (commands start with `:`; `:help` lists them).",
                        pl: "Przeglądaj i edytuj plan interaktywnie (polecenia zaczynają się od `:`; listę pokazuje `:help`).")
        case .replPlans:
            return Text(en: "Plan files to load at the start.",
                        pl: "Pliki planów wczytywane na początku.")
        case .runAbstract:
            return Text(en: "Run a script of REPL lines (e.g. a what-if analysis with `:assert` checks).",
                        pl: "Uruchom skrypt z wierszami REPL (np. analizę wariantów ze sprawdzeniami `:assert`).")
        case .runScript:
            return Text(en: "The script file (`#!/usr/bin/env -S coplan run` allowed on its first line).",
                        pl: "Plik skryptu (w pierwszym wierszu dozwolone `#!/usr/bin/env -S coplan run`).")
        case .lang:
            return Text(en: "Language of messages: pl or en (default: COPLAN_LANG, then coplan.toml's `language`, then the plans' own `language`, then the locale, else en).",
                        pl: "Język komunikatów: pl lub en (domyślnie COPLAN_LANG, potem `language` z coplan.toml, potem własny `language` planów, potem ustawienia regionalne, a w końcu en).")
        case .checkDiscussion:
            return Text(en: """
                With no path, checks the repository the current folder is in: the nearest folder up \
                holding coplan.toml or .git, and in it the folders coplan.toml lists under `plans`.
                Exit codes: 0 clean, 1 errors (or warnings/gaps when strict), 2 usage, I/O or coplan.toml error.
                """,
                        pl: """
                Bez ścieżki sprawdza repozytorium, w którym jest bieżący folder: najbliższy folder wyżej \
                z coplan.toml lub .git, a w nim foldery wymienione w coplan.toml pod `plans`.
                Kody wyjścia: 0 bez błędów, 1 błędy (albo ostrzeżenia lub luki w trybie strict), 2 błąd użycia, wejścia-wyjścia lub coplan.toml.
                """)
        case .diffDiscussion:
            return Text(en: """
                coplan diff OLD NEW compares two files or two folders (files matched by their path \
                relative to each folder). coplan diff --git REV [PATH…] compares the work tree with a \
                git revision, --git A..B two revisions; PATHs default to coplan.toml's plan folders.
                Exit codes: 0; 1 when --fail-on is given and a change at or above that level exists; \
                2 usage, I/O or git error.
                """,
                        pl: """
                coplan diff STARY NOWY porównuje dwa pliki albo dwa foldery (pliki dopasowane według ścieżki \
                względem każdego folderu). coplan diff --git REWIZJA [ŚCIEŻKA…] porównuje katalog roboczy z \
                rewizją git, --git A..B dwie rewizje; domyślne ścieżki to foldery planów z coplan.toml.
                Kody wyjścia: 0; 1, gdy podano --fail-on i jest zmiana o takim lub wyższym poziomie; \
                2 błąd użycia, wejścia-wyjścia lub git.
                """)
        case .gapsDiscussion:
            return Text(en: """
                Exit codes as `coplan check` gives for the plans analysed as shown (coplan.toml's allow, deny \
                and strict and `# coplan: allow` comments apply): 0 ok; 1 when a plan has errors or denied \
                codes, when the plan's own `require coverage` or `require sectors` is not met, or (when \
                strict) when there is any warning or gap; 2 usage, I/O or coplan.toml error.
                """,
                        pl: """
                Kody wyjścia takie, jakie `coplan check` daje dla planów analizowanych tak, jak są pokazane (obowiązują \
                allow, deny i strict z coplan.toml oraz komentarze `# coplan: allow`): 0 w porządku; 1, gdy plan ma błędy \
                lub kody z deny, gdy nie jest spełnione własne `require coverage` lub `require sectors` planu albo (w trybie \
                strict) gdy jest jakiekolwiek ostrzeżenie lub luka; 2 błąd użycia, wejścia-wyjścia lub coplan.toml.
                """)
        case .emitDiscussion:
            return Text(en: """
                Examples:
                  coplan emit Plans/lesniowice.plan --all --format docx -o out
                  coplan emit Plans/lesniowice.plan --agreement gops_szkoly --lang en --format html -o out
                  coplan emit Plans/lesniowice.plan --report --format html -o out
                --lang also chooses the documents' language (default: the plan's `language`, then coplan.toml's).
                """,
                        pl: """
                Przykłady:
                  coplan emit Plans/lesniowice.plan --all --format docx -o out
                  coplan emit Plans/lesniowice.plan --agreement gops_szkoly --lang en --format html -o out
                  coplan emit Plans/lesniowice.plan --report --format html -o out
                --lang wybiera też język dokumentów (domyślnie `language` planu, potem coplan.toml).
                """)
        case .templateDiscussion:
            return Text(en: """
                Examples:
                  coplan template agreement > templates/porozumienie.mustache
                  coplan template agreement --lang en > templates/agreement.mustache
                  coplan emit PLAN --all --template templates/porozumienie.mustache -o out
                  coplan template report --format html
                --lang also chooses the agreement template's language (default: pl).
                """,
                        pl: """
                Przykłady:
                  coplan template agreement > templates/porozumienie.mustache
                  coplan template agreement --lang en > templates/agreement.mustache
                  coplan emit PLAN --all --template templates/porozumienie.mustache -o out
                  coplan template report --format html
                --lang wybiera też język szablonu porozumienia (domyślnie pl).
                """)
        }
    }

    var string: String { text[CLILanguage.current] }

    var argument: ArgumentHelp { ArgumentHelp(string) }
}
