/// Bounds that keep time and memory in proportion to honest input, whatever a hostile file
/// holds. Each one, when exceeded, gives a located finding rather than a crash or a stall.
public enum Limits {
    /// Files above this size are refused unread (E100): no plan is anywhere near it.
    public static let maxFileBytes = 256 << 20
    /// Identifiers longer than this many Unicode scalars are reported (E100).
    public static let maxIdentifierScalars = 256
    /// String and text-block literals longer than this many bytes are reported (E101).
    public static let maxStringBytes = 1 << 20

    /// "256 MB", "1 MB": a limit as people read it.
    static func megabytes(_ bytes: Int) -> String { "\(bytes >> 20) MB" }
}

/// Thrown by a `SourceProvider` for a file it will not read because of its size.
public struct FileTooLargeError: Error, CustomStringConvertible, Sendable {
    public var size: Int

    public init(size: Int) {
        self.size = size
    }

    public var description: String {
        "the file is larger than \(Limits.megabytes(Limits.maxFileBytes)) (\(size) bytes)"
    }
}
