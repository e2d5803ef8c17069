import CoplanCore

/// The catalog of template errors: what `TemplateValidator`, `TemplateSelection` and the
/// agreement emitter say about a user's document template, in both languages. Tags, field
/// names and paths stay as written; swift-mustache's own error text is quoted verbatim.
package enum TemplateMessage: Sendable, Hashable {
    case tooLarge(bytes: Int, limitKB: Int)
    case tooLargeHelp
    case tooManyTags(limit: Int)
    case tooManyTagsHelp
    case unterminatedTag(close: String)
    case emptyTag
    case unescapedOutput
    case unescapedOutputHelp
    case partialsAndBlocks
    case pragmas
    case pragmasHelp
    case malformedDelimiters
    case sectionsTooDeep(limit: Int)
    case sectionsTooDeepHelp
    case closesNothing(name: String)
    case closesOther(name: String, open: String)
    case closeInnermostHelp(open: String)
    case neverClosed(section: String)
    case addCloseHelp(section: String)
    case transformsTooDeep(limit: Int)
    case unknownTransform(name: String)
    case needsList(transform: String, inner: String)
    case malformedName(name: String)
    case unknownField(field: String)
    case unknownFieldIn(field: String, name: String)
    case fieldsHere(fields: [String])
    /// swift-mustache's parser refused the text; `detail` is its own (English) words.
    case syntaxError(detail: String)
    case notFound(template: String)
    case leavesRoot(template: String)
    case leavesRootHelp(root: String)
    case unreadable(template: String)
    case notUTF8(template: String)
    case tooManyExpansions(estimate: String, agreement: String, limit: Int)
    case tooManyExpansionsHelp
    case unknownBuiltIn(name: String)
    case builtInsHelp(names: [String])

    package var text: Text {
        switch self {
        case .tooLarge(let bytes, let limitKB):
            return Text(en: "the template is \(NumberText.count(bytes, in: .en)) bytes, above the limit of \(limitKB) KB",
                        pl: "szablon ma \(NumberText.count(bytes, in: .pl)) \(PolishPlural.choose(bytes, "bajt", "bajty", "bajtów")), więcej niż limit \(limitKB) KB")
        case .tooLargeHelp:
            return Text(en: "an agreement template is a few pages: split long annexes into documents of their own",
                        pl: "szablon porozumienia ma kilka stron: długie załączniki przenieś do osobnych dokumentów")
        case .tooManyTags(let limit):
            return Text(en: "the template has more than \(NumberText.count(limit, in: .en)) tags",
                        pl: "szablon ma więcej niż \(NumberText.count(limit, in: .pl)) znaczników")
        case .tooManyTagsHelp:
            return Text(en: "an agreement template needs a few hundred; repeat with a list section instead",
                        pl: "szablon porozumienia potrzebuje najwyżej kilkuset; powtarzaj treść za pomocą sekcji listy")
        case .unterminatedTag(let close):
            return Text(en: "unterminated tag: no closing `\(close)`", pl: "niezamknięty znacznik: brak zamykającego `\(close)`")
        case .emptyTag:
            return Text(en: "empty tag", pl: "pusty znacznik")
        case .unescapedOutput:
            return Text(en: "unescaped output is not allowed in document templates",
                        pl: "wstawianie tekstu bez zamiany znaków specjalnych jest niedozwolone w szablonach dokumentów")
        case .unescapedOutputHelp:
            return Text(en: "use `{{name}}`: plan text is escaped for the output format",
                        pl: "użyj `{{name}}`: znaki specjalne tekstu planu są zamieniane zgodnie z formatem dokumentu")
        case .partialsAndBlocks:
            return Text(en: "partials and blocks are not available in document templates",
                        pl: "szablony częściowe i bloki są niedostępne w szablonach dokumentów")
        case .pragmas:
            return Text(en: "pragmas are not allowed in document templates", pl: "dyrektywy są niedozwolone w szablonach dokumentów")
        case .pragmasHelp:
            return Text(en: "the output format decides how text is escaped",
                        pl: "o zamianie znaków specjalnych decyduje format dokumentu")
        case .malformedDelimiters:
            return Text(en: "malformed delimiter change; write it as `{{=<% %>=}}`",
                        pl: "błędna zmiana ograniczników; zapisz ją jako `{{=<% %>=}}`")
        case .sectionsTooDeep(let limit):
            return Text(en: "sections nest deeper than the limit of \(limit)", pl: "sekcje są zagnieżdżone głębiej niż limit \(limit)")
        case .sectionsTooDeepHelp:
            return Text(en: "close some sections before opening more", pl: "zamknij część sekcji, zanim otworzysz kolejne")
        case .closesNothing(let name):
            return Text(en: "`{{/\(name)}}` closes no open section", pl: "`{{/\(name)}}` nie zamyka żadnej otwartej sekcji")
        case .closesOther(let name, let open):
            return Text(en: "`{{/\(name)}}` closes `{{#\(open)}}`", pl: "`{{/\(name)}}` zamyka sekcję `{{#\(open)}}`")
        case .closeInnermostHelp(let open):
            return Text(en: "close the innermost section first: `{{/\(open)}}`",
                        pl: "najpierw zamknij najbardziej wewnętrzną sekcję: `{{/\(open)}}`")
        case .neverClosed(let section):
            return Text(en: "section `\(section)` is never closed", pl: "sekcja `\(section)` nie zostaje zamknięta")
        case .addCloseHelp(let section):
            return Text(en: "add `{{/\(section)}}`", pl: "dodaj `{{/\(section)}}`")
        case .transformsTooDeep(let limit):
            return Text(en: "transforms nest deeper than the limit of \(limit)", pl: "przekształcenia są zagnieżdżone głębiej niż limit \(limit)")
        case .unknownTransform(let name):
            return Text(en: "unknown transform `\(name)`", pl: "nieznane przekształcenie `\(name)`")
        case .needsList(let transform, let inner):
            return Text(en: "`\(transform)` needs a list, and `\(inner)` is not one", pl: "`\(transform)` wymaga listy, a `\(inner)` nie jest listą")
        case .malformedName(let name):
            return Text(en: "malformed name `\(name)`", pl: "błędna nazwa `\(name)`")
        case .unknownField(let field):
            return Text(en: "unknown template field `\(field)`", pl: "nieznane pole szablonu `\(field)`")
        case .unknownFieldIn(let field, let name):
            return Text(en: "unknown template field `\(field)` in `\(name)`", pl: "nieznane pole szablonu `\(field)` w `\(name)`")
        case .fieldsHere(let fields):
            let list = fields.map { "`\($0)`" }.joined(separator: ", ")
            return Text(en: "fields here: \(list)", pl: "dostępne tu pola: \(list)")
        case .syntaxError(let detail):
            return Text(en: "template syntax error: ", pl: "błąd składni szablonu: ") + Text(verbatim: detail)
        case .notFound(let template):
            return Text(en: "template `\(template)` not found", pl: "nie znaleziono szablonu `\(template)`")
        case .leavesRoot(let template):
            return Text(en: "template `\(template)` leaves the repository root", pl: "szablon `\(template)` leży poza katalogiem repozytorium")
        case .leavesRootHelp(let root):
            return Text(en: "templates must stay inside \(root) (symlinks are followed before checking)",
                        pl: "szablony muszą leżeć w katalogu \(root) (dowiązania symboliczne są rozwiązywane przed sprawdzeniem)")
        case .unreadable(let template):
            return Text(en: "template `\(template)` cannot be read", pl: "nie można odczytać szablonu `\(template)`")
        case .notUTF8(let template):
            return Text(en: "template `\(template)` is not valid UTF-8", pl: "szablon `\(template)` nie jest poprawnym tekstem UTF-8")
        case .tooManyExpansions(let estimate, let agreement, let limit):
            return Text(en: "the template would render about \(estimate) tags for agreement `\(agreement)`, above the limit of \(NumberText.count(limit, in: .en))",
                        pl: "szablon wypisałby dla porozumienia `\(agreement)` około \(estimate) znaczników, więcej niż limit \(NumberText.count(limit, in: .pl))")
        case .tooManyExpansionsHelp:
            return Text(en: "a list section repeats its body for every item: nest fewer list sections",
                        pl: "sekcja listy powtarza swoją treść dla każdego elementu: zagnieżdżaj mniej takich sekcji")
        case .unknownBuiltIn(let name):
            return Text(en: "unknown built-in template `\(name)`", pl: "nieznany wbudowany szablon `\(name)`")
        case .builtInsHelp(let names):
            let list = names.map { "`\($0)`" }.joined(separator: ", ")
            return Text(en: "built-in templates: \(list); give a file as a quoted path",
                        pl: "wbudowane szablony: \(list); plik szablonu podaj jako ścieżkę w cudzysłowie")
        }
    }
}
