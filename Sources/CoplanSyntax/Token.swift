import CoplanCore
/// A lexical token: a kind and a byte range. Values (a string's text, a number) are decoded
/// by the parser only when it needs them, so lexing allocates nothing per token.
package struct Token: Sendable, Hashable {
    package var kind: TokenKind
    package var start: Int
    package var end: Int
    /// An ASCII identifier's `WordHash`, folded in while the lexer found its end, so that
    /// numbering the word does not read its bytes again; nil for any other token.
    package var wordHash: Int?

    package init(kind: TokenKind, start: Int, end: Int, wordHash: Int? = nil) {
        self.kind = kind
        self.start = start
        self.end = end
        self.wordHash = wordHash
    }

    package var range: SourceRange { SourceRange(start, end) }
}

package enum TokenKind: UInt8, Sendable {
    case identifier, string, textBlock, number, percent, date
    case dotDot, comma, semicolon, newline, leftBrace, rightBrace
    case equal, greaterEqual, lessEqual, greater, less
    /// Bytes that form no token; the lexer has already reported them.
    case invalid
    case end
}
