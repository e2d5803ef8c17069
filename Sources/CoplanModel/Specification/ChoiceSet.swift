import CoplanCore

/// The closed sets of words an attribute may take (`language pl`, `level gmina`,
/// `kind ngo`), with their Polish spellings: one list each, read by the resolver, completion
/// and the language reference.
package enum ChoiceSet: String, Sendable, CaseIterable {
    case language, level, partnerKind

    /// The values as the model spells them, in the order the reference lists them.
    package var values: [String] { table.values }

    /// Other accepted spellings (Polish words, diacritics) → the value they stand for.
    package var aliases: [String: String] { table.aliases }

    /// By a switch, not a dictionary keyed by the set: hashing a `String`-backed case hashed
    /// its raw text, twice for every `level` and `kind` read.
    private var table: (values: [String], aliases: [String: String]) {
        switch self {
        case .language: Self.tables[0]
        case .level: Self.tables[1]
        case .partnerKind: Self.tables[2]
        }
    }

    /// Both lists of every set, built once, in the order of the cases: the resolver asks for
    /// every `level` and `kind` it reads, and building them per word was an array and a
    /// dictionary each time.
    private static let tables: [(values: [String], aliases: [String: String])] = [
        (CoplanCore.Language.allCases.map(\.rawValue), ["polski": "pl", "angielski": "en"]),
        (Level.allCases.map(\.rawValue), ["województwo": "wojewodztwo"]),
        (PartnerKind.allCases.map(\.rawValue),
         ["publiczny": "public", "pozarządowy": "ngo", "pozarzadowy": "ngo", "prywatny": "private",
          "kościelny": "church", "koscielny": "church"]),
    ]

    /// The value `word` stands for, if any.
    package func value(of word: String) -> String? {
        let table = table
        return table.values.contains(word) ? word : table.aliases[word]
    }
}
