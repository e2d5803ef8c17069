import CoplanCore
import CoplanSyntax
import CoplanModel
/// Prints a syntax tree back as canonical `.plan` text: attributes in schema order (agreement
/// party clauses after `parties`/`period`/`signed`, unknown attributes last), two-space
/// indentation, one blank line between declarations, lists as `a, b, c` wrapped after commas
/// with aligned continuation lines, comments kept where they apply, and every keyword in the
/// language the file mostly uses.
///
/// Formatting is idempotent and keeps meaning: the output resolves to the same model as the
/// input. Files with syntax errors are refused rather than guessed at.
package struct PlanFormatter: Sendable {
    package struct Options: Sendable {
        /// Lines longer than this wrap their lists.
        package var width = 100
        package var indent = 2

        package init() {}
    }

    /// The file has syntax errors; nothing was formatted.
    package struct SyntaxErrors: Error, Sendable {
        package var diagnostics: [Diagnostic]
    }

    package var options: Options

    package init(options: Options = Options()) {
        self.options = options
    }

    /// Formats a parsed file.
    package func format(_ tree: SyntaxTree) throws(SyntaxErrors) -> String {
        guard tree.diagnostics.isEmpty else { throw SyntaxErrors(diagnostics: tree.diagnostics) }
        var printer = FormatPrinter(tree: tree, options: options)
        return printer.print()
    }

    /// Parses and formats a file.
    package func format(_ file: SourceFile) throws(SyntaxErrors) -> String {
        try format(Parser.parse(file))
    }

    /// Parses and formats text.
    package func format(text: String, path: String = "<input>") throws(SyntaxErrors) -> String {
        try format(SourceFile(path: path, text: text))
    }

    /// One declaration of a tree on its own (no comments): what `:show` prints. Its keywords
    /// follow `language`, else the language the declaration itself mostly uses (reading the
    /// whole file would cost as much as formatting it).
    package func format(declaration: DeclarationSyntax, in tree: SyntaxTree, language: KeywordLanguage? = nil) -> String {
        let single = SyntaxTree(file: tree.file, items: [.declaration(declaration)], comments: [], diagnostics: [])
        var printer = FormatPrinter(tree: single, options: options, language: language ?? single.keywordLanguage)
        return printer.print()
    }
}

/// The state of one formatting run.
struct FormatPrinter {
    let tree: SyntaxTree
    let options: Options
    let language: KeywordLanguage
    let layout: [ItemLayout]
    let comments: CommentPlacement
    var lines: [String] = []

    typealias Options = PlanFormatter.Options

    init(tree: SyntaxTree, options: Options, language: KeywordLanguage? = nil) {
        self.tree = tree
        self.options = options
        // The count messages use too (`SyntaxTree.keywordLanguage`), so a formatted file gets
        // the same help as the file it came from.
        self.language = language ?? tree.keywordLanguage
        layout = tree.items.map { ItemLayout($0, tree: tree) }
        comments = CommentPlacement(tree, layout: layout)
    }

    mutating func print() -> String {
        for (i, item) in tree.items.enumerated() {
            let group = comments.group(.item(i))
            if i > 0 {
                let bothImports = isImport(i - 1) && isImport(i)
                if !bothImports || (group.comments.first?.blankBefore ?? false) { lines.append("") }
            }
            emit(group, indent: 0)
            switch item {
            case .importStatement(let statement): printImport(statement, i)
            case .declaration(let declaration): printDeclaration(declaration, i)
            }
        }
        let end = comments.group(.endOfFile)
        if !end.comments.isEmpty {
            if !tree.items.isEmpty { lines.append("") }
            emit(end, indent: 0)
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    func isImport(_ i: Int) -> Bool {
        if case .importStatement = tree.items[i] { return true }
        return false
    }

    /// A leading comment group: blank lines inside it and before its item are kept (one at most).
    mutating func emit(_ group: CommentPlacement.Group, indent: Int) {
        let pad = String(repeating: " ", count: indent)
        for (index, comment) in group.comments.enumerated() {
            if index > 0, comment.blankBefore { lines.append("") }
            lines.append(pad + comment.text)
        }
        if !group.comments.isEmpty, group.blankAfter { lines.append("") }
    }

    func withTrailing(_ line: String, _ comment: String?) -> String {
        guard let comment else { return line }
        return line + "  " + comment
    }

    mutating func printImport(_ statement: ImportSyntax, _ i: Int) {
        var line = language.spell(.import, written: statement.keyword.text)
        if let path = statement.path { line += " " + LiteralPrinter.quoted(path.text) }
        lines.append(withTrailing(line, comments.trailing(.header(i))))
    }

    mutating func printDeclaration(_ declaration: DeclarationSyntax, _ i: Int) {
        var header = language.spell(declaration.kind.keyword, written: declaration.keyword.text) + " " + declaration.name.text
        if let display = declaration.displayName {
            header += " " + LiteralPrinter.print(display, file: tree.file, indent: 0)
        }
        let ordered = declaration.attributes.enumerated()
            .map { (index: $0.offset, attribute: $0.element, shape: AttributeShape($0.element, in: declaration.kind)) }
            .sorted { ($0.shape.rank, $0.index) < ($1.shape.rank, $1.index) }
        if let line = oneLine(declaration, i, header: header, ordered.first.map { ($0.attribute, $0.shape) }) {
            lines.append(line)
            return
        }
        lines.append(withTrailing(header + " {", comments.trailing(.header(i))))
        for (position, entry) in ordered.enumerated() {
            emit(comments.group(.attribute(i, entry.index)), indent: options.indent)
            var attributeLines = attributeText(entry.attribute, entry.shape, indent: options.indent, last: position == ordered.count - 1)
            attributeLines[attributeLines.count - 1] = withTrailing(attributeLines[attributeLines.count - 1],
                                                                   comments.trailing(.attribute(i, entry.index)))
            lines += attributeLines
        }
        emit(comments.group(.close(i)), indent: options.indent)
        lines.append(withTrailing("}", comments.trailing(.close(i))))
    }

    /// `need x "…" { sectors a, b }` stays on one line when it was written on one line, has at
    /// most one attribute and no comment inside, and fits; an empty body is always `{}`.
    func oneLine(_ declaration: DeclarationSyntax, _ i: Int, header: String, _ first: (AttributeSyntax, AttributeShape)?) -> String? {
        let counts = comments.count(inDeclaration: i, attributes: declaration.attributes.count)
        guard declaration.attributes.count <= 1, counts.leading == 0, counts.trailing <= 1,
              !header.contains("\n") else { return nil }
        let trailing = comments.trailing(.header(i)) ?? comments.trailing(.close(i)) ?? comments.trailing(.attribute(i, 0))
        guard let (attribute, shape) = first else { return withTrailing(header + " {}", trailing) }
        let file = tree.file
        guard file.lineIndex(containing: declaration.range.start) == file.lineIndex(containing: declaration.range.end - 1) else { return nil }
        let body = attributeText(attribute, shape, indent: 0, wrap: false)
        guard body.count == 1, !body[0].contains("\n") else { return nil }
        let line = header + " { " + body[0] + " }"
        guard line.count <= options.width else { return nil }
        return withTrailing(line, trailing)
    }

    /// An attribute's lines: its keyword in the file's language, then its atoms; a list is
    /// `a, b, c`, wrapped after commas when too long, continuation aligned under the first item.
    /// `last`: no attribute follows before the closing `}`.
    func attributeText(_ attribute: AttributeSyntax, _ shape: AttributeShape, indent: Int, wrap: Bool = true, last: Bool = true) -> [String] {
        let pad = String(repeating: " ", count: indent)
        let name = shape.nameKeyword.map { language.spell($0, written: attribute.name.text) } ?? attribute.name.text
        var items: [String] = []
        var current: [String] = []
        for (index, atom) in attribute.atoms.enumerated() {
            if atom.kind == .comma {
                items.append(current.joined(separator: " "))
                current = []
                continue
            }
            if let site = shape.keywordAtoms[index] {
                current.append(language.spell(site.keyword, written: atom.text, count: site.count))
            } else {
                current.append(LiteralPrinter.print(atom, file: tree.file, indent: indent))
            }
        }
        items.append(current.joined(separator: " "))
        let prefix = pad + name
        guard !(items.count == 1 && items[0].isEmpty) else { return [prefix] }
        // Items with a comma after them, the last without; an empty last item is a trailing comma.
        var pieces = items.enumerated().map { $0.offset < items.count - 1 ? $0.element + "," : $0.element }.filter { !$0.isEmpty }
        // A trailing comma would carry the list over the line end into the next attribute when
        // read back (fuzzing found `require a, b,;` turning into one attribute): end it with `;`.
        if !last, items.count > 1, items[items.count - 1].isEmpty { pieces[pieces.count - 1] += ";" }
        let single = prefix + " " + pieces.joined(separator: " ")
        if !wrap || items.count == 1 || single.count <= options.width || single.contains("\n") { return [single] }
        var continuation = prefix.count + 1
        if continuation > options.width / 2 { continuation = indent + 4 }
        var result: [String] = []
        var line = prefix + " "
        var lineHasItem = false
        for piece in pieces {
            if lineHasItem, line.count + 1 + piece.count > options.width {
                result.append(line)
                line = String(repeating: " ", count: continuation) + piece
            } else {
                line += (lineHasItem ? " " : "") + piece
            }
            lineHasItem = true
        }
        result.append(line)
        return result
    }
}
