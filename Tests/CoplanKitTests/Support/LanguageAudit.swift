import Foundation
@testable import CoplanCore

/// Checks that a sentence is wholly in one language: the words outside backticks, quotes and
/// code are looked up in short lists of words that only one of the two languages uses. Names
/// (`gops`), keywords in backticks and codes are skipped, so `sektor` in backticks in an English
/// message is fine.
enum LanguageAudit {
    /// English words that never appear in a correct Polish message outside backticks.
    static let englishWords: Set<String> = [
        "the", "is", "are", "of", "and", "or", "not", "no", "missing", "unknown", "expected", "found",
        "did", "you", "mean", "must", "needs", "need", "error", "errors", "warning", "warnings", "gap", "gaps",
        "file", "files", "checked", "coverage", "partner", "partners", "agreement", "agreements", "service",
        "group", "here", "after", "before", "with", "without", "which", "that", "this", "add", "write", "use",
        "help", "note", "days", "day", "per", "year", "month", "week", "covered", "uncovered", "only", "but",
        "has", "have", "for", "from", "to", "in", "on", "at", "by", "be", "it", "its", "an", "a", "as",
        "cannot", "can", "should", "every", "none", "nothing", "value", "values", "name", "names", "list",
        "declared", "given", "twice", "invalid", "unexpected", "unterminated", "string", "number", "date",
        "period", "ends", "starts", "signs", "signed", "provides", "commits", "party", "parties", "role", "roles",
        "plan", "plans", "sector", "sectors", "saved", "unsaved", "changes", "loaded", "usage", "command",
    ]
    /// Polish words that never appear in a correct English message outside backticks.
    static let polishWords: Set<String> = [
        "nie", "jest", "są", "brak", "oraz", "lub", "albo", "który", "która", "które", "czy", "chodziło",
        "błąd", "błędy", "błędów", "ostrzeżenie", "ostrzeżenia", "ostrzeżeń", "luka", "luki", "luk",
        "plik", "pliki", "plików", "sprawdzono", "pokrycie", "partner", "porozumienie", "usługa", "grupa",
        "potrzeba", "dodaj", "wpisz", "wskazówka", "uwaga", "dni", "dzień", "na", "rok", "miesiąc",
        "tydzień", "się", "jako", "dla", "bez", "przez", "przed", "po", "od", "do", "w", "z", "ze", "i", "a",
        "nieznany", "nieznana", "nieznane", "oczekiwano", "znaleziono", "należy", "musi", "trzeba",
        // Words both languages write ("plan", Polish "role" = roles): listed in both, so neither flags them.
        "plan", "role",
    ]

    /// The words of `text` outside `` `…` ``, „…”, "…" and after a `-->` place marker, lower-cased.
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var inCode = false, inQuote = false
        for character in text {
            switch character {
            case "`": inCode.toggle(); flush()
            case "„", "“": inQuote = true; flush()
            case "”": inQuote = false; flush()
            default:
                if inCode || inQuote { continue }
                if character.isLetter { current.append(character) } else { flush() }
            }
        }
        flush()
        return out
        func flush() {
            if !current.isEmpty { out.append(current.lowercased()) }
            current = ""
        }
    }

    /// The English words found in what should be Polish.
    static func englishIn(_ polish: String) -> [String] {
        words(polish).filter { englishWords.contains($0) && !polishWords.contains($0) }
    }

    /// The Polish words found in what should be English.
    static func polishIn(_ english: String) -> [String] {
        words(english).filter { polishWords.contains($0) && !englishWords.contains($0) }
    }

    /// The `` `…` `` parts of a message: the placeholders (names, keywords, values) both
    /// renderings must carry.
    static func codeSpans(_ text: String) -> [String] {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }
}
