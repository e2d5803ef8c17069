import CoplanKit

/// `textDocument/codeAction`: quick fixes for the findings of the last check that touch the
/// requested range — every "did you mean" (the suggestion replaces the word), a missing party
/// added to `parties`, `signs` added to a person, a stale code removed from its suppression,
/// and any suppressible finding silenced with `# coplan: allow CODE` on its line.
struct CodeActionParams: Decodable {
    var textDocument: TextDocumentIdentifier
    var range: LSPRange
}

struct CodeAction: Encodable {
    var title: String
    var kind = "quickfix"
    var diagnostics: [LSPDiagnostic]
    var isPreferred: Bool?
    var edit: WorkspaceEdit
}

extension LanguageServer {
    func codeActions(_ params: CodeActionParams) throws -> [CodeAction]? {
        guard let (document, analysis) = current(params.textDocument.uri) else { return nil }
        let file = analysis.file
        var actions: [CodeAction] = []
        for diagnostic in analysis.diagnostics {
            guard let span = diagnostic.span, span.file.path == file.path else { continue }
            let lsp = lspDiagnostic(diagnostic, in: file, language: analysis.language)
            guard lsp.range.touches(params.range) else { continue }
            func add(_ title: String, _ edits: [TextEdit], preferred: Bool? = nil) {
                actions.append(CodeAction(title: title, diagnostics: [lsp], isPreferred: preferred,
                                          edit: WorkspaceEdit(changes: [document.uri: edits])))
            }
            if let suggestion = diagnostic.suggestion {
                add(say(.replaceWith(suggestion)),
                    [TextEdit(range: lsp.range, newText: suggestion)], preferred: true)
            }
            if let (party, edit) = missingParty(diagnostic, analysis) {
                add(say(.addParty(party)), [edit], preferred: true)
            }
            if let (person, edit) = addSigns(diagnostic, analysis) {
                add(say(.addSigns(person: person)), [edit])
            }
            if let edit = removeSuppressedCode(diagnostic, analysis) {
                add(say(.removeStaleSuppression), [edit], preferred: true)
            }
            if diagnostic.code.isSuppressible, diagnostic.code != .W403, let edit = suppress(diagnostic, analysis) {
                add(say(.silenceOnLine(code: diagnostic.code.rawValue)), [edit])
            }
        }
        return actions
    }

    /// The declaration whose range holds an offset.
    func declaration(containing offset: Int, in tree: SyntaxTree) -> DeclarationSyntax? {
        for case .declaration(let declaration) in tree.items where declaration.range.start <= offset && offset < declaration.range.end {
            return declaration
        }
        return nil
    }

    /// E302 (a clause by a non-party) and E305 (a signatory's employer not a party): the
    /// partner appended to the agreement's `parties`.
    func missingParty(_ diagnostic: Diagnostic, _ analysis: FileAnalysis) -> (String, TextEdit)? {
        guard diagnostic.code == .E302 || diagnostic.code == .E305, let span = diagnostic.span, let model = analysis.model,
              let agreement = declaration(containing: span.range.start, in: analysis.tree), agreement.kind == .agreement else { return nil }
        var party: String?
        if diagnostic.code == .E302 {
            party = agreement.attributes.first { $0.range == span.range }?.name.text
        } else if let reference = model.reference(at: span), reference.symbol.kind == .person,
                  let employer = model.people[reference.symbol.index].of {
            party = model[employer].header.name
        }
        guard let party, model.partner(named: party) != nil else { return nil }
        let parties = agreement.attributes.first { Keyword.word($0.name.text, is: .parties) }
        guard let parties, let last = parties.atoms.last,
              // The party may already be listed (an E305 about another reason).
              !parties.atoms.contains(where: { $0.kind == .identifier && $0.text == party }) else { return nil }
        let at = encoding.position(of: last.range.end, in: analysis.file)
        return (party, TextEdit(range: LSPRange(start: at, end: at), newText: ", " + party))
    }

    /// E305 "may not sign": `signs` added to the person's declaration, in the file's language.
    func addSigns(_ diagnostic: Diagnostic, _ analysis: FileAnalysis) -> (String, TextEdit)? {
        guard diagnostic.code == .E305, let span = diagnostic.span, let model = analysis.model,
              let reference = model.reference(at: span), reference.symbol.kind == .person else { return nil }
        let person = model.people[reference.symbol.index]
        guard !person.signs, person.header.span.file.path == analysis.file.path,
              let declaration = declaration(containing: person.header.nameSpan.range.start, in: analysis.tree),
              let last = declaration.attributes.last else { return nil }
        let word = analysis.tree.keywordLanguage == .polish ? Keyword.signs.polish : Keyword.signs.english
        let file = analysis.file
        let lastLine = file.lineIndex(containing: last.range.start)
        let text: String
        if lastLine == file.lineIndex(containing: declaration.range.start) {
            text = "; " + word
        } else {
            let lineStart = file.lineStarts[lastLine]
            let indent = file.bytes[lineStart...].prefix { $0 == 0x20 || $0 == 0x09 }
            text = "\n" + String(decoding: indent, as: UTF8.self) + word
        }
        let at = encoding.position(of: last.range.end, in: file)
        return (person.header.name, TextEdit(range: LSPRange(start: at, end: at), newText: text))
    }

    /// W403 on a code inside `# coplan: allow …`: the code removed, or the whole comment when
    /// it was the only one (its line too, when the comment stood alone).
    func removeSuppressedCode(_ diagnostic: Diagnostic, _ analysis: FileAnalysis) -> TextEdit? {
        guard diagnostic.code == .W403, let span = diagnostic.span else { return nil }
        let file = analysis.file, bytes = file.bytes
        guard DiagnosticCode(rawValue: file.text(span.range.bytes)) != nil,
              let comment = analysis.tree.comments.first(where: { $0.start <= span.range.start && span.range.end <= $0.end }) else { return nil }
        let codes = Self.codeWords(in: comment, bytes: bytes)
        guard codes.contains(span.range) else { return nil }
        if codes.count == 1 {
            // The whole comment, with the blanks before it; the line when nothing else is on it.
            let line = file.lineIndex(containing: comment.start)
            let lineStart = file.lineStarts[line]
            var start = comment.start
            while start > lineStart, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
            var range = SourceRange(start, comment.end)
            if start == lineStart {
                let next = line + 1 < file.lineStarts.count ? file.lineStarts[line + 1] : bytes.count
                range = SourceRange(lineStart, next)
            }
            return TextEdit(range: encoding.range(of: range, in: file), newText: "")
        }
        // One of several: the code with the separator before it (after it, for the first).
        let index = codes.firstIndex(of: span.range)!
        let range = index == 0 ? SourceRange(codes[0].start, codes[1].start) : SourceRange(codes[index - 1].end, codes[index].end)
        return TextEdit(range: encoding.range(of: range, in: file), newText: "")
    }

    /// Ranges of the code words of a `# coplan: allow A, B …` comment (up to the free reason).
    static func codeWords(in comment: SourceRange, bytes: [UInt8]) -> [SourceRange] {
        let text = String(decoding: bytes[comment.start..<comment.end], as: UTF8.self)
        guard let allow = text.range(of: "allow") else { return [] }
        var index = comment.start + text.utf8.distance(from: text.utf8.startIndex, to: allow.upperBound.samePosition(in: text.utf8)!)
        var words: [SourceRange] = []
        func isWordByte(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (0x30...0x39).contains(byte) || byte == 0x5F }
        while index < comment.end {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x2C { index += 1; continue }
            let start = index
            while index < comment.end, isWordByte(bytes[index]) { index += 1 }
            let word = String(decoding: bytes[start..<index], as: UTF8.self)
            guard index > start, word.utf8.count <= 5, word.contains(where: \.isNumber) else { break }
            words.append(SourceRange(start, index))
        }
        return words
    }

    /// `# coplan: allow CODE` at the end of the finding's first line, or the code added to a
    /// suppression already there.
    func suppress(_ diagnostic: Diagnostic, _ analysis: FileAnalysis) -> TextEdit? {
        guard let span = diagnostic.span else { return nil }
        let file = analysis.file
        let line = file.lineIndex(containing: span.range.start)
        let end = PositionEncoding.contentEnd(file, line: line)
        let code = diagnostic.code.rawValue
        if let comment = analysis.tree.comments.first(where: { file.lineIndex(containing: $0.start) == line }) {
            let existing = Self.codeWords(in: comment, bytes: file.bytes)
            let text = file.text(comment.bytes)
            if let last = existing.last, text.dropFirst().drop(while: { $0 == " " }).hasPrefix("coplan:") {
                let at = encoding.position(of: last.end, in: file)
                return TextEdit(range: LSPRange(start: at, end: at), newText: ", " + code)
            }
            // Another comment on the line: the directive goes first and the comment follows it.
            let at = encoding.position(of: comment.start, in: file)
            return TextEdit(range: LSPRange(start: at, end: at), newText: "# coplan: allow \(code) ")
        }
        let at = encoding.position(of: end, in: file)
        return TextEdit(range: LSPRange(start: at, end: at), newText: "  # coplan: allow \(code)")
    }
}
