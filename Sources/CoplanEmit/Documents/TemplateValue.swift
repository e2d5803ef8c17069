import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
import Mustache
/// The data a document template sees: plain text, flags, lists and objects. Built from the
/// model by the context builders, checked against a `TemplateSchema`, and handed to Mustache
/// as dictionaries and arrays.
package indirect enum TemplateValue: Sendable {
    case text(String)
    case flag(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])
    /// An optional member that is not there. It must still be a key: Mustache looks a name it
    /// does not find up in the enclosing objects, so a contact without a function would show
    /// the agreement's title in `{{#title}}`.
    case absent

    /// The form swift-mustache walks: `[String: Any]`, `[Any]`, `String`, `Bool`.
    var mustacheObject: Any {
        switch self {
        case .absent: return Absent()
        case .text(let text): return text
        case .flag(let flag): return flag
        case .list(let items): return items.map(\.mustacheObject)
        case .object(let members): return members.mapValues(\.mustacheObject)
        }
    }

    package subscript(key: String) -> TemplateValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }
}

/// The shape of a template context: which keys exist and what they hold. Templates are
/// validated against it before rendering, so a misspelt field is an error, not a blank.
package indirect enum TemplateSchema: Sendable {
    case text
    case flag
    case list(TemplateSchema)
    case object([String: TemplateSchema])

    package var members: [String: TemplateSchema] {
        if case .object(let members) = self { return members }
        return [:]
    }

    /// Whether a value has exactly this shape: no key outside the schema, every kind as
    /// declared. Absent keys are allowed (optional data renders as an empty section).
    package func admits(_ value: TemplateValue) -> Bool {
        switch (self, value) {
        case (.text, .text), (.flag, .flag), (_, .absent): return true
        case (.list(let item), .list(let values)): return values.allSatisfy(item.admits)
        case (.object(let schema), .object(let values)):
            return values.allSatisfy { key, value in schema[key]?.admits(value) ?? false }
        default: return false
        }
    }
}

/// Small helpers so context builders read as data.
extension TemplateValue {
    /// Text when present; absent values leave the key out, so `{{#key}}` sections skip.
    static func opt(_ value: String?) -> TemplateValue? { value.map { .text($0) } }

    /// An object from pairs, absent (optional) members marked `.absent`.
    static func record(_ pairs: KeyValuePairs<String, TemplateValue?>) -> TemplateValue {
        var members: [String: TemplateValue] = [:]
        for (key, value) in pairs { members[key] = value ?? .absent }
        return .object(members)
    }
}

/// What `.absent` is to swift-mustache: a found name that renders nothing and opens no section.
struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}
