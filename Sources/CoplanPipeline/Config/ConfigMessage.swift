import CoplanCore

/// The catalog of `coplan.toml` problems. Keys, values and codes stay as the file writes them;
/// TOMLKit's own description of a syntax error is quoted verbatim.
package enum ConfigMessage: Sendable, Hashable {
    /// What a key takes, as "must be …" says it.
    package enum Expected: Sendable, Hashable {
        case boolean
        case list(of: Items)
        case languageCode
    }

    /// What a list key holds.
    package enum Items: Sendable, Hashable {
        case folders, codes
    }

    /// The kind of a TOML value that was found instead.
    package enum Found: Sendable, Hashable {
        case string, integer, number, boolean, array, table, dateOrTime
    }

    case invalidTOML(detail: String)
    case unknownTable(name: String)
    case topLevelKeysHelp(keys: [String])
    case unknownKey(key: String, file: String)
    case keysHelp(keys: [String])
    case wrongType(key: String, expected: Expected, found: Found)
    case listNotQuoted(key: String, items: Items, found: Found)
    case folderNotRelative(folder: String)
    case folderNotRelativeHelp
    case noFolders
    case noFoldersHelp
    case unknownCode(code: String, key: String)
    case alreadyError(code: String)
    case cannotAllow(code: String)
    case allowedAndDenied(code: String)
    case allowedAndDeniedHelp
    case unknownLanguage(language: String)
    case languagesHelp(languages: [String])

    package var text: Text {
        switch self {
        case .invalidTOML(let detail):
            return Text(en: "invalid TOML: ", pl: "błędny zapis TOML: ") + Text(verbatim: detail)
        case .unknownTable(let name):
            return Text(en: "unknown table `[\(name)]`", pl: "nieznana tabela `[\(name)]`")
        case .topLevelKeysHelp(let keys):
            return Text(en: "`coplan.toml` has only top-level keys: \(Self.list(keys))",
                        pl: "`coplan.toml` ma tylko klucze najwyższego poziomu: \(Self.list(keys))")
        case .unknownKey(let key, let file):
            return Text(en: "unknown key `\(key)` in `\(file)`", pl: "nieznany klucz `\(key)` w `\(file)`")
        case .keysHelp(let keys):
            return Text(en: "keys: \(Self.list(keys))", pl: "klucze: \(Self.list(keys))")
        case .wrongType(let key, let expected, let found):
            let wanted: Text
            switch expected {
            case .boolean:
                wanted = Text(en: "`true` or `false`", pl: "`true` lub `false`")
            case .list(let items):
                wanted = Text(en: "an array of \(Self.items(items).en) (`[\"…\"]`)", pl: "tablicą \(Self.itemsGenitive(items)) (`[\"…\"]`)")
            case .languageCode:
                wanted = Text(en: "a language code in quotes (`\"pl\"` or `\"en\"`)", pl: "kodem języka w cudzysłowie (`\"pl\"` lub `\"en\"`)")
            }
            return Text(en: "`\(key)` must be ", pl: "`\(key)` musi być ") + wanted
                + Text(en: ", found \(Self.found(found).en)", pl: ", a jest \(Self.found(found).pl)")
        case .listNotQuoted(let key, let items, let found):
            return Text(en: "`\(key)` must list \(Self.items(items).en) in quotes, found \(Self.found(found).en)",
                        pl: "`\(key)` musi wymieniać \(Self.items(items).pl) w cudzysłowie, a ten element jest \(Self.found(found).pl)")
        case .folderNotRelative(let folder):
            return Text(en: "plan folder `\(folder)` must be a relative path inside the repository",
                        pl: "folder planów `\(folder)` musi być ścieżką względną wewnątrz repozytorium")
        case .folderNotRelativeHelp:
            return Text(en: "write folders relative to the folder holding `coplan.toml`, without `..`",
                        pl: "podaj foldery względem katalogu zawierającego `coplan.toml`, bez `..`")
        case .noFolders:
            return Text(en: "`plans` lists no folder", pl: "`plans` nie wymienia żadnego folderu")
        case .noFoldersHelp:
            return Text(en: "write `plans = [\"Plans\"]`", pl: "wpisz `plans = [\"Plans\"]`")
        case .unknownCode(let code, let key):
            return Text(en: "unknown diagnostic code `\(code)` in `\(key)`", pl: "nieznany kod zgłoszenia `\(code)` w `\(key)`")
        case .alreadyError(let code):
            return Text(en: "`\(code)` is already an error; `deny` raises warnings and gaps",
                        pl: "kod `\(code)` jest już błędem; `deny` podnosi do rangi błędu tylko ostrzeżenia i luki")
        case .cannotAllow(let code):
            return Text(en: "`\(code)` cannot be allowed: errors E1xx–E2xx must be fixed",
                        pl: "kodu `\(code)` nie można wyciszyć: błędy E1xx–E2xx trzeba poprawić")
        case .allowedAndDenied(let code):
            return Text(en: "`\(code)` is both allowed and denied", pl: "kod `\(code)` jest jednocześnie wyciszony i podniesiony do rangi błędu")
        case .allowedAndDeniedHelp:
            return Text(en: "keep it in one of `allow` and `deny`", pl: "zostaw go tylko w `allow` albo tylko w `deny`")
        case .unknownLanguage(let language):
            return Text(en: "unknown document language `\(language)`", pl: "nieznany język dokumentów `\(language)`")
        case .languagesHelp(let languages):
            return Text(en: "languages: \(Self.list(languages))", pl: "języki: \(Self.list(languages))")
        }
    }

    static func list(_ names: [String]) -> String {
        names.map { "`\($0)`" }.joined(separator: ", ")
    }

    /// `folders`, `foldery` (the accusative after "wymieniać").
    static func items(_ items: Items) -> (en: String, pl: String) {
        switch items {
        case .folders: return ("folders", "foldery")
        case .codes: return ("diagnostic codes", "kody zgłoszeń")
        }
    }

    /// `folderów` (after "tablicą").
    static func itemsGenitive(_ items: Items) -> String {
        switch items {
        case .folders: return "folderów"
        case .codes: return "kodów zgłoszeń"
        }
    }

    /// `a string`, `tekstem` (the instrumental after "jest").
    static func found(_ found: Found) -> (en: String, pl: String) {
        switch found {
        case .string: return ("a string", "tekstem")
        case .integer: return ("an integer", "liczbą całkowitą")
        case .number: return ("a number", "liczbą")
        case .boolean: return ("a boolean", "wartością logiczną")
        case .array: return ("an array", "tablicą")
        case .table: return ("a table", "tabelą")
        case .dateOrTime: return ("a date or time", "datą lub czasem")
        }
    }
}
