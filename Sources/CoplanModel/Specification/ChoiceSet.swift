import CoplanCore

/// The closed sets of words an attribute may take (`language pl`, `level gmina`,
/// `kind ngo`), with their Polish spellings: one list each, read by the resolver, completion
/// and the language reference.
package enum ChoiceSet: String, Sendable, CaseIterable {
    case language, level, partnerKind

    /// The values as the model spells them, in the order the reference lists them.
    package var values: [String] { Self.tables[self]!.values }

    /// Other accepted spellings (Polish words, diacritics) → the value they stand for.
    package var aliases: [String: String] { Self.tables[self]!.aliases }

    /// Both lists of every set, built once: the resolver asks for every `level` and `kind`
    /// it reads, and building them per word was an array and a dictionary each time.
    private static let tables: [ChoiceSet: (values: [String], aliases: [String: String])] = [
        .language: (CoplanCore.Language.allCases.map(\.rawValue), ["polski": "pl", "angielski": "en"]),
        .level: (Level.allCases.map(\.rawValue), ["województwo": "wojewodztwo"]),
        .partnerKind: (PartnerKind.allCases.map(\.rawValue),
                       ["publiczny": "public", "pozarządowy": "ngo", "pozarzadowy": "ngo", "prywatny": "private",
                        "kościelny": "church", "koscielny": "church"]),
    ]

    /// The value `word` stands for, if any.
    package func value(of word: String) -> String? {
        values.contains(word) ? word : aliases[word]
    }
}
