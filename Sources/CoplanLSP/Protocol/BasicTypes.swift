/// The LSP structures shared by several features. Feature-specific ones live with their
/// feature in `Features/`.

package struct Position: Codable, Sendable, Hashable, Comparable {
    package var line: Int
    package var character: Int

    package init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    package static func < (lhs: Position, rhs: Position) -> Bool {
        (lhs.line, lhs.character) < (rhs.line, rhs.character)
    }
}

package struct LSPRange: Codable, Sendable, Hashable {
    package var start: Position
    package var end: Position

    package init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    /// Whether two ranges share a position (touching counts, as editors ask with empty ranges).
    func touches(_ other: LSPRange) -> Bool {
        !(end < other.start || other.end < start)
    }
}

package struct Location: Codable, Sendable, Hashable {
    package var uri: String
    package var range: LSPRange
}

package struct TextDocumentIdentifier: Codable, Sendable {
    package var uri: String
}

package struct TextDocumentPositionParams: Codable, Sendable {
    package var textDocument: TextDocumentIdentifier
    package var position: Position
}

package struct TextEdit: Codable, Sendable, Hashable {
    package var range: LSPRange
    package var newText: String
}

package struct WorkspaceEdit: Codable, Sendable {
    package var changes: [String: [TextEdit]]
}

package enum MarkupKind: String, Codable, Sendable {
    case plaintext, markdown
}

package struct MarkupContent: Codable, Sendable {
    package var kind: MarkupKind
    package var value: String
}

/// LSP's SymbolKind numbers used for plan entities.
package enum SymbolKind: Int, Codable, Sendable {
    case file = 1, module = 2, namespace = 3, package = 4, `class` = 5, method = 6, property = 7, field = 8
    case constructor = 9, `enum` = 10, interface = 11, function = 12, variable = 13, constant = 14
    case string = 15, number = 16, boolean = 17, array = 18, object = 19, key = 20, null = 21
    case enumMember = 22, `struct` = 23, event = 24, `operator` = 25, typeParameter = 26
}
