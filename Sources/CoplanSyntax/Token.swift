import CoplanCore
/// A lexical token: a kind and a byte range. Values (a string's text, a number) are decoded
/// by the parser only when it needs them, so lexing allocates nothing per token.
package struct Token: Sendable, Hashable {
    package var kind: TokenKind
    package var start: Int
    package var end: Int

    package var range: SourceRange { SourceRange(start, end) }
}

package enum TokenKind: UInt8, Sendable {
    case identifier, string, textBlock, number, percent, date
    case dotDot, comma, semicolon, newline, leftBrace, rightBrace
    case equal, greaterEqual, lessEqual, greater, less
    /// Bytes that form no token; the lexer has already reported them.
    case invalid
    case end

    /// How the token is named in "expected …, found …" messages.
    package var describe: String {
        switch self {
        case .identifier: return "a name"
        case .string: return "a string"
        case .textBlock: return "a text block"
        case .number: return "a number"
        case .percent: return "a percentage"
        case .date: return "a date"
        case .dotDot: return "`..`"
        case .comma: return "`,`"
        case .semicolon: return "`;`"
        case .newline: return "the end of the line"
        case .leftBrace: return "`{`"
        case .rightBrace: return "`}`"
        case .equal: return "`=`"
        case .greaterEqual: return "`>=`"
        case .lessEqual: return "`<=`"
        case .greater: return "`>`"
        case .less: return "`<`"
        case .invalid: return "an invalid character"
        case .end: return "the end of the file"
        }
    }
}
