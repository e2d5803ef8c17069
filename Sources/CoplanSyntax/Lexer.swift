import CoplanCore
/// Turns UTF-8 bytes into tokens on demand, recording comments as trivia and reporting
/// malformed input (invalid UTF-8, stray characters, unterminated strings, impossible dates)
/// as diagnostics instead of failing.
///
/// Works on an unsafe buffer for speed; the parser owns the buffer's lifetime.
package struct Lexer {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: SourceFile
    private(set) var position: Int
    /// Comment ranges in source order (from `#` to the end of the line, line end excluded).
    private(set) var comments: [SourceRange] = []
    private(set) var diagnostics: [Diagnostic] = []

    package init(bytes: UnsafeBufferPointer<UInt8>, file: SourceFile) {
        self.bytes = bytes
        self.file = file
        position = file.textStart
    }

    package mutating func next() -> Token {
        skipBlanksAndComments()
        let start = position
        guard position < bytes.count else { return Token(kind: .end, start: start, end: start) }
        let byte = bytes[position]
        switch byte {
        case 0x0A:
            position += 1
            return Token(kind: .newline, start: start, end: position)
        case 0x22: // "
            return lexString()
        case 0x30...0x39:
            return lexNumber()
        case 0x2C: position += 1; return Token(kind: .comma, start: start, end: position)
        case 0x3B: position += 1; return Token(kind: .semicolon, start: start, end: position)
        case 0x7B: position += 1; return Token(kind: .leftBrace, start: start, end: position)
        case 0x7D: position += 1; return Token(kind: .rightBrace, start: start, end: position)
        case 0x2E where peek(1) == 0x2E:
            position += 2
            return Token(kind: .dotDot, start: start, end: position)
        case 0x3D:
            position += peek(1) == 0x3D ? 2 : 1
            return Token(kind: .equal, start: start, end: position)
        case 0x3E:
            if peek(1) == 0x3D { position += 2; return Token(kind: .greaterEqual, start: start, end: position) }
            position += 1
            return Token(kind: .greater, start: start, end: position)
        case 0x3C:
            if peek(1) == 0x3D { position += 2; return Token(kind: .lessEqual, start: start, end: position) }
            position += 1
            return Token(kind: .less, start: start, end: position)
        default:
            if byte < 0x80 { return Self.startsIdentifier(byte) ? lexIdentifier() : lexInvalid() }
            if isIdentifierStart(at: position) { return lexIdentifier() }
            return lexInvalid()
        }
    }

    private func peek(_ offset: Int) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    @inline(__always)
    private mutating func skipBlanksAndComments() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0D:
                // Indentation runs: counted in a local, not in the stored position.
                var index = position + 1
                while index < bytes.count, bytes[index] == 0x20 { index += 1 }
                position = index
            case 0x23: // # comment to the end of the line
                let start = position
                while position < bytes.count, bytes[position] != 0x0A {
                    if bytes[position] >= 0x80 { validateScalar() } else { position += 1 }
                }
                var end = position
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                comments.append(SourceRange(start, end))
            default:
                return
            }
        }
    }

    // MARK: identifiers

    private func isIdentifierStart(at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return Self.startsIdentifier(byte) }
        guard let (scalar, _) = UTF8Decoding.scalar(in: bytes, at: index) else { return false }
        return scalar.properties.isAlphabetic
    }

    /// ASCII bytes that continue an identifier (letters, digits, `_`, `-`), as bit sets of
    /// bytes 0–63 and 64–127: one shift and mask a byte in the loop that reads every name.
    private static let continuesLow: UInt64 = (1 << 0x2D) | (0x3FF << 0x30)
    private static let continuesHigh: UInt64 = (0x3FF_FFFF << 1) | (1 << 31) | (0x3FF_FFFF << 33)

    /// An ASCII byte that starts an identifier: a letter or `_`.
    @inline(__always) private static func startsIdentifier(_ byte: UInt8) -> Bool {
        byte == 0x5F || (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    /// An ASCII byte that continues an identifier (`byte < 0x80`).
    @inline(__always) private static func continuesIdentifier(_ byte: UInt8) -> Bool {
        ((byte < 0x40 ? continuesLow : continuesHigh) >> UInt64(byte & 0x3F)) & 1 == 1
    }

    /// Reads an identifier, folding its bytes into its `WordHash` on the way. Names are a
    /// third of a plan's bytes and almost all ASCII, so the loop over ASCII bytes keeps its
    /// place in a local and leaves other letters to `lexIdentifierRest`.
    private mutating func lexIdentifier() -> Token {
        let start = position
        var index = position
        var hash = WordHash.start
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            guard byte < 0x80, Self.continuesIdentifier(byte) else { break }
            hash = WordHash.step(hash, byte)
            index += 1
        }
        position = index
        if index < count, bytes[index] >= 0x80 { return lexIdentifierRest(from: start, hash: hash) }
        checkIdentifierLength(start, scalars: index - start)
        return Token(kind: .identifier, start: start, end: index, wordHash: WordHash.finish(hash))
    }

    /// The rest of an identifier from its first non-ASCII byte; the word keeps its hash only
    /// when that byte turns out not to continue it.
    @inline(never)
    private mutating func lexIdentifierRest(from start: Int, hash: UInt64) -> Token {
        let asciiEnd = position
        // Bytes of multi-byte scalars beyond their first: the scalar count is the rest.
        var continuationBytes = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte < 0x80 {
                guard Self.continuesIdentifier(byte) else { break }
                position += 1
                continue
            }
            guard let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: position),
                  UTF8Decoding.continuesIdentifier(scalar) else { break }
            position += length
            continuationBytes += length - 1
        }
        checkIdentifierLength(start, scalars: position - start - continuationBytes)
        return Token(kind: .identifier, start: start, end: position, wordHash: position == asciiEnd ? WordHash.finish(hash) : nil)
    }

    @inline(__always)
    private mutating func checkIdentifierLength(_ start: Int, scalars: Int) {
        if scalars > Limits.maxIdentifierScalars {
            // Reported, not truncated: two long names cut to one length would silently collide.
            report(.E100, .identifierTooLong(scalars: scalars, limit: Limits.maxIdentifierScalars), start, position, help: .useShorterName)
        }
    }

    // MARK: numbers, dates, percentages

    private mutating func lexNumber() -> Token {
        let start = position
        if let other = DateLiteral.otherForm(in: bytes, at: start) {
            position = other.end
            let written = file.text(start..<position)
            let problem = DateLiteral.otherFormProblem(written, year: other.year, month: other.month, day: other.day,
                                                       dayFirst: other.dayFirst)
            report(.E101, problem, start, position)
            return Token(kind: .date, start: start, end: position)
        }
        while position < bytes.count, isDigitOrUnderscore(bytes[position]) { position += 1 }
        // A date: exactly four digits followed by `-` and a digit.
        if position - start == 4, peek(0) == 0x2D, let next = peek(1), next >= 0x30 && next <= 0x39 {
            while position < bytes.count, (bytes[position] >= 0x30 && bytes[position] <= 0x39) || bytes[position] == 0x2D {
                position += 1
            }
            let text = file.text(start..<position)
            if Day(iso: text) == nil {
                report(.E101, DateLiteral.isoProblem(text), start, position)
            }
            return Token(kind: .date, start: start, end: position)
        }
        if peek(0) == 0x2E, let next = peek(1), next >= 0x30 && next <= 0x39 {
            position += 1
            while position < bytes.count, isDigitOrUnderscore(bytes[position]) { position += 1 }
        }
        if bytes[position - 1] == 0x5F {
            report(.E101, .invalidNumberSeparator(written: file.text(start..<position)), start, position)
        }
        if peek(0) == 0x25 {
            position += 1
            return Token(kind: .percent, start: start, end: position)
        }
        return Token(kind: .number, start: start, end: position)
    }

    private func isDigitOrUnderscore(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
    }

    // MARK: strings

    private mutating func lexString() -> Token {
        let start = position
        if peek(1) == 0x22, peek(2) == 0x22 { return lexTextBlock() }
        position += 1
        while position < bytes.count {
            // Plain text up to the next byte that needs a look, counted in a local.
            var index = position
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x22 || byte == 0x5C || byte == 0x0A || byte == 0x00 || byte >= 0x80 { break }
                index += 1
            }
            position = index
            guard position < bytes.count else { break }
            let byte = bytes[position]
            switch byte {
            case 0x22:
                position += 1
                checkLength(start)
                return Token(kind: .string, start: start, end: position)
            case 0x5C:
                position += min(2, bytes.count - position)
            case 0x0A:
                var end = position
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                report(.E100, .unterminatedString, start, end, help: .closeStringOrUseTextBlock)
                return Token(kind: .string, start: start, end: end)
            case 0x00:
                report(.E100, .nulInString, position, position + 1)
                position += 1
            default:
                if byte >= 0x80 { validateScalar() } else { position += 1 }
            }
        }
        report(.E100, .unterminatedStringAtFileEnd, start, position, help: .addClosingQuote)
        return Token(kind: .string, start: start, end: position)
    }

    private mutating func lexTextBlock() -> Token {
        let start = position
        position += 3
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x22, peek(1) == 0x22, peek(2) == 0x22 {
                position += 3
                checkLength(start)
                return Token(kind: .textBlock, start: start, end: position)
            }
            if byte == 0x5C { position += min(2, bytes.count - position); continue }
            if byte == 0x00 { report(.E100, .nulInTextBlock, position, position + 1) }
            if byte >= 0x80 { validateScalar() } else { position += 1 }
        }
        report(.E100, .unterminatedTextBlock, start, start + 3, help: .closeTextBlock)
        return Token(kind: .textBlock, start: start, end: position)
    }

    /// Reports a literal from `start` to `position` above `Limits.maxStringBytes`.
    private mutating func checkLength(_ start: Int) {
        guard position - start > Limits.maxStringBytes else { return }
        report(.E101, .stringTooLong(bytes: position - start, limit: Limits.megabytes(Limits.maxStringBytes)),
               start, min(position, start + 1), help: .keepLongTextsOutside)
    }

    // MARK: invalid input

    /// Skips one scalar at `position`, reporting it when it is not valid UTF-8.
    private mutating func validateScalar() {
        if let (_, length) = UTF8Decoding.scalar(in: bytes, at: position) {
            position += length
        } else {
            report(.E100, .invalidUTF8Byte(hex: String(bytes[position], radix: 16, uppercase: true)), position, position + 1,
                   help: .saveAsUTF8)
            position += 1
        }
    }

    /// Consumes a run of characters that start no token and reports them once.
    private mutating func lexInvalid() -> Token {
        let start = position
        var invalidUTF8 = false
        repeat {
            if let (_, length) = UTF8Decoding.scalar(in: bytes, at: position) {
                position += length
            } else {
                invalidUTF8 = true
                position += 1
            }
        } while position < bytes.count && !startsToken(at: position)
        let shown = file.text(start..<min(position, start + 40))
        if invalidUTF8 {
            report(.E100, .invalidUTF8, start, position, help: .saveAsUTF8)
        } else if bytes[start] == 0x00 {
            report(.E100, .unexpectedNUL, start, position)
        } else {
            report(.E100, .unexpectedCharacters(shown: DiagnosticRenderer.displayLine(shown), count: position - start), start, position)
        }
        return Token(kind: .invalid, start: start, end: position)
    }

    private func startsToken(at index: Int) -> Bool {
        switch bytes[index] {
        case 0x20, 0x09, 0x0D, 0x0A, 0x23, 0x22, 0x2C, 0x3B, 0x7B, 0x7D, 0x3D, 0x3C, 0x3E: return true
        case 0x30...0x39: return true
        case 0x2E: return index + 1 < bytes.count && bytes[index + 1] == 0x2E
        default: return isIdentifierStart(at: index)
        }
    }

    private mutating func report(_ code: DiagnosticCode, _ message: SyntaxMessage, _ start: Int, _ end: Int,
                                 help: SyntaxMessage? = nil, suggestion: String? = nil) {
        diagnostics.append(Diagnostic(code, message.text, at: SourceSpan(file: file, range: SourceRange(start, end)),
                                      suggestion: suggestion, help: help?.text))
    }

    private mutating func report(_ code: DiagnosticCode, _ problem: DateLiteral.Problem, _ start: Int, _ end: Int) {
        report(code, problem.message, start, end, help: problem.help, suggestion: problem.suggestion)
    }
}

/// Strict UTF-8 decoding of one scalar (no overlongs, no surrogates, nothing above U+10FFFF).
enum UTF8Decoding {
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        let b0 = bytes[index]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let length: Int
        var value: UInt32
        switch b0 {
        case 0xC2...0xDF: length = 2; value = UInt32(b0 & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(b0 & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(b0 & 0x07)
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        if length == 3, value < 0x800 { return nil }
        if length == 4, value < 0x10000 || value > 0x10FFFF { return nil }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// Letters, digits and combining marks continue an identifier (so decomposed `ś` works).
    static func continuesIdentifier(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }
}
