import CoplanKit

/// Which name stands at a place: a declaration's own name or a resolved reference. Shared by
/// hover, definition, references and rename, so they agree on what a name is: only words the
/// resolver read as names (never strings, comments or enumerated values).
struct NameAtCursor {
    var symbol: Symbol
    var name: String
    /// The word under the cursor.
    var span: SourceSpan
}

extension FileAnalysis {
    /// The name at a byte offset (a cursor right after a word still counts).
    func name(at offset: Int) -> NameAtCursor? {
        guard let model else { return nil }
        let path = file.path
        func contains(_ range: SourceRange) -> Bool { range.start <= offset && offset <= range.end }
        let numbers = model.fileNumbers(at: path)
        for reference in model.references where numbers.contains(reference.file) && contains(reference.range) {
            let header = model.header(of: reference.symbol)
            return NameAtCursor(symbol: reference.symbol, name: header.name, span: model.span(of: reference))
        }
        for case .declaration(let declaration) in tree.items where contains(declaration.name.range) {
            if declaration.kind == .plan, let plan = model.plan, plan.header.nameSpan.file.path == path,
               plan.header.nameSpan.range == declaration.name.range {
                return NameAtCursor(symbol: Symbol(kind: .plan, index: 0), name: plan.header.name,
                                    span: SourceSpan(file: file, range: declaration.name.range))
            }
            guard let symbol = model.symbol(declaration.name.text) else { return nil }
            let header = model.header(of: symbol)
            // A duplicate declaration (E201) is not the symbol's.
            guard header.nameSpan.file.path == path, header.nameSpan.range == declaration.name.range else { return nil }
            return NameAtCursor(symbol: symbol, name: header.name, span: header.nameSpan)
        }
        return nil
    }
}

extension PlanModel {
    /// Every place a symbol's name is written: its declaration first, then its references.
    func occurrences(of symbol: Symbol) -> [SourceSpan] {
        let header = self.header(of: symbol)
        var spans: [SourceSpan] = header.isPredeclared ? [] : [header.nameSpan]
        for reference in references where reference.symbol == symbol { spans.append(span(of: reference)) }
        return spans
    }
}
