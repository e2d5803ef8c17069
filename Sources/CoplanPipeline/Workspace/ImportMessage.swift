import CoplanCore

/// The catalog of what loading files says: unreadable files and bad imports (E203).
package enum ImportMessage: Sendable, Hashable {
    case cannotReadFile(reason: Text)
    case notFound(path: String)
    case notFoundHelp
    case leavesRoot(path: String)
    case leavesRootHelp
    case cycle(chain: [String])
    case cycleHelp
    case tooDeep(limit: Int)
    case cannotRead(path: String, reason: Text)
    case unknownError
    /// A file over `Limits.maxFileBytes`.
    case tooLarge(bytes: Int)

    package var text: Text {
        switch self {
        case .cannotReadFile(let reason):
            return Text(en: "cannot read the file: ", pl: "nie można odczytać pliku: ") + reason
        case .notFound(let path):
            return Text(en: "import `\(path)` not found", pl: "nie znaleziono importowanego pliku `\(path)`")
        case .notFoundHelp:
            return Text(en: "paths are relative to the importing file's folder", pl: "ścieżki są względne wobec katalogu pliku, który importuje")
        case .leavesRoot(let path):
            return Text(en: "import `\(path)` leaves the repository root", pl: "importowany plik `\(path)` leży poza katalogiem repozytorium")
        case .leavesRootHelp:
            return Text(en: "imports must stay inside the folder holding `coplan.toml` or `.git`",
                        pl: "importowane pliki muszą leżeć w katalogu zawierającym `coplan.toml` lub `.git`")
        case .cycle(let chain):
            let joined = chain.map { "`\($0)`" }.joined(separator: " → ")
            return Text(en: "import cycle: \(joined)", pl: "cykl importów: \(joined)")
        case .cycleHelp:
            return Text(en: "move the shared declarations into a file that imports neither",
                        pl: "przenieś wspólne deklaracje do pliku, który nie importuje żadnego z nich")
        case .tooDeep(let limit):
            return Text(en: "imports nest deeper than \(limit) files",
                        pl: "łańcuch importów jest dłuższy niż \(limit) \(PolishPlural.choose(limit, "plik", "pliki", "plików"))")
        case .cannotRead(let path, let reason):
            return Text(en: "import `\(path)` cannot be read: ", pl: "nie można odczytać importowanego pliku `\(path)`: ") + reason
        case .unknownError:
            return Text(en: "unknown error", pl: "nieznany błąd")
        case .tooLarge(let bytes):
            let limit = Limits.megabytes(Limits.maxFileBytes)
            return Text(en: "the file is larger than \(limit) (\(NumberText.count(bytes, in: .en)) bytes)",
                        pl: "plik jest większy niż \(limit) (\(NumberText.count(bytes, in: .pl)) \(PolishPlural.choose(bytes, "bajt", "bajty", "bajtów")))")
        }
    }

    /// Why a provider could not read a file, in both languages where coplan knows the reason;
    /// an operating system's words are quoted as they are.
    package static func reason(_ error: any Error) -> Text {
        if let tooLarge = error as? FileTooLargeError { return ImportMessage.tooLarge(bytes: tooLarge.size).text }
        if let problem = error as? LocatedProblem { return problem.message }
        return Text(verbatim: "\(error)")
    }
}
