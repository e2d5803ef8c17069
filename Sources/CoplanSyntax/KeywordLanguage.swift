import CoplanCore
/// The language a file's keywords are written in. A file may mix English and Polish spellings;
/// `fmt` prints every keyword in the language the file mostly uses, so a Polish plan stays
/// Polish and an English one English (docs/LANGUAGE.md §3).
package enum KeywordLanguage: String, Sendable, CaseIterable {
    case english, polish

    /// Which language `word` is when it spells `keyword`; nil when the word is the same in both
    /// languages (`plan`, `regon`, `teryt`) and so says nothing about the file's language.
    package static func of(_ word: String, as keyword: Keyword) -> KeywordLanguage? {
        guard keyword.spellings.count > 1 else { return nil }
        if englishSpellings(keyword).contains(word) { return .english }
        return keyword.spellings.contains(word) ? .polish : nil
    }

    /// English spellings: the canonical one, plus the plural of a duration unit.
    static func englishSpellings(_ keyword: Keyword) -> [String] {
        switch keyword {
        case .day, .week, .month, .year: return [keyword.english, keyword.english + "s"]
        default: return [keyword.english]
        }
    }

    /// How this language spells `keyword` where `written` stands: a spelling already in this
    /// language (or neutral) is kept as written, another is replaced by the canonical one.
    /// `count` is the number a duration unit follows, for plural agreement (`3 months`, `3 miesiące`).
    package func spell(_ keyword: Keyword, written: String, count: Int? = nil) -> String {
        guard let language = Self.of(written, as: keyword), language != self else { return written }
        return canonical(keyword, count: count)
    }

    /// The canonical spelling of `keyword` in this language.
    package func canonical(_ keyword: Keyword, count: Int? = nil) -> String {
        switch (self, keyword) {
        case (.english, .day), (.english, .week), (.english, .month), (.english, .year):
            return count == nil || count == 1 ? keyword.english : keyword.english + "s"
        case (.english, _):
            return keyword.english
        case (.polish, .day): return PolishPlural.choose(count ?? 1, "dzień", "dni", "dni")
        case (.polish, .week): return PolishPlural.choose(count ?? 1, "tydzień", "tygodnie", "tygodni")
        case (.polish, .month): return PolishPlural.choose(count ?? 1, "miesiąc", "miesiące", "miesięcy")
        case (.polish, .year): return PolishPlural.choose(count ?? 1, "rok", "lata", "lat")
        case (.polish, _):
            return keyword.polish
        }
    }
}

extension KeywordLanguage {
    /// The language of every keyword spelling that has one (as `of(_:as:)` says for the word's
    /// first meaning): counting a file's words is then one hash lookup per word, with no arrays
    /// built per word (counting cost a fifth of resolving before).
    static let ofLeadingWord: [String: KeywordLanguage] = {
        var table: [String: KeywordLanguage] = [:]
        for spelling in Keyword.allSpellings {
            guard let keyword = Keyword.matching(spelling).first, let language = of(spelling, as: keyword) else { continue }
            table[spelling] = language
        }
        return table
    }()
}

extension SyntaxTree {
    /// The language most of the file's declaration and attribute words are spelled in (English
    /// on a tie): what help in messages spells keywords in, so a Polish file is told
    /// `dodaj `gops zapewnia u1``, an English one `add `gops provides u1``. Reads only the
    /// leading words, so it costs one pass over the declarations; `fmt` writes every keyword in
    /// this language, so a formatted file keeps it.
    package var keywordLanguage: KeywordLanguage { keywordCounts.language }

    /// How many declarations of a file are counted (the shipped plans have under 100).
    static let keywordSample = 400

    /// How many leading words of the first `keywordSample` declarations are spelled in each
    /// language: summed over files, they give a whole plan's (or REPL session's) keyword language.
    static func keywordCounts(of items: [SyntaxItem]) -> KeywordCounts {
        var english = 0, polish = 0
        func count(_ word: String) {
            switch KeywordLanguage.ofLeadingWord[word] {
            case .english: english += 1
            case .polish: polish += 1
            case nil: break
            }
        }
        // The first declarations decide: a file is written in one hand, and counting every
        // word of a 100 000-partner file cost a seventh of resolving it.
        var declarations = 0
        for item in items {
            guard case .declaration(let declaration) = item else { continue }
            count(declaration.keyword.text)
            for attribute in declaration.attributes { count(attribute.name.text) }
            declarations += 1
            if declarations == Self.keywordSample { break }
        }
        return KeywordCounts(english: english, polish: polish)
    }
}

/// Words spelled in English and in Polish: the majority is the language (English on a tie).
package struct KeywordCounts: Sendable, Equatable {
    package var english = 0
    package var polish = 0

    package init(english: Int = 0, polish: Int = 0) {
        self.english = english
        self.polish = polish
    }

    package var language: KeywordLanguage { polish > english ? .polish : .english }

    package static func + (lhs: KeywordCounts, rhs: KeywordCounts) -> KeywordCounts {
        KeywordCounts(english: lhs.english + rhs.english, polish: lhs.polish + rhs.polish)
    }
}
