import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
import CoplanFormat
import CoplanEmit
/// TAB completion that knows where the cursor stands: command names after `:`, declaration
/// kinds at the start of a line, a kind's attributes inside its block, and names of the right
/// kind after `parties`, `by`, `for`, `meets`, `--without` and the like; file paths after
/// `:load` (listed by the front end, since the library does no I/O).
package struct Completion: Sendable, Equatable {
    /// The partial word before the cursor that the candidates complete.
    package var word: String
    /// Full words that start with `word`, sorted.
    package var candidates: [String]

    package init(word: String, candidates: [String]) {
        self.word = word
        self.candidates = candidates
    }

    /// Text to insert at the cursor: the candidates' common extension of `word`, and a space
    /// after a single complete candidate (not after a folder, which ends in `/`).
    package var insertion: String {
        guard let first = candidates.first else { return "" }
        if candidates.count == 1 {
            return String(first.dropFirst(word.count)) + (first.hasSuffix("/") ? "" : " ")
        }
        var common = first[...]
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(common) { common = common.dropLast() }
        }
        return String(common.dropFirst(min(word.count, common.count)))
    }
}

/// Computes completions from a session's model; `paths` lists file-system entries starting
/// with a prefix (folders with a trailing `/`).
package struct Completer {
    package let model: PlanModel
    package let paths: (String) -> [String]

    package init(model: PlanModel, paths: @escaping (String) -> [String] = { _ in [] }) {
        self.model = model
        self.paths = paths
    }

    /// Completes `line` (the text before the cursor); `pending` are earlier lines of an
    /// unfinished entry (a declaration typed over several lines).
    package func complete(_ line: String, pending: [String] = []) -> Completion {
        if pending.isEmpty, line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix(":") {
            return completeCommand(line)
        }
        return completePlanText(line, pending: pending)
    }

    static func lastWord(_ text: String, separators: Set<Character>) -> String {
        String(text.reversed().prefix { !separators.contains($0) }.reversed())
    }

    func match(_ word: String, _ options: [String]) -> Completion {
        var seen = Set<String>()
        let candidates = options.filter { $0.hasPrefix(word) && seen.insert($0).inserted }.sorted()
        return Completion(word: word, candidates: candidates)
    }

    func names(_ kind: DeclarationKind) -> [String] { model.headers(of: kind).map(\.name) }

    var allNames: [String] { Array(model.symbols.names) + (model.plan.map { [$0.name] } ?? []) }

    // MARK: commands

    func completeCommand(_ line: String) -> Completion {
        let text = String(line.drop(while: { $0 == " " || $0 == "\t" }).dropFirst())
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let endsInBlank = text.last == " " || text.last == "\t"
        // Still typing the command's name.
        if words.count <= 1, !endsInBlank {
            return match(":" + (words.first ?? ""), SessionCommand.names.map { ":" + $0 })
        }
        let command = SessionCommand.aliases[words[0]] ?? words[0]
        let word = endsInBlank ? "" : words.last ?? ""
        let before = Array(words.dropFirst().dropLast(endsInBlank ? 0 : 1))
        switch command {
        case "load":
            return Completion(word: word, candidates: paths(word).sorted())
        case "show", "drop":
            return before.isEmpty ? match(word, allNames) : match(word, [])
        case "emit":
            if before.last == "--format" { return match(word, EmitFormat.printed.map(\.name)) }
            if word.hasPrefix("-") { return match(word, ["--format"]) }
            return before.isEmpty ? match(word, Array(model.symbols.names)) : match(word, ["--format"])
        case "help":
            return match(word, SessionCommand.names)
        case "explain":
            return match(word, DiagnosticCode.allCases.map(\.rawValue))
        case "list":
            return completeList(word, before)
        case "gaps":
            if word.hasPrefix("-") { return match(word, ["--without", "--at"]) }
            if before.last == "--at" { return match(word, []) }
            if before.last(where: { $0.hasPrefix("--") }) == "--without" {
                let taken = Set(before.flatMap { $0.split(separator: ",").map(String.init) })
                return match(Self.lastWord(word, separators: [","]), names(.partner).filter { !taken.contains($0) })
            }
            return match(word, ["--without", "--at"])
        case "assert":
            switch before {
            case []: return match(word, ["coverage", "no", "gaps", "errors", "warnings"])
            case ["no"]: return match(word, ["gaps", "errors", "warnings"])
            case ["gaps"]: return match(word, ["for", ">=", "<=", "=="])
            case ["gaps", "for"]: return match(word, names(.group))
            default: return match(word, [])
            }
        default:
            return match(word, [])
        }
    }

    func completeList(_ word: String, _ before: [String]) -> Completion {
        switch before.count {
        case 0: return match(word, KindNames.englishPlurals.filter { $0 != "plans" })
        case 1: return match(word, ["where"])
        case 2:
            guard let kind = KindNames.kind(before[0]) else { return match(word, []) }
            return match(word, AttributeSchema.for(kind).rules.map(\.keyword.english))
        case 3: return match(word, ["="])
        case 4:
            guard let kind = KindNames.kind(before[0]), let rule = AttributeSchema.for(kind).rule(for: before[2]) else {
                return match(word, [])
            }
            return match(word, values(rule, position: 1, words: []))
        default: return match(word, [])
        }
    }

    // MARK: plan text

    func completePlanText(_ line: String, pending: [String]) -> Completion {
        let context = (pending + [line]).joined(separator: "\n")
        let (kind, statement) = Self.statement(context)
        let separators: Set<Character> = [" ", "\t", ",", "{", ";", "\n"]
        let word = Self.lastWord(statement, separators: separators)
        let before = statement.dropLast(word.count)
            .split(whereSeparator: { separators.contains($0) }).map(String.init)
        guard let kind else {
            // Top level: a declaration starts with its kind.
            guard before.isEmpty else { return match(word, []) }
            return match(word, keywordWords(DeclarationKind.allCases.map(\.keyword) + [.import], prefix: word))
        }
        if before.isEmpty {
            var options = keywordWords(AttributeSchema.for(kind).rules.map(\.keyword), prefix: word)
            if AttributeSchema.for(kind).takesPartyClauses { options += names(.partner) }
            return match(word, options)
        }
        let schema = AttributeSchema.for(kind)
        if let rule = schema.rule(for: before[0]) {
            return match(word, values(rule, position: before.count, words: before))
        }
        if schema.takesPartyClauses, model.partner(named: before[0]) != nil {
            if before.count == 1 { return match(word, keywordWords([.provides, .commits], prefix: word)) }
            if Keyword.word(before[1], is: .provides) {
                // The party's own services first; every service is still offered.
                return match(word, names(.service))
            }
        }
        return match(word, [])
    }

    /// English and Polish canonical spellings of keywords (every spelling when only a
    /// diacritic-free one matches what was typed).
    func keywordWords(_ keywords: [Keyword], prefix: String) -> [String] {
        let canonical = keywords.flatMap { [$0.english, $0.polish] }
        if canonical.contains(where: { $0.hasPrefix(prefix) }) { return canonical }
        return keywords.flatMap(\.spellings)
    }

    /// What may follow an attribute's word, read from its value shape: names of the kind it
    /// refers to, the words of its closed set, or the keywords its value takes there.
    /// `position` is how many words of the attribute (its name included) come before the cursor.
    func values(_ rule: AttributeSpec, position: Int, words: [String]) -> [String] {
        let index = position - 1
        if let kind = rule.value.referencedKind { return names(kind) }
        switch rule.value {
        case .choice(let set): return set.values
        case .requirement where index > 0:
            if Keyword.word(words[1], is: .sectors) { return names(.sector) }
            if Keyword.word(words[1], is: .roles) { return names(.role) }
            return []
        default:
            func isWord(_ atom: Int, _ keyword: Keyword) -> Bool {
                atom + 1 < words.count && Keyword.word(words[atom + 1], is: keyword)
            }
            guard let slot = rule.value.keywordSlots(isWord: isWord).first(where: { $0.position == index }) else { return [] }
            return keywordWords(slot.candidates, prefix: "")
        }
    }

    /// The kind of the declaration whose block encloses the end of `text` (nil at top level)
    /// and the text of the statement being typed there. A statement starts after `{`, `;`,
    /// `}` or a line end that does not follow a `,` (lists continue over lines).
    static func statement(_ text: String) -> (DeclarationKind?, String) {
        let scalars = Array(text.unicodeScalars)
        var depth = 0
        var kind: DeclarationKind?
        var start = 0
        var headerStart = 0
        var lastSignificant: Unicode.Scalar = "\n"
        var index = 0
        var inString = false
        while index < scalars.count {
            let scalar = scalars[index]
            if inString {
                if scalar == "\\" { index += 2; continue }
                if scalar == "\"" || scalar == "\n" { inString = false }
                index += 1
                continue
            }
            switch scalar {
            case "\"": inString = true
            case "#":
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
                continue
            case "{":
                if depth == 0 {
                    let header = String(String.UnicodeScalarView(scalars[headerStart..<index]))
                    let first = header.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).first.map(String.init) ?? ""
                    kind = DeclarationKind(word: first)
                }
                depth += 1
                start = index + 1
            case "}":
                depth = max(0, depth - 1)
                if depth == 0 { kind = nil; headerStart = index + 1 }
                start = index + 1
            case ";":
                start = index + 1
                if depth == 0 { headerStart = index + 1 }
            case "\n":
                if lastSignificant != "," {
                    start = index + 1
                    if depth == 0 { headerStart = index + 1 }
                }
            default: break
            }
            if scalar != " " && scalar != "\t" && scalar != "\n" { lastSignificant = scalar }
            index += 1
        }
        let statement = String(String.UnicodeScalarView(scalars[min(start, scalars.count)...]))
        return (depth > 0 ? kind : nil, statement)
    }
}

extension Session {
    /// Completion against this session's plan.
    package func complete(_ line: String, pending: [String] = [], paths: @escaping (String) -> [String] = { _ in [] }) -> Completion {
        Completer(model: checked.model, paths: paths).complete(line, pending: pending)
    }
}
