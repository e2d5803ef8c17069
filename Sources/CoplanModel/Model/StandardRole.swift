import CoplanCore

/// The predeclared roles of docs/LANGUAGE.md §3. Rules about a role (a plan's `lead` partners hold
/// `lead`) ask a `Role` for its `standard` case, never compare names.
package enum StandardRole: String, CaseIterable, Sendable {
    case lead, coordinator, partner, provider, observer

    /// The identifier plans write (`lead`).
    package var id: String { rawValue }

    /// The display name of the predeclared role.
    package var polishLabel: String {
        switch self {
        case .lead: return "lider"
        case .coordinator: return "koordynator"
        case .partner: return "partner"
        case .provider: return "realizator usług"
        case .observer: return "obserwator"
        }
    }

    /// The label in English documents.
    package var englishLabel: String {
        switch self {
        case .lead: return "lead"
        case .coordinator: return "coordinator"
        case .partner: return "partner"
        case .provider: return "service provider"
        case .observer: return "observer"
        }
    }

    /// The label in both languages, for text that names the role.
    package var label: Text { Text(en: englishLabel, pl: polishLabel) }

    /// The Polish identifier accepted where a role is expected, if it differs from `id`.
    package var polishIdentifier: String? {
        switch self {
        case .lead: return "lider"
        case .coordinator: return "koordynator"
        case .partner: return nil
        case .provider: return "realizator"
        case .observer: return "obserwator"
        }
    }

    package init?(polishIdentifier word: String) {
        guard let role = Self.allCases.first(where: { $0.polishIdentifier == word }) else { return nil }
        self = role
    }
}
