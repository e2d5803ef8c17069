/// A half-open byte range inside one source file: what every token, syntax node and model
/// entity carries so that any later stage can point back at the exact text.
///
/// Public, with its accessors `@inlinable public`, only so that other modules inline them:
/// Swift 6.3 leaves the bodies of `@inlinable package` members of a many-file module out of
/// its interface, so every `range.start` across modules was a call (ARCHITECTURE.md, the
/// invariant "What must inline across modules is `public`"). Nothing outside the package
/// links the library.
public struct SourceRange: Hashable, Sendable {
    /// Offsets are stored in 32 bits (files are at most `Limits.maxFileBytes`): a syntax tree
    /// holds a range per word and atom, and 8 bytes less each was a fifth of a tree's memory.
    @usableFromInline var storedStart: Int32
    @usableFromInline var storedEnd: Int32

    @inlinable public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(clamping: newValue) }
    }

    @inlinable public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(clamping: newValue) }
    }

    // Always inlined: the parser makes one per token, and the call cost more than the range.
    @inlinable @inline(__always) public init(_ start: Int, _ end: Int) {
        storedStart = Int32(clamping: start)
        storedEnd = Int32(clamping: max(start, end))
    }

    package static let empty = SourceRange(0, 0)

    /// The smallest range covering both.
    package func union(_ other: SourceRange) -> SourceRange {
        SourceRange(min(start, other.start), max(end, other.end))
    }

    package var bytes: Range<Int> { start..<end }
}

/// A range together with the file it lies in: where a diagnostic or a model entity comes from.
package struct SourceSpan: Hashable, Sendable {
    package let file: SourceFile
    package let range: SourceRange

    package init(file: SourceFile, range: SourceRange) {
        self.file = file
        self.range = range
    }

    /// The empty span where this one starts: a single caret in a code frame.
    package var startPoint: SourceSpan { SourceSpan(file: file, range: SourceRange(range.start, range.start)) }

    package var start: SourceLocation { file.location(of: range.start) }
    package var end: SourceLocation { file.location(of: range.end) }

    package static func == (lhs: SourceSpan, rhs: SourceSpan) -> Bool {
        lhs.file === rhs.file && lhs.range == rhs.range
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(file))
        hasher.combine(range)
    }
}
