import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
/// Inline suppressions (docs/LANGUAGE.md §8): `# coplan: allow CODE[, CODE…]` at the end of a line
/// silences those codes for findings that start on that line; on a line of its own directly
/// before a declaration, for findings anywhere in that declaration. Errors E1xx–E2xx cannot be
/// suppressed, and a suppression that silences nothing is itself reported (W403), so stale
/// suppressions do not pile up.
///
/// A stage of its own, run once all findings of a check are known: only then is it clear
/// whether a suppression was used.
package struct Suppression: Sendable {
    /// One code named by the comment, where it is written.
    package struct Entry: Sendable {
        package var code: DiagnosticCode
        package var span: SourceSpan
    }

    package var entries: [Entry]
    /// The byte range whose findings are silenced: one line, or one declaration.
    package var scope: SourceRange
    package var appliesToDeclaration: Bool
}

extension Suppression {
    /// What a file's comments say: its suppressions, and W403 findings for comments that
    /// name unknown or unsuppressible codes or stand where they cannot apply.
    package static func suppressions(in tree: SyntaxTree) -> (suppressions: [Suppression], diagnostics: [Diagnostic]) {
        var result: [Suppression] = []
        var diagnostics: [Diagnostic] = []
        let file = tree.file
        let bytes = file.bytes
        for comment in tree.comments {
            guard let directive = Directive(bytes: bytes, comment: comment) else { continue }
            func warn(_ message: SuppressionMessage, _ range: SourceRange, suggestion: String? = nil, help: SuppressionMessage? = nil) {
                diagnostics.append(Diagnostic(.W403, message.text, at: SourceSpan(file: file, range: range), suggestion: suggestion, help: help?.text))
            }
            guard directive.verb.text == "allow" else {
                warn(.unknownVerb(verb: directive.verb.text), directive.verb.range,
                     suggestion: Suggestion.closest(to: directive.verb.text, preferred: ["allow"]), help: .writeAllowHelp)
                continue
            }
            var entries: [Entry] = []
            for word in directive.codes {
                guard let code = DiagnosticCode(rawValue: word.text) else {
                    warn(.unknownCode(code: word.text), word.range,
                         suggestion: Suggestion.closest(to: word.text, preferred: DiagnosticCode.allCases.map(\.rawValue)))
                    continue
                }
                guard code.isSuppressible else {
                    warn(.notSuppressible(code: code.rawValue), word.range)
                    continue
                }
                entries.append(Entry(code: code, span: SourceSpan(file: file, range: word.range)))
            }
            if directive.codes.isEmpty {
                warn(.namesNoCode, directive.verb.range, help: .writeAllowHelp)
            }
            guard !entries.isEmpty else { continue }
            let line = file.lineIndex(containing: comment.start)
            let lineStart = file.lineStarts[line]
            let standalone = bytes[lineStart..<comment.start].allSatisfy { $0 == 0x20 || $0 == 0x09 }
            if !standalone {
                result.append(Suppression(entries: entries, scope: SourceRange(lineStart, comment.end), appliesToDeclaration: false))
            } else if let declaration = declaration(after: comment, in: tree) {
                result.append(Suppression(entries: entries, scope: declaration, appliesToDeclaration: true))
            } else {
                warn(.standaloneMisplaced, SourceRange(comment.start, comment.end), help: .standaloneMisplacedHelp)
            }
        }
        return (result, diagnostics)
    }

    /// The declaration that starts right after `comment`, with only other comments between
    /// (no blank line, no other code).
    static func declaration(after comment: SourceRange, in tree: SyntaxTree) -> SourceRange? {
        // Items are in source order; find the first that starts after the comment.
        var low = 0, high = tree.items.count
        while low < high {
            let mid = (low + high) / 2
            if tree.items[mid].range.start < comment.end { low = mid + 1 } else { high = mid }
        }
        guard low < tree.items.count, case .declaration(let declaration) = tree.items[low] else { return nil }
        // Everything between must be line ends, blanks or comments, with no empty line.
        let file = tree.file
        var line = file.lineIndex(containing: comment.start) + 1
        let target = file.lineIndex(containing: declaration.range.start)
        while line < target {
            let text = file.lineText(line + 1).drop { $0 == " " || $0 == "\t" }
            if !text.hasPrefix("#") { return nil }
            line += 1
        }
        // The declaration must begin its line.
        let start = file.lineStarts[target]
        guard file.bytes[start..<declaration.range.start].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { return nil }
        return declaration.range
    }

    /// Drops the findings that suppressions silence and adds W403 for every suppressed code
    /// that silenced nothing. `trees` are all files of the check, each once.
    package static func apply(_ diagnostics: [Diagnostic], trees: [SyntaxTree]) -> (kept: [Diagnostic], silenced: [Diagnostic]) {
        var byFile: [ObjectIdentifier: [Suppression]] = [:]
        var extra: [Diagnostic] = []
        for tree in trees where !tree.comments.isEmpty {
            let (suppressions, problems) = suppressions(in: tree)
            extra += problems
            if !suppressions.isEmpty { byFile[ObjectIdentifier(tree.file)] = suppressions }
        }
        guard !byFile.isEmpty else { return (diagnostics + extra, []) }
        var used = Set<UsedKey>()
        var kept: [Diagnostic] = []
        var silencedOnes: [Diagnostic] = []
        kept.reserveCapacity(diagnostics.count)
        for diagnostic in diagnostics {
            guard diagnostic.code.isSuppressible, let span = diagnostic.span,
                  let suppressions = byFile[ObjectIdentifier(span.file)] else {
                kept.append(diagnostic)
                continue
            }
            var silenced = false
            for suppression in suppressions where suppression.covers(span.range.start) {
                for entry in suppression.entries where entry.code == diagnostic.code {
                    used.insert(UsedKey(span: entry.span))
                    silenced = true
                }
            }
            if silenced { silencedOnes.append(diagnostic) } else { kept.append(diagnostic) }
        }
        for suppressions in byFile.values {
            for suppression in suppressions {
                for entry in suppression.entries where !used.contains(UsedKey(span: entry.span)) {
                    let message = SuppressionMessage.stale(code: entry.code.rawValue, inDeclaration: suppression.appliesToDeclaration)
                    extra.append(Diagnostic(.W403, message.text, at: entry.span, help: SuppressionMessage.removeStaleHelp.text))
                }
            }
        }
        return (kept + extra, silencedOnes)
    }

    /// Whether a finding starting at `offset` lies in the scope (a declaration's first byte
    /// counts even for an empty range).
    func covers(_ offset: Int) -> Bool {
        offset == scope.start || (scope.start < offset && offset < scope.end)
    }

    private struct UsedKey: Hashable {
        var span: SourceSpan
    }
}

/// The words of a `# coplan: VERB CODE, …` comment with their byte ranges.
struct Directive {
    var verb: Word
    var codes: [Word]

    /// nil when the comment is not a coplan directive at all.
    init?(bytes: [UInt8], comment: SourceRange) {
        var index = comment.start + 1
        let end = comment.end
        func skipBlanks() { while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 } }
        func word() -> Word? {
            let start = index
            while index < end, Self.isWordByte(bytes[index]) { index += 1 }
            return index > start ? Word(text: String(decoding: bytes[start..<index], as: UTF8.self), range: SourceRange(start, index)) : nil
        }
        skipBlanks()
        let prefix = Array("coplan:".utf8)
        guard end - index >= prefix.count, Array(bytes[index..<index + prefix.count]) == prefix else { return nil }
        index += prefix.count
        skipBlanks()
        guard let verb = word() else { return nil }
        self.verb = verb
        codes = []
        // Codes separated by commas or blanks; the first word that is not shaped like a code
        // starts a free-text reason (`# coplan: allow W400 -- kept for the registry`).
        while true {
            skipBlanks()
            if index < end, bytes[index] == 0x2C { index += 1; continue }
            let save = index
            guard let code = word(), Self.looksLikeCode(code.text) else { index = save; break }
            codes.append(code)
        }
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (0x30...0x39).contains(byte) || byte == 0x5F
    }

    /// A letter and a few more letters or digits, at least one a digit (`W400`, a mistyped
    /// `W40O`): worth a "did you mean" when unknown. Other words start a free-text reason.
    static func looksLikeCode(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard (2...5).contains(bytes.count), (bytes[0] | 0x20) >= 0x61, (bytes[0] | 0x20) <= 0x7A else { return false }
        return bytes.dropFirst().contains { (0x30...0x39).contains($0) }
    }
}
