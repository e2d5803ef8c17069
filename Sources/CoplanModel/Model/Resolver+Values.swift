import CoplanCore
import CoplanSyntax
/// Typed readers for attribute values. Each reads a whole attribute (or a list item), reports
/// E100 for a wrong shape ("expected a date, found …") and E101 for a well-formed token with a
/// bad value, and returns nil so that lowering simply leaves the field empty.
extension Resolver {
    mutating func report(_ code: DiagnosticCode, _ message: ValueMessage, _ range: SourceRange,
                         suggestion: String? = nil, help: ValueMessage? = nil, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(code, message.text, at: span(range), suggestion: suggestion, help: help?.text, notes: notes))
    }

    /// Reports atoms left over after a reader took what it needed.
    /// The name is asked only when there is something after the value (most lines end there).
    mutating func expectEnd(_ atoms: AtomSlice, after name: @autoclosure () -> Word) {
        if let extra = atoms.first {
            let end = atoms.last!.range.end
            report(.E100, .followedBy(found: extra.described, attribute: name().text), SourceRange(extra.range.start, end))
        }
    }

    /// The item list of an attribute; reports empty items (`a, , b`) and a missing value.
    mutating func items(_ attribute: AttributeSyntax) -> [AtomSlice] {
        if attribute.atoms.isEmpty {
            report(.E100, .needsValue(attribute: attribute.name.text), attribute.name.range)
            return []
        }
        var result: [AtomSlice] = []
        for item in attribute.items {
            if item.isEmpty {
                report(.E100, .emptyItem(attribute: attribute.name.text), attribute.range)
            } else {
                result.append(item)
            }
        }
        return result
    }

    mutating func expected(_ what: ExpectedValue, _ attribute: AttributeSyntax, found atom: Atom?) {
        if let atom {
            report(.E100, .expected(what, attribute: attribute.name.text, found: atom.described), atom.range)
        } else {
            report(.E100, .missing(what, attribute: attribute.name.text), attribute.name.range)
        }
    }

    /// The attribute's one value, when `accepts` it; reports what was `expected` otherwise.
    mutating func readSingle(_ attribute: AttributeSyntax, expected what: ExpectedValue, accepts: (Atom) -> Bool) -> Located<String>? {
        guard let atom = attribute.atoms.first, accepts(atom) else {
            expected(what, attribute, found: attribute.atoms.first)
            return nil
        }
        expectEnd(attribute.atoms.dropFirst(), after: attribute.name)
        return Located(atom.text, span(atom.range))
    }

    /// A single string (or text block).
    mutating func readString(_ attribute: AttributeSyntax) -> String? {
        readSingle(attribute, expected: .string, accepts: \.isText)?.value
    }

    /// A whole number ≥ 0.
    mutating func readCount(_ atom: Atom?, _ attribute: AttributeSyntax) -> Int? {
        guard let atom, atom.kind == .number else {
            expected(.wholeNumber, attribute, found: atom)
            return nil
        }
        guard let value = atom.wholeNumber, value < 1_000_000_000 else {
            report(.E101, .countTooLarge(attribute: attribute.name.text, written: file.text(atom.range.start..<atom.range.end), limit: 1_000_000_000),
                   atom.range)
            return nil
        }
        return value
    }

    mutating func readDay(_ atom: Atom?, _ attribute: AttributeSyntax) -> Day? {
        guard let atom, atom.kind == .date else {
            expected(.date, attribute, found: atom)
            return nil
        }
        return atom.day // an impossible date was reported by the lexer
    }

    /// `DATE .. DATE` (the order of the ends is the validator's business: E304).
    mutating func readPeriod(_ attribute: AttributeSyntax) -> DayRange? {
        let atoms = attribute.atoms[...]
        guard atoms.count >= 3, atoms[atoms.startIndex + 1].kind == .dotDot else {
            if atoms.count >= 2, atoms[atoms.startIndex].kind == .date {
                report(.E100, .missingDotDot(attribute: attribute.name.text), atoms[atoms.startIndex + 1].range)
            } else if atoms.count == 1, atoms[atoms.startIndex].kind == .date {
                report(.E100, .needsTwoDates(attribute: attribute.name.text, keywords: keywordLanguage), attribute.range)
            } else {
                expected(.period, attribute, found: atoms.first)
            }
            return nil
        }
        let first = readDay(atoms[atoms.startIndex], attribute)
        let last = readDay(atoms[atoms.startIndex + 2], attribute)
        expectEnd(atoms.dropFirst(3), after: attribute.name)
        guard let first, let last else { return nil }
        return DayRange(first, last)
    }

    /// Each list item a single name, handed to `body` in order. Walks the atoms directly:
    /// this runs for every reference in a plan, so it builds no array of items or of words.
    mutating func forEachName(in attribute: AttributeSyntax, _ body: (inout Resolver, Word) -> Void) {
        let atoms = attribute.atoms
        if atoms.isEmpty {
            report(.E100, .needsValue(attribute: attribute.name.text), attribute.name.range)
            return
        }
        var index = 0
        while index < atoms.count {
            let atom = atoms[index]
            if atom.kind == .comma {
                report(.E100, .emptyItem(attribute: attribute.name.text), atom.range)
                index += 1
                continue
            }
            var end = index + 1
            while end < atoms.count, atoms[end].kind != .comma { end += 1 }
            if atom.kind == .identifier {
                expectEnd(atoms[(index + 1)..<end], after: attribute.name)
                body(&self, atom.word)
            } else {
                expected(.name, attribute, found: atom)
            }
            if end == atoms.count - 1 {
                report(.E100, .listEndsWithComma(attribute: attribute.name.text), atoms[end].range)
            }
            index = end + 1
        }
    }

    /// A list of names resolved to one kind; unresolved ones are dropped (already reported).
    mutating func readRefs<T>(_ attribute: AttributeSyntax, as kind: DeclarationKind) -> [Located<Ref<T>>] {
        collectRefs(attribute, as: kind) { resolver, ref, word in Located(ref, resolver.span(word.range)) }
    }

    /// The names of a list resolved to one kind, without their places (a list the model keeps
    /// as bare references): no `Located` array to build, map and drop per line.
    mutating func readRefValues<T>(_ attribute: AttributeSyntax, as kind: DeclarationKind) -> [Ref<T>] {
        collectRefs(attribute, as: kind) { _, ref, _ in ref }
    }

    /// Each name of a list that resolves to `kind`, as `element` makes it.
    private mutating func collectRefs<T, Element>(_ attribute: AttributeSyntax, as kind: DeclarationKind,
                                                  _ element: (inout Resolver, Ref<T>, Word) -> Element) -> [Element] {
        var refs: [Element] = []
        refs.reserveCapacity(attribute.atoms.count / 2 + 1)
        forEachName(in: attribute) { resolver, word in
            if let ref: Ref<T> = resolver.resolve(word, as: kind) { refs.append(element(&resolver, ref, word)) }
        }
        return refs
    }

    /// A single name resolved to one kind.
    mutating func readRef<T>(_ attribute: AttributeSyntax, as kind: DeclarationKind) -> Ref<T>? {
        guard let atom = attribute.atoms.first, atom.kind == .identifier else {
            expected(.nameOf(kind), attribute, found: attribute.atoms.first)
            return nil
        }
        expectEnd(attribute.atoms.dropFirst(), after: attribute.name)
        return resolve(atom.word, as: kind)
    }

    /// One word from a closed set (`level gmina`), with "did you mean" over every spelling.
    mutating func readChoice<T: RawRepresentable>(_ attribute: AttributeSyntax, _ set: ChoiceSet) -> T? where T.RawValue == String {
        let options = set.values
        guard let atom = attribute.atoms.first, atom.kind == .identifier else {
            expected(.choice(options: choiceOptions(set)), attribute, found: attribute.atoms.first)
            return nil
        }
        expectEnd(attribute.atoms.dropFirst(), after: attribute.name)
        if let value = set.value(of: atom.text).flatMap(T.init(rawValue:)) { return value }
        report(.E101, .notChoiceValue(written: atom.text, attribute: attribute.name.text, options: choiceOptions(set)),
               atom.range, suggestion: Suggestion.closest(to: atom.text, preferred: options + set.aliases.keys.sorted()))
        return nil
    }

    /// An identifier number written as a string or as bare digits (`regon "110201992"`).
    mutating func readCode(_ attribute: AttributeSyntax) -> Located<String>? {
        readSingle(attribute, expected: .code) { $0.isText || $0.kind == .number }
    }

    mutating func readComparison(_ atom: Atom?, _ attribute: AttributeSyntax) -> Comparison? {
        guard let atom, atom.isOperator else {
            expected(.comparison, attribute, found: atom)
            return nil
        }
        switch atom.kind {
        case .equal: return .equal
        case .greaterEqual: return .atLeast
        case .lessEqual: return .atMost
        case .greater: return .above
        default: return .below
        }
    }

    /// Each value of a closed set with its other spellings: `` `public`/`publiczny` `` in an
    /// English file, `` `publiczny`/`public` `` in a Polish one (the aliases are the Polish words).
    func choiceOptions(_ set: ChoiceSet) -> [String] {
        let aliases = set.aliases
        return set.values.map { value in
            // `pozarządowy`, not also `pozarzadowy`: the spelling without diacritics goes without saying.
            let all = aliases.filter { $0.value == value }.keys.sorted()
            let others = all.filter { alias in !alias.allSatisfy(\.isASCII) || !all.contains { !$0.allSatisfy(\.isASCII) } }
            let spellings = keywordLanguage == .polish ? others + [value] : [value] + others
            return spellings.map { "`\($0)`" }.joined(separator: "/")
        }
    }

    /// The units of time in both spellings, agreeing with `count`.
    func unitOptions(count: Int?) -> [String] {
        [Keyword.day, .week, .month, .year].map { ValueMessage.bothSpellings($0, keywordLanguage, count: count ?? 2) }
    }

    /// `N unit` where unit is day(s), week(s), month(s) or year(s) (Polish forms too).
    mutating func readDuration(_ atoms: AtomSlice, _ attribute: AttributeSyntax) -> TimeSpan? {
        if let unitAtom = atoms.first, atoms.count == 1, unitAtom.kind == .identifier, let one = oneUnit(unitAtom.text) {
            // `wypowiedzenie miesiąc`: the number left out.
            report(.E100, .expected(.wholeNumber, attribute: attribute.name.text, found: unitAtom.described), unitAtom.range,
                   suggestion: one, help: .write(one))
            return nil
        }
        guard let amount = readCount(atoms.first, attribute) else { return nil }
        let unitAtom = atoms.dropFirst().first
        guard let unitAtom, unitAtom.kind == .identifier else {
            expected(.unitOfTime(options: unitOptions(count: amount)), attribute, found: unitAtom)
            return nil
        }
        expectEnd(atoms.dropFirst(2), after: attribute.name)
        for (keyword, unit) in [(Keyword.day, TimeUnit.day), (.week, .week), (.month, .month), (.year, .year)]
        where unitAtom.spells(keyword) {
            return TimeSpan(amount: amount, unit: unit)
        }
        report(.E101, .notUnitOfTime(written: unitAtom.text, options: unitOptions(count: amount)), unitAtom.range,
               suggestion: Suggestion.closest(to: unitAtom.text, preferred: [Keyword.day, .week, .month, .year].flatMap(\.spellings)))
        return nil
    }

    /// `1 miesiąc` for any spelling of a unit of time, in the language it is written in.
    func oneUnit(_ word: String) -> String? {
        for unit in [Keyword.day, .week, .month, .year] where Keyword.word(word, is: unit) {
            return "1 " + (KeywordLanguage.of(word, as: unit) ?? keywordLanguage).canonical(unit, count: 1)
        }
        return nil
    }

    /// The frequencies in both spellings: `` `weekly`/`tygodniowo` ``, …, `` `every 2 weeks`/`co 2 tygodnie` ``.
    var frequencyOptions: [String] {
        let other: KeywordLanguage = keywordLanguage == .polish ? .english : .polish
        let every = [keywordLanguage, other].map { "`\(FrequencyHabit.written(.every(TimeSpan(amount: 2, unit: .week)), $0))`" }
        return [Keyword.weekly, .monthly, .quarterly, .yearly].map { ValueMessage.bothSpellings($0, keywordLanguage) }
            + [every.joined(separator: "/")]
    }

    /// `weekly`, `monthly`, `quarterly`, `yearly` or `every N unit`; `co miesiąc`, `raz w tygodniu`
    /// and the like are answered with the form to write.
    mutating func readFrequency(_ attribute: AttributeSyntax) -> Frequency? {
        guard let atom = attribute.atoms.first, atom.kind == .identifier else {
            expected(.frequency(options: frequencyOptions), attribute, found: attribute.atoms.first)
            return nil
        }
        let fixed: [(Keyword, Frequency)] = [(.weekly, .weekly), (.monthly, .monthly), (.quarterly, .quarterly), (.yearly, .yearly)]
        for (keyword, frequency) in fixed where atom.spells(keyword) {
            expectEnd(attribute.atoms.dropFirst(), after: attribute.name)
            return frequency
        }
        if reportFrequencyHabit(attribute) { return nil }
        if atom.spells(.every) {
            // Messages about the duration name the word it follows: "brak liczby całkowitej po `co`".
            let duration = AttributeSyntax(name: atom.word, atoms: attribute.atoms.dropping(1),
                                           range: attribute.range)
            return readDuration(duration.atoms[...], duration).map { .every($0) }
        }
        let spellings = (fixed.map(\.0) + [.every]).flatMap(\.spellings)
        report(.E101, .notFrequency(written: atom.text, options: frequencyOptions), atom.range,
               suggestion: Suggestion.closest(to: atom.text, preferred: spellings))
        return nil
    }

    /// Reports a frequency written as people say it (`co miesiąc`), with the form to write.
    private mutating func reportFrequencyHabit(_ attribute: AttributeSyntax) -> Bool {
        let atoms = attribute.atoms
        guard atoms.allSatisfy({ $0.kind == .identifier }),
              let frequency = FrequencyHabit.meaning(of: atoms.map { $0.text.lowercased() }) else { return false }
        let range = SourceRange(atoms[0].range.start, atoms[atoms.count - 1].range.end)
        let replacement = FrequencyHabit.written(frequency, keywordLanguage)
        report(.E101, .frequencyHabit(written: file.text(range.start..<range.end)), range,
               suggestion: replacement, help: .write(replacement))
        return true
    }
}
