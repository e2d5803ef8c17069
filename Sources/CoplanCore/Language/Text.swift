/// A sentence a person reads, in both languages at once. Catalog entries build one with both
/// renderings, so a message without its Polish (or English) does not compile; front ends pick
/// the language only when they show it. Named placeholders are the catalog cases' labelled
/// associated values, so both renderings are filled from the same values.
package struct Text: Sendable, Hashable, CustomStringConvertible {
    package let en: String
    package let pl: String

    package init(en: String, pl: String) {
        self.en = en
        self.pl = pl
    }

    /// Text that reads the same in both languages: a name, a code, a path, a number, or words
    /// quoted from outside coplan (an operating-system error). Never for a sentence of our own.
    package init(verbatim text: String) {
        self.en = text
        self.pl = text
    }

    package subscript(_ language: Language) -> String {
        switch language {
        case .en: return en
        case .pl: return pl
        }
    }

    /// English: what logs, `String(describing:)` and test failure messages show.
    package var description: String { en }

    /// Both renderings joined with the same separators.
    package static func + (lhs: Text, rhs: Text) -> Text {
        Text(en: lhs.en + rhs.en, pl: lhs.pl + rhs.pl)
    }

    package static func + (lhs: Text, rhs: String) -> Text {
        Text(en: lhs.en + rhs, pl: lhs.pl + rhs)
    }

    /// Each rendering built from the language: for text assembled from parts that are
    /// themselves bilingual (a list of names, a number in the language's style).
    package static func build(_ render: (Language) -> String) -> Text {
        Text(en: render(.en), pl: render(.pl))
    }
}

extension Sequence where Element == Text {
    package func joined(separator: String) -> Text {
        Text(en: map(\.en).joined(separator: separator), pl: map(\.pl).joined(separator: separator))
    }
}
