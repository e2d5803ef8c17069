import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import TOMLKit

extension RepositoryConfig {
    /// Reads `coplan.toml` text. Any problem (bad TOML, unknown key, wrong type, unknown code)
    /// comes back located; the config is then only partly filled and must not be used.
    package static func parse(_ text: String, path: String = RepositoryConfig.fileName) -> (config: RepositoryConfig, problems: [LocatedProblem]) {
        var reader = ConfigReader(file: SourceFile(path: path, text: text))
        reader.read()
        return (reader.config, reader.problems.sorted { ($0.span?.range.start ?? 0) < ($1.span?.range.start ?? 0) })
    }
}

/// Walks the parsed TOML table key by key, checking each value against what the key takes.
struct ConfigReader {
    let file: SourceFile
    var config = RepositoryConfig()
    var problems: [LocatedProblem] = []
    var locator = TOMLLocator([])

    init(file: SourceFile) {
        self.file = file
    }

    func span(_ range: SourceRange) -> SourceSpan { SourceSpan(file: file, range: range) }

    /// Always an error: a repository whose configuration is wrong is not checked at all (exit 2).
    /// `help` is the fallback advice: "did you mean" wins when there is a suggestion.
    mutating func problem(_ message: ConfigMessage, _ range: SourceRange, suggestion: String? = nil, help: ConfigMessage? = nil) {
        problems.append(LocatedProblem(message.text, at: span(range), suggestion: suggestion, help: suggestion == nil ? help?.text : nil))
    }

    mutating func read() {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: String(decoding: file.bytes, as: UTF8.self))
        } catch let error as TOMLParseError {
            let begin = error.source.begin
            problem(.invalidTOML(detail: error.description.prefix(1).lowercased() + error.description.dropFirst()),
                    range(line: begin.line, column: begin.column))
            return
        } catch {
            problem(.invalidTOML(detail: "\(error)"), .empty)
            return
        }
        locator = TOMLLocator(file.bytes)
        for header in locator.tables {
            problem(.unknownTable(name: header.name), header.range, help: .topLevelKeysHelp(keys: RepositoryConfig.keys))
        }
        for entry in locator.entries {
            guard RepositoryConfig.keys.contains(entry.key) else {
                problem(.unknownKey(key: entry.key, file: file.path), entry.keyRange,
                        suggestion: Suggestion.closest(to: entry.key, preferred: RepositoryConfig.keys),
                        help: .keysHelp(keys: RepositoryConfig.keys))
                continue
            }
            guard let value = table[entry.key] else { continue }
            switch entry.key {
            case "plans": readPlans(value, entry)
            case "strict":
                if let flag = value.bool { config.strict = flag } else { wrongType(entry, value, expected: .boolean) }
            case "allow": config.allow = readCodes(value, entry, raising: false)
            case "deny": config.deny = readCodes(value, entry, raising: true)
            default: readLanguage(value, entry)
            }
        }
        for code in config.allow.intersection(config.deny).sorted() {
            let range = locator.entry("deny").flatMap { entry in
                entry.elements.first { file.text($0.bytes).contains(code.rawValue) }
            } ?? .empty
            problem(.allowedAndDenied(code: code.rawValue), range, help: .allowedAndDeniedHelp)
        }
    }

    mutating func wrongType(_ entry: TOMLLocator.Entry, _ value: any TOMLValueConvertible, expected: ConfigMessage.Expected) {
        problem(.wrongType(key: entry.key, expected: expected, found: Self.describe(value)), entry.valueRange)
    }

    static func describe(_ value: any TOMLValueConvertible) -> ConfigMessage.Found {
        switch value.type {
        case .string: return .string
        case .int: return .integer
        case .double: return .number
        case .bool: return .boolean
        case .array: return .array
        case .table: return .table
        default: return .dateOrTime
        }
    }

    /// The strings of an array value with their ranges; problems for anything else.
    mutating func strings(_ value: any TOMLValueConvertible, _ entry: TOMLLocator.Entry, what: ConfigMessage.Items) -> [(String, SourceRange)]? {
        guard let array = value.array else {
            wrongType(entry, value, expected: .list(of: what))
            return nil
        }
        var result: [(String, SourceRange)] = []
        for (index, element) in array.enumerated() {
            let range = index < entry.elements.count ? entry.elements[index] : entry.valueRange
            guard let text = element.string else {
                problem(.listNotQuoted(key: entry.key, items: what, found: Self.describe(element)), range)
                continue
            }
            result.append((text, range))
        }
        return result
    }

    mutating func readPlans(_ value: any TOMLValueConvertible, _ entry: TOMLLocator.Entry) {
        guard let folders = strings(value, entry, what: .folders) else { return }
        var plans: [String] = []
        for (folder, range) in folders {
            if folder.isEmpty || folder.hasPrefix("/") || folder.split(separator: "/").contains("..") {
                problem(.folderNotRelative(folder: folder), range, help: .folderNotRelativeHelp)
                continue
            }
            plans.append(folder)
        }
        config.plans = plans.isEmpty && folders.isEmpty ? [] : plans
        if folders.isEmpty { problem(.noFolders, entry.valueRange, help: .noFoldersHelp) }
    }

    mutating func readCodes(_ value: any TOMLValueConvertible, _ entry: TOMLLocator.Entry, raising: Bool) -> Set<DiagnosticCode> {
        guard let items = strings(value, entry, what: .codes) else { return [] }
        var codes: Set<DiagnosticCode> = []
        for (text, range) in items {
            guard let code = DiagnosticCode(rawValue: text) else {
                problem(.unknownCode(code: text, key: entry.key), range,
                        suggestion: Suggestion.closest(to: text, preferred: DiagnosticCode.allCases.map(\.rawValue)))
                continue
            }
            if raising, code.severity == .error {
                problem(.alreadyError(code: code.rawValue), range)
                continue
            }
            if !raising, !code.isSuppressible {
                problem(.cannotAllow(code: code.rawValue), range)
                continue
            }
            codes.insert(code)
        }
        return codes
    }

    mutating func readLanguage(_ value: any TOMLValueConvertible, _ entry: TOMLLocator.Entry) {
        guard let text = value.string else { return wrongType(entry, value, expected: .languageCode) }
        guard let language = Language(rawValue: text) else {
            let names = Language.allCases.map(\.rawValue)
            problem(.unknownLanguage(language: text), entry.valueRange,
                    suggestion: Suggestion.closest(to: text, preferred: names), help: .languagesHelp(languages: names))
            return
        }
        config.language = language
        config.writtenLanguage = language
    }

    /// The byte range at a 1-based line and column (columns in Unicode scalars).
    func range(line: Int, column: Int) -> SourceRange {
        guard line >= 1, line <= file.lineCount else { return SourceRange(file.bytes.count, file.bytes.count) }
        var offset = file.lineStarts[line - 1]
        var remaining = column - 1
        while remaining > 0, offset < file.bytes.count, file.bytes[offset] != 0x0A {
            offset += 1
            while offset < file.bytes.count, file.bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return SourceRange(offset, offset)
    }
}
