import CoplanCore

/// The closed sets of words an attribute may take (`language pl`, `level gmina`,
/// `kind ngo`), with their Polish spellings: one list each, read by the resolver, completion
/// and the language reference.
package enum ChoiceSet: String, Sendable, CaseIterable {
    case language, level, partnerKind

    /// The values as the model spells them, in the order the reference lists them.
    package var values: [String] {
        switch self {
        case .language: return CoplanCore.Language.allCases.map(\.rawValue)
        case .level: return Level.allCases.map(\.rawValue)
        case .partnerKind: return PartnerKind.allCases.map(\.rawValue)
        }
    }

    /// Other accepted spellings (Polish words, diacritics) → the value they stand for.
    package var aliases: [String: String] {
        switch self {
        case .language: return ["polski": "pl", "angielski": "en"]
        case .level: return ["województwo": "wojewodztwo"]
        case .partnerKind:
            return ["publiczny": "public", "pozarządowy": "ngo", "pozarzadowy": "ngo", "prywatny": "private",
                    "kościelny": "church", "koscielny": "church"]
        }
    }

    /// The value `word` stands for, if any.
    package func value(of word: String) -> String? {
        values.contains(word) ? word : aliases[word]
    }
}
