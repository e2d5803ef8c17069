import CoplanEmit

/// What `:emit NAME --format F` prints: an agreement as a document, or any declaration as
/// plan text or JSON.
package enum EmitFormat: Sendable, Hashable {
    case document(DocumentFormat)
    case plan
    case json

    /// Every format `--format` accepts. DOCX is accepted so that the reply can say how to
    /// write it instead of "unknown format".
    package static let all: [EmitFormat] = DocumentFormat.allCases.map(EmitFormat.document) + [.plan, .json]

    /// The formats the session prints (completion offers these).
    package static let printed: [EmitFormat] = all.filter { $0 != .document(.docx) }

    /// As typed after `--format`.
    package var name: String {
        switch self {
        case .document(let format): format.rawValue
        case .plan: "plan"
        case .json: "json"
        }
    }

    package init?(name: String) {
        guard let format = Self.all.first(where: { $0.name == name }) else { return nil }
        self = format
    }
}
