import CoplanKit

/// Every sentence the `coplan` command itself prints (usage and I/O errors, what was written,
/// `fmt --check`), in Polish and English. Paths, options and operating-system errors stay as
/// they are; the `switch` has no `default:`, so a message without its Polish does not compile.
enum CLIMessage: Sendable, Hashable {
    // arguments and language
    case unknownCommand(word: String, suggestion: String?, commands: [String])
    case unknownOption(option: String, command: String, suggestion: String?)
    case unknownLanguage(text: String, source: String, suggestion: String?)
    case missingArgument(name: String)
    case missingValue(option: String)
    case unexpectedArgument(text: String)
    case invalidValue(value: String, option: String, values: [String], suggestion: String?)
    case needPathsOrRepository
    case needPaths
    case jobsAtLeastOne
    case atNeedsCalendarDate(text: String)
    case todayNeedsDate(text: String)

    // files
    case noSuchFileOrFolder(path: String)
    case noSuchFile(path: String)
    case noPlanFiles(path: String)
    case cannotRead(path: String)
    case cannotReadNotRegular(path: String)
    case cannotReadFolder(path: String)
    case cannotReadEither(old: String, new: String)
    case fileTooLarge(path: String, size: Int)
    case planFolderMissing(folder: String, root: String)
    case onePlanFile(path: String, count: Int)
    case holdsNoPlan(path: String)
    case planHasErrorsFixFirst(errors: Int)
    case cannotCreateTemporary(path: String, folder: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case cannotCreateFolder(path: String, reason: String)
    case outputNotFolder(path: String)
    case cannotOpenFolder(path: String)
    case notPlainFileName(name: String)
    case symbolicLink(name: String, folder: String)

    // emit
    case agreementOrAll
    case chooseWhatToWrite
    case reportNotDocx
    case reportTemplateNotDocx
    case sameDocumentName(name: String)
    case noAgreements
    case wrote(path: String, bytes: Int)

    // gaps
    case noPartnerInPlans(name: String, plans: Int, suggestion: String?)
    case coverageWaitsRunCheck(file: String, waits: Text)
    case errorsInPlans(errors: Int, plans: Int)

    // fmt
    case notFormattedSyntaxErrors(path: String)
    case formatted(path: String)
    case wouldBeReformatted(count: Int)

    // explain
    case unknownCode(code: String, suggestion: String?)

    // diff
    case diffNeedsTwo
    case diffBothFilesOrFolders
    case gitRevisionForm(text: String)
    case outsideGitRepository(path: String, root: String)
    case noPlanFilesOnEitherSide(paths: String)
    case notInRevision(path: String, commit: String)
    case cannotRunGit(reason: String)
    case gitFailed(command: String, reason: String)
    case gitExitStatus(command: String, status: Int32)
    case notInsideGit(folder: String)
    case unknownRevision(text: String)

    var text: Text {
        switch self {
        case .unknownCommand(let word, let suggestion, let commands):
            let list = commands.map { "`\($0)`" }.joined(separator: ", ")
            return Text(en: "unknown command `\(word)`" + Self.didYouMean(suggestion, .en) + "\n  commands: " + list,
                        pl: "nieznane polecenie `\(word)`" + Self.didYouMean(suggestion, .pl) + "\n  polecenia: " + list)
        case .unknownOption(let option, let command, let suggestion):
            return Text(en: "unknown option `\(option)` for `coplan \(command)`" + Self.didYouMean(suggestion, .en),
                        pl: "nieznana opcja `\(option)` polecenia `coplan \(command)`" + Self.didYouMean(suggestion, .pl))
        case .unknownLanguage(let text, let source, let suggestion):
            return Text(en: "unknown language `\(text)` in \(source): use `pl` or `en`" + Self.didYouMean(suggestion, .en),
                        pl: "nieznany język `\(text)` w \(source): użyj `pl` albo `en`" + Self.didYouMean(suggestion, .pl))
        case .missingArgument(let name):
            return Text(en: "missing argument `\(name)`", pl: "brak argumentu `\(name)`")
        case .missingValue(let option):
            return Text(en: "`\(option)` needs a value", pl: "po `\(option)` podaj wartość")
        case .unexpectedArgument(let text):
            return Text(en: "unexpected argument `\(text)`", pl: "nieoczekiwany argument `\(text)`")
        case .invalidValue(let value, let option, let values, let suggestion):
            let list = values.map { "`\($0)`" }.joined(separator: ", ")
            return Text(en: "invalid value `\(value)` for `\(option)`" + (values.isEmpty ? "" : ": use \(list)") + Self.didYouMean(suggestion, .en),
                        pl: "niepoprawna wartość `\(value)` opcji `\(option)`" + (values.isEmpty ? "" : ": użyj \(list)")
                            + Self.didYouMean(suggestion, .pl))
        case .needPathsOrRepository:
            return Text(en: "give plan files or folders, or run inside a plan repository (a folder with coplan.toml or .git)",
                        pl: "podaj pliki lub foldery planów albo uruchom polecenie w repozytorium planów (folderze z coplan.toml lub .git)")
        case .needPaths:
            return Text(en: "give one or more plan files or folders", pl: "podaj co najmniej jeden plik lub folder planów")
        case .jobsAtLeastOne:
            return Text(en: "--jobs must be at least 1", pl: "--jobs musi wynosić co najmniej 1")
        case .atNeedsCalendarDate(let text):
            return Text(en: "`--at` needs a date YYYY-MM-DD in the calendar, not `\(text)`",
                        pl: "po `--at` podaj istniejącą datę RRRR-MM-DD, a nie `\(text)`")
        case .todayNeedsDate(let text):
            return Text(en: "--today needs a date YYYY-MM-DD, got \(text)", pl: "po --today podaj datę RRRR-MM-DD, a nie \(text)")

        case .noSuchFileOrFolder(let path):
            return Text(en: "no such file or folder: \(path)", pl: "nie ma takiego pliku ani folderu: \(path)")
        case .noSuchFile(let path):
            return Text(en: "no such file: \(path)", pl: "nie ma takiego pliku: \(path)")
        case .noPlanFiles(let path):
            return Text(en: "no .plan files in \(path)", pl: "brak plików .plan w \(path)")
        case .cannotRead(let path):
            return Text(en: "cannot read \(path)", pl: "nie można odczytać \(path)")
        case .cannotReadNotRegular(let path):
            return Text(en: "cannot read \(path): not a regular file", pl: "nie można odczytać \(path): to nie jest zwykły plik")
        case .cannotReadFolder(let path):
            return Text(en: "cannot read folder \(path)", pl: "nie można odczytać folderu \(path)")
        case .cannotReadEither(let old, let new):
            return Text(en: "cannot read \(old) or \(new)", pl: "nie można odczytać \(old) lub \(new)")
        case .fileTooLarge(let path, let size):
            let limit = Limits.megabytes(Limits.maxFileBytes)
            return Text(en: "\(path): the file is larger than \(limit) (\(size) bytes)",
                        pl: "\(path): plik jest większy niż \(limit) (\(Self.bytes(size, .pl)))")
        case .planFolderMissing(let folder, let root):
            return Text(en: "plan folder `\(folder)` listed in \(RepositoryConfig.fileName) does not exist in \(root)",
                        pl: "folder planów `\(folder)` wymieniony w \(RepositoryConfig.fileName) nie istnieje w \(root)")
        case .onePlanFile(let path, let count):
            return Text(en: "give one plan file (\(path) holds \(count))", pl: "podaj jeden plik planu (plików w \(path): \(count))")
        case .holdsNoPlan(let path):
            return Text(en: "\(path) holds no plan", pl: "w \(path) nie ma planu")
        case .planHasErrorsFixFirst(let n):
            let errors = SessionMessage.errorCount(n).text
            return Text(en: "the plan has \(errors.en); fix them first", pl: "plan ma \(errors.pl); najpierw je popraw")
        case .cannotCreateTemporary(let path, let folder, let reason):
            return Text(en: "cannot write \(path): cannot create a temporary file in \(folder): ",
                        pl: "nie można zapisać \(path): nie można utworzyć pliku tymczasowego w \(folder): ") + reason
        case .cannotWrite(let path, let reason):
            return Text(en: "cannot write \(path): ", pl: "nie można zapisać \(path): ") + reason
        case .cannotCreateFolder(let path, let reason):
            return Text(en: "cannot create output folder \(path): ", pl: "nie można utworzyć folderu wyjściowego \(path): ") + reason
        case .outputNotFolder(let path):
            return Text(en: "output path \(path) is not a folder", pl: "ścieżka wyjściowa \(path) nie jest folderem")
        case .cannotOpenFolder(let path):
            return Text(en: "cannot open output folder \(path)", pl: "nie można otworzyć folderu wyjściowego \(path)")
        case .notPlainFileName(let name):
            return Text(en: "refusing to write `\(name)`: not a plain file name", pl: "odmowa zapisu `\(name)`: to nie jest zwykła nazwa pliku")
        case .symbolicLink(let name, let folder):
            return Text(en: "refusing to write \(name): it is a symbolic link in \(folder)",
                        pl: "odmowa zapisu \(name): to dowiązanie symboliczne w \(folder)")

        case .agreementOrAll:
            return Text(en: "give either --agreement or --all, not both", pl: "podaj --agreement albo --all, nie oba naraz")
        case .chooseWhatToWrite:
            return Text(en: "choose what to write: --agreement NAME, --all or --report", pl: "wybierz, co zapisać: --agreement NAZWA, --all lub --report")
        case .reportNotDocx:
            return Text(en: "the report is written as md or html, not docx", pl: "raport zapisuje się jako md lub html, nie docx")
        case .reportTemplateNotDocx:
            return Text(en: "the report template is md or html, not docx", pl: "szablon raportu jest w formacie md lub html, nie docx")
        case .sameDocumentName(let name):
            return Text(en: "two documents would be written as `\(name)`; rename one agreement",
                        pl: "dwa dokumenty zostałyby zapisane jako `\(name)`; zmień nazwę jednego z porozumień")
        case .noAgreements:
            return Text(en: "the plan has no agreements; nothing written", pl: "plan nie ma porozumień; nic nie zapisano")
        case .wrote(let path, let bytes):
            return Text(en: "wrote \(path) (\(bytes) bytes)", pl: "zapisano \(path) (\(Self.bytes(bytes, .pl)))")

        case .noPartnerInPlans(let name, let plans, let suggestion):
            return Text(en: "no partner `\(name)` in the plan\(plans == 1 ? "" : "s")" + Self.didYouMean(suggestion, .en),
                        pl: "\(plans == 1 ? "w planie" : "w planach") nie ma podmiotu `\(name)`" + Self.didYouMean(suggestion, .pl))
        case .coverageWaitsRunCheck(let file, let waits):
            return Text(en: "\(file): \(waits.en); run `coplan check` to see them", pl: "\(file): \(waits.pl); pokaże je `coplan check`")
        case .errorsInPlans(let n, let plans):
            let errors = SessionMessage.errorCount(n).text
            return Text(en: "\(errors.en) in the plan\(plans == 1 ? "" : "s"): run `coplan check` to see them",
                        pl: "\(plans == 1 ? "plan ma" : "plany mają") \(errors.pl): pokaże je `coplan check`")

        case .notFormattedSyntaxErrors(let path):
            return Text(en: "\(path) has syntax errors; not formatted", pl: "plik \(path) ma błędy składni; nie został sformatowany")
        case .formatted(let path):
            return Text(en: "formatted \(path)", pl: "sformatowano \(path)")
        case .wouldBeReformatted(let n):
            return Text(en: "\(n) file\(n == 1 ? "" : "s") would be reformatted; run `coplan fmt` on \(n == 1 ? "it" : "them")",
                        pl: "\(NumberText.count(n, in: .pl)) \(PolishPlural.choose(n, "plik wymaga", "pliki wymagają", "plików wymaga")) "
                            + "sformatowania; uruchom na \(n == 1 ? "nim" : "nich") `coplan fmt`")

        case .unknownCode(let code, let suggestion):
            return Text(en: "unknown code `\(code)`" + Self.didYouMean(suggestion, .en) + "\n  codes: " + Self.codeRanges,
                        pl: "nieznany kod `\(code)`" + Self.didYouMean(suggestion, .pl) + "\n  kody: " + Self.codeRanges)

        case .diffNeedsTwo:
            return Text(en: "give OLD and NEW (two files or two folders), or --git REV",
                        pl: "podaj STARY i NOWY (dwa pliki albo dwa foldery) albo --git REWIZJA")
        case .diffBothFilesOrFolders:
            return Text(en: "OLD and NEW must both be files or both be folders", pl: "STARY i NOWY muszą być albo oba plikami, albo oba folderami")
        case .gitRevisionForm(let text):
            return Text(en: "--git takes REV or A..B, not `\(text)`", pl: "po --git podaj REWIZJĘ albo A..B, a nie `\(text)`")
        case .outsideGitRepository(let path, let root):
            return Text(en: "\(path) is outside the git repository \(root)", pl: "\(path) jest poza repozytorium git \(root)")
        case .noPlanFilesOnEitherSide(let paths):
            return Text(en: "no .plan files in \(paths) on either side", pl: "brak plików .plan w \(paths) w żadnej z dwóch wersji")
        case .notInRevision(let path, let commit):
            return Text(en: "\(path) is not in revision \(commit)", pl: "w rewizji \(commit) nie ma \(path)")
        case .cannotRunGit(let reason):
            return Text(en: "cannot run git: ", pl: "nie można uruchomić git: ") + reason
        case .gitFailed(let command, let reason):
            return Text(verbatim: "git \(command): \(reason)")
        case .gitExitStatus(let command, let status):
            return Text(en: "git \(command): exit status \(status)", pl: "git \(command): kod wyjścia \(status)")
        case .notInsideGit(let folder):
            return Text(en: "not inside a git repository: \(folder)", pl: "poza repozytorium git: \(folder)")
        case .unknownRevision(let text):
            return Text(en: "unknown git revision `\(text)`", pl: "nieznana rewizja git `\(text)`")
        }
    }

    static let codeRanges = "E100–E102, E200–E203, E300–E307, W400–W405, G500–G505"

    /// `; did you mean `x`?` after a message, or nothing.
    static func didYouMean(_ suggestion: String?, _ language: Language) -> String {
        suggestion.map { "; " + CoreMessage.didYouMean($0).text[language] } ?? ""
    }

    /// `1 bajt`, `3 bajty`, `5 bajtów`, with Polish digit grouping.
    static func bytes(_ n: Int, _ language: Language) -> String {
        switch language {
        case .en: return "\(n) bytes"
        case .pl: return NumberText.count(n, in: .pl) + " " + PolishPlural.choose(n, "bajt", "bajty", "bajtów")
        }
    }
}
