import CoplanSyntax

/// How help that suggests code spells it: in the keyword language of the file the finding is
/// in (`SyntaxTree.keywordLanguage`), whatever language the reader gets the sentence in, so a
/// Polish file is told `gops zapewnia u1` and an English one `gops provides u1`. The
/// placeholders are words of the same language (`PARTNER`, `PODMIOT`).
extension KeywordLanguage {
    /// The canonical spelling of a keyword: `provides`, `zapewnia`.
    package func word(_ keyword: Keyword) -> String { canonical(keyword) }

    /// A placeholder for a name of `kind`: `PARTNER`, `PODMIOT`.
    package func placeholder(_ kind: DeclarationKind) -> String {
        switch self {
        case .english: return kind.english.uppercased()
        case .polish: return kind.polishNoun().uppercased()
        }
    }

    /// A placeholder for any name: `NAME`, `NAZWA`.
    package var namePlaceholder: String { self == .polish ? "NAZWA" : "NAME" }

    /// A placeholder for a date: `YYYY-MM-DD`, `RRRR-MM-DD`.
    package var datePlaceholder: String { self == .polish ? "RRRR-MM-DD" : "YYYY-MM-DD" }

    /// A standard sector as files in this language write it: `social_assistance`, `pomoc_społeczna`.
    package func spell(_ sector: StandardSector) -> String {
        self == .polish ? sector.polishIdentifiers.first ?? sector.id : sector.id
    }

    /// A standard role as files in this language write it: `lead`, `lider`.
    package func spell(_ role: StandardRole) -> String {
        self == .polish ? role.polishIdentifier ?? role.id : role.id
    }
}
