/// Bounds that keep time and memory in proportion to honest input, whatever a hostile file
/// holds. Each one, when exceeded, gives a located finding rather than a crash or a stall.
package enum Limits {
    /// Files above this size are refused unread (E100): no plan is anywhere near it.
    package static let maxFileBytes = 256 << 20
    /// Identifiers longer than this many Unicode scalars are reported (E100).
    package static let maxIdentifierScalars = 256
    /// String and text-block literals longer than this many bytes are reported (E101).
    package static let maxStringBytes = 1 << 20

    /// "256 MB", "1 MB": a limit as people read it.
    package static func megabytes(_ bytes: Int) -> String { "\(bytes >> 20) MB" }
}

/// Thrown by a `SourceProvider` for a file it will not read because of its size.
package struct FileTooLargeError: Error, CustomStringConvertible, Sendable {
    package var size: Int

    package init(size: Int) {
        self.size = size
    }

    package var description: String {
        "the file is larger than \(Limits.megabytes(Limits.maxFileBytes)) (\(size) bytes)"
    }
}

/// Bounds on user document templates, which swift-mustache parses and renders recursively and
/// without a way to stop: each is checked before the template is parsed or rendered.
extension Limits {
    /// Template size in bytes; the built-in templates are about 5 KB.
    package static let maxTemplateBytes = 128 << 10
    /// Tags (`{{…}}`) in one template; the built-in templates have about 170.
    package static let maxTemplateTags = 2_000
    /// Sections (`{{#…}}`, `{{^…}}`) open at once. The built-in templates nest 3 deep.
    package static let maxTemplateSections = 32
    /// Transforms applied to one name, as in `uppercased(first(parties))`.
    package static let maxTemplateTransforms = 8
    /// Tags one agreement may render, counting repetitions of list sections (`TemplateShape`).
    /// The built-in template renders about 40 per party; a million is far above any honest use.
    package static let maxTemplateExpansions = 1_000_000
}
