import CoplanModel

/// Predeclared sectors and roles as documents name them. Their titles are Polish (they are
/// predeclared with Polish labels), so an English document takes the English label instead;
/// a plan's own sectors and roles keep the title the plan gives them.
extension DocumentPhrases {
    /// "pomoc społeczna", "social assistance".
    package func sectorLabel(_ sector: Sector) -> String {
        guard language == .en, let standard = sector.standard else { return sector.title }
        return standard.englishLabel
    }

    /// "lider", "lead partner".
    package func roleLabel(_ role: Role) -> String {
        guard let standard = role.standard else { return role.title }
        switch language {
        case .pl: return standard.polishLabel
        case .en:
            switch standard {
            case .lead: return "lead partner"
            case .coordinator: return "coordinator"
            case .partner: return "partner"
            case .provider: return "service provider"
            case .observer: return "observer"
            }
        }
    }
}
