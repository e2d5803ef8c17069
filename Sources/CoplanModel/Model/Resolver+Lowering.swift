import CoplanCore
import CoplanSyntax
/// Pass 2: reads each declaration's attributes into its entity.
extension Resolver {
    package mutating func lower(_ declaration: DeclarationSyntax, _ symbol: Symbol) {
        let schema = AttributeSchema.for(declaration.kind)
        var seen = AttributeSpans(file: file, capacity: declaration.attributes.count)
        for attribute in declaration.attributes {
            let ruleIndex = schema.ruleIndex(for: attribute)
            if schema.takesPartyClauses, ruleIndex == nil,
               let verb = attribute.atoms.first, verb.kind == .identifier,
               verb.word.spells(.provides) || verb.word.spells(.commits) {
                lowering = (symbol, verb.word.spells(.provides) ? .provides : .commits)
                lowerPartyClause(attribute, verb: verb, agreement: symbol.index)
                continue
            }
            guard let ruleIndex else {
                reportUnknownAttribute(attribute, declaration: declaration, schema: schema, symbol: symbol)
                continue
            }
            let keyword = schema.rules[ruleIndex].keyword
            lowering = (symbol, keyword)
            if seen.contains(keyword) {
                if !schema.rules[ruleIndex].repeatable, let first = seen[keyword] {
                    report(.E102, .givenTwice(attribute: attribute.name.text, declaration: declaration.name.text), attribute.name.range,
                           help: .keepOne(attribute: attribute.name.text),
                           notes: [.init(ValueMessage.firstGivenHere.text, at: first)])
                    continue
                }
            } else {
                seen.record(keyword, at: attribute.range)
            }
            schema.rules[ruleIndex].lower(&self, attribute, symbol.index)
        }
        lowering = nil
        setAttributeSpans(seen, symbol)
    }

    mutating func reportUnknownAttribute(_ attribute: AttributeSyntax, declaration: DeclarationSyntax, schema: AttributeSchema,
                                         symbol: Symbol) {
        let name = attribute.name.text
        let spellings = schema.spellings
        var help: ValueMessage?
        if schema.rules.isEmpty {
            help = .takesNoAttributes(declaration.kind)
        } else if schema.takesPartyClauses, model.symbols[name]?.kind == .partner {
            help = .partyLine(party: name, keywords: keywordLanguage)
        }
        let suggestion = Suggestion.closest(to: name, preferred: spellings)
        if let suggestion, let meant = schema.rule(for: suggestion), meant.required {
            model.misspelled[symbol, default: []].insert(meant.keyword)
        }
        report(.E102, .unknownAttribute(written: name, kind: declaration.kind), attribute.name.range,
               suggestion: suggestion, help: help)
    }

    mutating func setAttributeSpans(_ spans: AttributeSpans, _ symbol: Symbol) {
        switch symbol.kind {
        case .plan: model.plan!.header.attributeSpans = spans
        case .sector: model.sectors[symbol.index].header.attributeSpans = spans
        case .role: model.roles[symbol.index].header.attributeSpans = spans
        case .partner: model.partners[symbol.index].header.attributeSpans = spans
        case .person: model.people[symbol.index].header.attributeSpans = spans
        case .need: model.needs[symbol.index].header.attributeSpans = spans
        case .group: model.groups[symbol.index].header.attributeSpans = spans
        case .service: model.services[symbol.index].header.attributeSpans = spans
        case .agreement: model.agreements[symbol.index].header.attributeSpans = spans
        case .team: model.teams[symbol.index].header.attributeSpans = spans
        case .goal: model.goals[symbol.index].header.attributeSpans = spans
        }
    }

    // MARK: composite attributes

    /// `territory gmina "Leśniowice" teryt "0603062"`
    mutating func readTerritory(_ attribute: AttributeSyntax) -> Territory? {
        let atoms = attribute.atoms
        guard let kind = atoms.first, kind.kind == .identifier else {
            expected(.territoryKind, attribute, found: atoms.first)
            return nil
        }
        guard atoms.count >= 2, atoms[1].isText else {
            expected(.territoryName, attribute, found: atoms.count >= 2 ? atoms[1] : nil)
            return nil
        }
        var territory = Territory(kind: kind.text, name: atoms[1].text, teryt: nil)
        let rest = atoms.dropFirst(2)
        if let word = rest.first {
            guard word.kind == .identifier, word.spells(.teryt) else {
                report(.E100, .expectedTeryt(found: word.described), word.range)
                return territory
            }
            guard let code = rest.dropFirst().first, code.isText || code.kind == .number else {
                report(.E100, .terytNeedsCode, word.range)
                return territory
            }
            territory.teryt = Located(code.text, span(code.range))
            expectEnd(rest.dropFirst(2), after: attribute.name)
        }
        return territory
    }

    /// `budget 12_893_583.46 PLN`; `250 000,50 zł` is answered with `250_000.50 PLN`.
    mutating func readMoney(_ attribute: AttributeSyntax) -> Money? {
        let atoms = attribute.atoms
        guard let amount = atoms.first, amount.kind == .number, let value = Double(amount.text) else {
            expected(.amount, attribute, found: atoms.first)
            return nil
        }
        if let habit = AmountHabit.rewrite(atoms[...], written: { self.file.text($0.range.start..<$0.range.end) }) {
            let range = SourceRange(amount.range.start, atoms[habit.atoms - 1].range.end)
            // Quoted on one line: `fmt` may have wrapped the list after the decimal comma.
            report(.E101, .amountStyle(written: file.text(range.start..<range.end).collapsingBlanks), range,
                   suggestion: habit.amount, help: .write(habit.amount))
            expectEnd(atoms.dropFirst(habit.atoms), after: attribute.name)
            return nil
        }
        let writtenAmount = file.text(amount.range.start..<amount.range.end)
        guard atoms.count >= 2, atoms[1].kind == .identifier else {
            report(.E100, .missingCurrency(attribute: attribute.name.text), amount.range,
                   suggestion: writtenAmount + " PLN", help: .write(writtenAmount + " PLN"))
            return nil
        }
        let currency = atoms[1]
        expectEnd(atoms.dropFirst(2), after: attribute.name)
        guard currency.text.utf8.count == 3, currency.text.utf8.allSatisfy({ (0x41...0x5A).contains($0) }) else {
            let guess = AmountHabit.currencyCode(for: currency.text)
            report(.E101, .notCurrencyCode(written: currency.text), currency.range,
                   suggestion: guess, help: guess.map { .write(writtenAmount + " " + $0) })
            return nil
        }
        return Money(amount: value, text: amount.text, currency: currency.text)
    }

    /// `capacity 15 per year|month|week`
    mutating func readCapacity(_ attribute: AttributeSyntax) -> Capacity? {
        let atoms = attribute.atoms
        guard let amount = readCount(atoms.first, attribute) else { return nil }
        guard atoms.count >= 3, atoms[1].kind == .identifier, atoms[1].spells(.per) else {
            report(.E100, .capacityNeedsPeriod(attribute: attribute.name.text, amount: atoms[0].text, keywords: keywordLanguage),
                   atoms.count >= 2 ? atoms[1].range : atoms[0].range)
            return nil
        }
        expectEnd(atoms.dropFirst(3), after: attribute.name)
        for (keyword, unit) in [(Keyword.year, CapacityUnit.year), (.month, .month), (.week, .week)]
        where atoms[2].spells(keyword) {
            return Capacity(amount: amount, unit: unit)
        }
        let unitWord = atoms[2].text
        report(.E101, .capacityUnit(written: unitWord, keywords: keywordLanguage), atoms[2].range,
               suggestion: Suggestion.closest(to: unitWord, preferred: [Keyword.year, .month, .week].flatMap(\.spellings)))
        return nil
    }

    /// `signed DATE [at "place"]`
    mutating func readSigned(_ attribute: AttributeSyntax, agreement index: Int) {
        let atoms = attribute.atoms
        model.agreements[index].signed = readDay(atoms.first, attribute)
        guard atoms.count > 1 else { return }
        guard atoms[1].kind == .identifier, atoms[1].spells(.at), atoms.count >= 3, atoms[2].isText else {
            report(.E100, .expectedSigningPlace(keywords: keywordLanguage), atoms[1].range)
            return
        }
        model.agreements[index].signedAt = atoms[2].text
        expectEnd(atoms.dropFirst(3), after: attribute.name)
    }

    mutating func readTemplate(_ attribute: AttributeSyntax) -> Located<String>? {
        readSingle(attribute, expected: .template) { $0.isText || $0.kind == .identifier }
    }

    /// `require sectors …` | `require roles ROLE OP N, …` | `require coverage N%`
    mutating func readRequirement(_ attribute: AttributeSyntax) {
        guard let what = attribute.atoms.first, what.kind == .identifier else {
            expected(.requirement(keywords: keywordLanguage), attribute, found: attribute.atoms.first)
            return
        }
        let rest = AttributeSyntax(name: what.word, atoms: attribute.atoms.dropping(1),
                                   range: attribute.range)
        if what.spells(.sectors) {
            model.plan!.requiredSectors += readRefs(rest, as: .sector)
        } else if what.spells(.roles) {
            for item in items(rest) {
                guard let roleAtom = item.first, roleAtom.kind == .identifier else {
                    expected(.nameOf(.role), rest, found: item.first)
                    continue
                }
                let role: Ref<Role>? = resolve(roleAtom.word, as: .role)
                let comparison = readComparison(item.dropFirst().first, rest)
                let count = comparison == nil ? nil : readCount(item.dropFirst(2).first, rest)
                if comparison != nil, count != nil { expectEnd(item.dropFirst(3), after: rest.name) }
                if let role, let comparison, let count {
                    let itemRange = SourceRange(roleAtom.range.start, item.last!.range.end)
                    model.plan!.requiredRoles.append(RoleRequirement(role: role, comparison: comparison, count: count, span: span(itemRange)))
                }
            }
        } else if what.spells(.coverage) {
            guard let value = attribute.atoms.dropFirst().first, value.kind == .percent, let percent = Double(value.text) else {
                expected(.percentage, rest, found: attribute.atoms.dropFirst().first)
                return
            }
            guard percent <= 100 else {
                report(.E101, .coverageAbove100, value.range)
                return
            }
            expectEnd(attribute.atoms.dropFirst(2), after: rest.name)
            model.plan!.requiredCoverage = Located(percent, span(attribute.range))
        } else {
            report(.E102, .unknownRequirement(written: what.text), what.range,
                   suggestion: Suggestion.closest(to: what.text, preferred: [Keyword.sectors, .roles, .coverage].flatMap(\.spellings)),
                   help: .requirementForms(keywords: keywordLanguage))
        }
    }

    /// `indicator METRIC OP VALUE`
    mutating func readIndicator(_ attribute: AttributeSyntax) -> Indicator? {
        let atoms = attribute.atoms
        guard let metricAtom = atoms.first, metricAtom.kind == .identifier else {
            expected(.metric(options: metricOptions), attribute, found: atoms.first)
            return nil
        }
        guard let metric = Metric.allCases.first(where: { metricAtom.spells($0.keyword) }) else {
            report(.E101, .unknownMetric(written: metricAtom.text), metricAtom.range,
                   suggestion: Suggestion.closest(to: metricAtom.text, preferred: Metric.allCases.flatMap(\.keyword.spellings)),
                   help: .metrics(options: metricOptions))
            return nil
        }
        guard let comparison = readComparison(atoms.dropFirst().first, attribute) else { return nil }
        guard let valueAtom = atoms.dropFirst(2).first, valueAtom.kind == .number || valueAtom.kind == .percent,
              let value = Double(valueAtom.text) else {
            expected(.target, attribute, found: atoms.dropFirst(2).first)
            return nil
        }
        if valueAtom.kind == .percent, metric != .coverage {
            report(.E101, .percentOnlyForCoverage(metric: metricAtom.text, keywords: keywordLanguage), valueAtom.range)
            return nil
        }
        expectEnd(atoms.dropFirst(3), after: attribute.name)
        return Indicator(metric: metric, comparison: comparison, target: value,
                         span: span(SourceRange(metricAtom.range.start, valueAtom.range.end)))
    }

    /// The metrics in both spellings.
    var metricOptions: [String] {
        Metric.allCases.map { ValueMessage.bothSpellings($0.keyword, keywordLanguage) }
    }

    /// `PARTY provides SERVICE, …` or `PARTY commits "text"` inside an agreement.
    mutating func lowerPartyClause(_ attribute: AttributeSyntax, verb: Atom, agreement index: Int) {
        let party: Ref<Partner>? = resolve(attribute.name, as: .partner)
        let rest = AttributeSyntax(name: verb.word, atoms: attribute.atoms.dropping(1),
                                   range: attribute.range)
        if verb.spells(.provides) {
            let services: [Located<Ref<Service>>] = readRefs(rest, as: .service)
            if let party {
                model.agreements[index].provisions.append(Provision(party: party, services: services, span: span(attribute.range)))
            }
        } else if let text = readString(rest), let party {
            model.agreements[index].commitments.append(Commitment(party: party, text: text, span: span(attribute.range)))
        }
    }
}
