/// A half-open byte range inside one source file: what every token, syntax node and model
/// entity carries so that any later stage can point back at the exact text.
public struct SourceRange: Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public static let empty = SourceRange(0, 0)

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(min(start, other.start), max(end, other.end))
    }

    public var bytes: Range<Int> { start..<end }
}

/// A range together with the file it lies in: where a diagnostic or a model entity comes from.
public struct SourceSpan: Hashable, Sendable {
    public let file: SourceFile
    public let range: SourceRange

    public init(file: SourceFile, range: SourceRange) {
        self.file = file
        self.range = range
    }

    public var start: SourceLocation { file.location(of: range.start) }
    public var end: SourceLocation { file.location(of: range.end) }

    public static func == (lhs: SourceSpan, rhs: SourceSpan) -> Bool {
        lhs.file === rhs.file && lhs.range == rhs.range
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(file))
        hasher.combine(range)
    }
}
