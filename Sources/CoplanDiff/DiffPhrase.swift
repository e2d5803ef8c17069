import CoplanKit

/// Every phrase `coplan diff` prints, once per language: a case per phrase with named
/// parameters, and an exhaustive switch per language, so a phrase cannot be added in one
/// language and forgotten in the other. (The full message catalog of the other outputs is a
/// separate piece of work; this one is kept small and local.)
package enum DiffPhrase: Sendable {
    /// "1 breaking, 1 risky, 3 info" — the impact words are the `--fail-on` values in both
    /// languages, so what a reviewer reads is what CI is configured with.
    case counts(breaking: Int, risky: Int, info: Int)
    case noChanges
    case coverage(before: Double?, after: Double?)
    case effectsNotEvaluated(oldErrors: Int, newErrors: Int)
    case headline(change: ChangeKind, kind: EntityKind, id: String)
    case effectsOnly(plan: String)
    case reason(ImpactReason)
    case none
    case heading(Heading)
    case pair(group: String, need: String, before: Int?, after: Int?, capacityBefore: Int? = nil, capacityAfter: Int? = nil)
    case critical(partner: String, pairs: Int)
    case indicator(metric: String, before: String, after: String)
    case finding(code: String, message: Text)
    case findingChanged(code: String, before: Text, after: Text)
    case plan(path: String)
    case andMore(count: Int)
    /// After where a removed declaration stood: `plan.plan:12 in the old version`.
    case inOldVersion
    case trimmed(limit: Int)

    package enum Heading: Sendable, CaseIterable {
        case changes, coverage, pairs, findingsNew, findingsFixed, findingsChanged, criticalGained, criticalLost, indicators, details, attribute, beforeAfter
    }

    package func text(_ language: Language) -> String {
        switch language {
        case .en: return english
        case .pl: return polish
        }
    }

    var english: String {
        switch self {
        case .counts(let b, let r, let i): return "\(b) breaking, \(r) risky, \(i) info"
        case .noChanges: return "no changes"
        case .coverage(let before, let after):
            return "coverage \(DiffNumber.percent(before, .en)) → \(DiffNumber.percent(after, .en))"
        case .effectsNotEvaluated(let old, let new):
            return "coverage effects not evaluated: " + [
                old > 0 ? "the old version has \(old) \(old == 1 ? "error" : "errors")" : nil,
                new > 0 ? "the new version has \(new) \(new == 1 ? "error" : "errors")" : nil,
            ].compactMap { $0 }.joined(separator: ", ")
        case .headline(let change, let kind, let id):
            return "\(kind.rawValue) `\(id)` \(change.rawValue)"
        case .effectsOnly(let plan): return "plan `\(plan)`: effects no declaration change explains"
        case .reason(let reason):
            switch reason {
            case .agreementRemoved: return "the agreement ends"
            case .agreementShortened(let before, let after):
                return "period shortened from \(before) to \(after.map(\.description) ?? "none")"
            case .partnerWithServicesRemoved(let n): return "it ran \(n) \(n == 1 ? "service" : "services")"
            case .capacityReduced(let service, let before, let after):
                return "yearly capacity of `\(service)` falls from \(before) to \(after)"
            case .coverageLost(let group, let need, let days):
                return "need `\(need)` of group `\(group)` loses \(days) covered \(days == 1 ? "day" : "days")"
            case .pairCapacityReduced(let group, let need, let before, let after):
                return "capacity for need `\(need)` of group `\(group)` falls from \(before) to \(after) a year"
            case .newCriticalPartner(let partner, let group, let need):
                return "`\(partner)` becomes a single point of failure for need `\(need)` of group `\(group)`"
            case .newFinding(let code, let message): return "new \(code.rawValue): \(message.en)"
            }
        case .none: return "(none)"
        case .heading(let heading):
            switch heading {
            case .changes: return "Changes"
            case .coverage: return "Coverage"
            case .pairs: return "Covered days per pair"
            case .findingsNew: return "New findings"
            case .findingsFixed: return "Fixed findings"
            case .findingsChanged: return "Changed findings"
            case .criticalGained: return "New critical partners"
            case .criticalLost: return "Partners no longer critical"
            case .indicators: return "Indicators"
            case .details: return "Details"
            case .attribute: return "attribute"
            case .beforeAfter: return "before → after"
            }
        case .pair(let group, let need, let before, let after, let capacityBefore, let capacityAfter):
            return "need `\(need)` of group `\(group)`: \(Self.days(before, .en)) → \(Self.days(after, .en))"
                + (capacityBefore != capacityAfter ? "; yearly capacity \(Self.capacity(capacityBefore, .en)) → \(Self.capacity(capacityAfter, .en))" : "")
        case .critical(let partner, let n): return "`\(partner)`: \(n) \(n == 1 ? "pair" : "pairs")"
        case .indicator(let metric, let before, let after): return "`\(metric)`: \(before) → \(after)"
        case .finding(let code, let message): return "\(code): \(message.en)"
        case .findingChanged(let code, let before, let after): return "\(code): \(before.en) → \(after.en)"
        case .plan(let path): return "plan \(path)"
        case .andMore(let n): return "and \(n) more"
        case .inOldVersion: return "in the old version"
        case .trimmed(let limit):
            return "Trimmed to stay under GitHub's \(limit)-character comment limit; `coplan diff --format json` gives everything."
        }
    }

    var polish: String {
        switch self {
        case .counts(let b, let r, let i): return "\(b) breaking, \(r) risky, \(i) info"
        case .noChanges: return "brak zmian"
        case .coverage(let before, let after):
            return "pokrycie \(DiffNumber.percent(before, .pl)) → \(DiffNumber.percent(after, .pl))"
        case .effectsNotEvaluated(let old, let new):
            return "nie oceniono skutków dla pokrycia: " + [
                old > 0 ? "stara wersja ma \(old) \(PolishPlural.pick(old, "błąd", "błędy", "błędów"))" : nil,
                new > 0 ? "nowa wersja ma \(new) \(PolishPlural.pick(new, "błąd", "błędy", "błędów"))" : nil,
            ].compactMap { $0 }.joined(separator: ", ")
        case .headline(let change, let kind, let id):
            let verb: String
            switch change {
            case .added: verb = "dodano"
            case .removed: verb = "usunięto"
            case .changed: verb = "zmieniono"
            }
            return "\(verb) \(Self.accusative(kind)) `\(id)`"
        case .effectsOnly(let plan): return "plan `\(plan)`: skutki, których nie wyjaśnia żadna zmiana deklaracji"
        case .reason(let reason):
            switch reason {
            case .agreementRemoved: return "porozumienie przestaje obowiązywać"
            case .agreementShortened(let before, let after):
                return "okres skrócony z \(before) do \(after.map(\.description) ?? "brak")"
            case .partnerWithServicesRemoved(let n):
                return "prowadził \(n) \(PolishPlural.pick(n, "usługę", "usługi", "usług"))"
            case .capacityReduced(let service, let before, let after):
                return "roczna liczba miejsc usługi `\(service)` spada z \(before) do \(after)"
            case .coverageLost(let group, let need, let days):
                return "potrzeba `\(need)` grupy `\(group)` traci \(days) \(PolishPlural.pick(days, "dzień", "dni", "dni")) pokrycia"
            case .pairCapacityReduced(let group, let need, let before, let after):
                return "roczna liczba miejsc dla potrzeby `\(need)` grupy `\(group)` spada z \(before) do \(after)"
            case .newCriticalPartner(let partner, let group, let need):
                return "`\(partner)` staje się jedynym punktem awarii dla potrzeby `\(need)` grupy `\(group)`"
            case .newFinding(let code, let message): return "nowe zgłoszenie \(code.rawValue): \(message.pl)"
            }
        case .none: return "(brak)"
        case .heading(let heading):
            switch heading {
            case .changes: return "Zmiany"
            case .coverage: return "Pokrycie"
            case .pairs: return "Dni pokrycia według par"
            case .findingsNew: return "Nowe zgłoszenia"
            case .findingsFixed: return "Rozwiązane zgłoszenia"
            case .findingsChanged: return "Zmienione zgłoszenia"
            case .criticalGained: return "Nowi partnerzy krytyczni"
            case .criticalLost: return "Partnerzy, którzy nie są już krytyczni"
            case .indicators: return "Wskaźniki"
            case .details: return "Szczegóły"
            case .attribute: return "atrybut"
            case .beforeAfter: return "przed → po"
            }
        case .pair(let group, let need, let before, let after, let capacityBefore, let capacityAfter):
            return "potrzeba `\(need)` grupy `\(group)`: \(Self.days(before, .pl)) → \(Self.days(after, .pl))"
                + (capacityBefore != capacityAfter ? "; miejsca w roku \(Self.capacity(capacityBefore, .pl)) → \(Self.capacity(capacityAfter, .pl))" : "")
        case .critical(let partner, let n): return "`\(partner)`: \(n) \(PolishPlural.pick(n, "para", "pary", "par"))"
        case .indicator(let metric, let before, let after): return "`\(metric)`: \(before) → \(after)"
        case .finding(let code, let message): return "\(code): \(message.pl)"
        case .findingChanged(let code, let before, let after): return "\(code): \(before.pl) → \(after.pl)"
        case .plan(let path): return "plan \(path)"
        case .andMore(let n): return "i \(n) \(PolishPlural.pick(n, "kolejna", "kolejne", "kolejnych"))"
        case .inOldVersion: return "w starej wersji"
        case .trimmed(let limit):
            return "Skrócono, by zmieścić się w limicie \(DiffNumber.integer(limit, .pl)) znaków komentarza GitHub; pełna lista: `coplan diff --format json`."
        }
    }

    /// "1,095 days" / "1095 dni"; "—" for a pair that does not exist on that side.
    static func days(_ value: Int?, _ language: Language) -> String {
        guard let value else { return "—" }
        switch language {
        case .en: return "\(DiffNumber.integer(value, .en)) \(value == 1 ? "day" : "days")"
        case .pl: return "\(DiffNumber.integer(value, .pl)) \(PolishPlural.pick(value, "dzień", "dni", "dni"))"
        }
    }

    /// A pair's yearly capacity; "unknown" when a covering service gives none.
    static func capacity(_ value: Int?, _ language: Language) -> String {
        guard let value else { return language == .pl ? "nieznana" : "unknown" }
        return DiffNumber.integer(value, language)
    }

    /// The kind as the object of "dodano / usunięto / zmieniono".
    static func accusative(_ kind: EntityKind) -> String {
        switch kind {
        case .plan: return "plan"
        case .sector: return "sektor"
        case .role: return "rolę"
        case .partner: return "podmiot"
        case .person: return "osobę"
        case .need: return "potrzebę"
        case .group: return "grupę"
        case .service: return "usługę"
        case .agreement: return "porozumienie"
        case .team: return "zespół"
        case .goal: return "cel"
        }
    }
}

/// Polish plural forms: form 0 when n == 1; form 1 when n % 10 is 2–4 and n % 100 is not
/// 12–14; otherwise form 2 ("1 dzień", "3 dni", "5 dni"; "1 para", "2 pary", "5 par").
package enum PolishPlural {
    package static func form(_ n: Int) -> Int {
        let n = n.magnitude
        if n == 1 { return 0 }
        if (2...4).contains(n % 10) && !(12...14).contains(n % 100) { return 1 }
        return 2
    }

    package static func pick(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        [one, few, many][form(n)]
    }
}

/// Numbers as each language writes them: "73.35%" and "1,095" in English, "73,35%" and
/// "1095" (four digits) or "12 345" (more, with a non-breaking space) in Polish.
package enum DiffNumber {
    package static func percent(_ value: Double?, _ language: Language) -> String {
        guard let value, value.isFinite else { return "—" }
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, fraction = abs(hundredths % 100)
        let digits = (fraction < 10 ? "0" : "") + String(fraction)
        return String(whole) + (language == .pl ? "," : ".") + digits + "%"
    }

    package static func integer(_ value: Int, _ language: Language) -> String {
        let digits = String(value.magnitude)
        if language == .pl && digits.count <= 4 { return (value < 0 ? "-" : "") + digits }
        let separator = language == .pl ? "\u{00A0}" : ","
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += separator }
            out.append(character)
        }
        return (value < 0 ? "-" : "") + out
    }
}
