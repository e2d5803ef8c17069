import CoplanCore
import CoplanSyntax

/// The catalog of what the validator says (E300–E307, W400–W405). Help that suggests code
/// takes `words`, the keyword language of the file the finding is in, so the code is spelled as
/// that file spells it (`add `gops provides u1``, `dodaj `gops zapewnia u1``) in either
/// reader's language.
package enum CheckMessage: Sendable, Hashable {
    // E300
    case noPlan(words: KeywordLanguage)
    case registryHelp
    case missingAttribute(kind: DeclarationKind, name: String, attribute: String)
    /// The help of a missing attribute: `example` is code in the file's keywords.
    case addAttribute(example: String, purpose: MissingAttributeHelp.Purpose?)
    // E201, E301, E302, E303 (agreements)
    case partyListedTwice(party: String, agreement: String)
    case tooFewParties(agreement: String, count: Int)
    case addOtherParty(words: KeywordLanguage)
    case providesButNotParty(party: String, agreement: String)
    case commitsButNotParty(party: String, agreement: String)
    case addToParties(words: KeywordLanguage)
    case idleParty(party: String, agreement: String)
    case addClause(party: String, words: KeywordLanguage)
    case foreignService(party: String, service: String, runner: String)
    case letRunnerProvide(runner: String, words: KeywordLanguage)
    // E305
    case signsForNonParty(person: String, agreement: String, employer: String)
    case mayNotSign(person: String, employer: String)
    case addSigns(person: String, employer: String, words: KeywordLanguage)
    case noSignatory(party: String, agreement: String)
    case declareSignatory(party: String, words: KeywordLanguage)
    case addSignatories(candidates: [String], words: KeywordLanguage)
    // E304, W402, W404
    case planPeriodReversed(first: Day, last: Day)
    case agreementPeriodReversed(agreement: String, first: Day, last: Day)
    case signedLate(agreement: String, signed: Day, start: Day)
    case signedLateHelp
    case outsidePlan(agreement: String, period: DayRange, plan: DayRange)
    // W405
    case repealedAct(agreement: String, until: Day, repeal: Day, act: LegalAct.Title)
    case successorDue(from: Day, successor: LegalAct.Title, publication: String, endBy: Day, words: KeywordLanguage)
    // E307
    case roleCount(role: String, holders: [String], comparison: Comparison, required: Int)
    // W400, W401
    case idlePartner(name: String)
    case idlePartnerHelp(words: KeywordLanguage)
    case unprovidedService(name: String)
    case provideService(provider: String, service: String, words: KeywordLanguage)

    package var text: Text {
        switch self {
        case .noPlan(let words):
            let code = "plan \(words.namePlaceholder) { \(words.word(.period)) … }"
            return Text(en: "no `plan` declaration: a plan file needs `\(code)`",
                        pl: "brak deklaracji `plan`: plik planu musi zawierać `\(code)`")
        case .registryHelp:
            return Text(en: "if this file is a shared registry, import it from a plan instead of checking it alone",
                        pl: "jeśli ten plik jest wspólnym rejestrem, zaimportuj go w pliku planu zamiast sprawdzać osobno")
        case .missingAttribute(let kind, let name, let attribute):
            return Text(en: "\(kind.english) `\(name)` is missing `\(attribute)`",
                        pl: "\(kind.polishNoun()) `\(name)` nie ma atrybutu `\(attribute)`")
        case .addAttribute(let example, let purpose):
            let why = purpose.map(Self.purpose) ?? Text(verbatim: "")
            return Text(en: "add `\(example)`", pl: "dodaj `\(example)`") + why

        case .partyListedTwice(let party, let agreement):
            return Text(en: "`\(party)` is listed twice among the parties of `\(agreement)`",
                        pl: "podmiot `\(party)` występuje dwa razy wśród stron porozumienia `\(agreement)`")
        case .tooFewParties(let agreement, let count):
            return Text(en: "agreement `\(agreement)` has " + (count == 0 ? "no party" : "\(count) part\(count == 1 ? "y" : "ies")") + "; it needs at least two",
                        pl: "porozumienie `\(agreement)` " + (count == 0 ? "nie ma żadnej strony" : "ma \(count) " + PolishPlural.choose(count, "stronę", "strony", "stron"))
                            + "; potrzebne są co najmniej dwie")
        case .addOtherParty(let words):
            return Text(en: "add the other party to `\(words.word(.parties))`", pl: "dopisz drugą stronę do `\(words.word(.parties))`")
        case .providesButNotParty(let party, let agreement):
            return Text(en: "`\(party)` provides services in `\(agreement)` but is not one of its parties",
                        pl: "podmiot `\(party)` zapewnia usługi w porozumieniu `\(agreement)`, ale nie jest jego stroną")
        case .commitsButNotParty(let party, let agreement):
            return Text(en: "`\(party)` commits in `\(agreement)` but is not one of its parties",
                        pl: "podmiot `\(party)` ma zobowiązania w porozumieniu `\(agreement)`, ale nie jest jego stroną")
        case .addToParties(let words):
            return Text(en: "add it to `\(words.word(.parties))`", pl: "dopisz go do `\(words.word(.parties))`")
        case .idleParty(let party, let agreement):
            return Text(en: "party `\(party)` of `\(agreement)` neither provides nor commits anything",
                        pl: "strona `\(party)` porozumienia `\(agreement)` niczego nie zapewnia i do niczego się nie zobowiązuje")
        case .addClause(let party, let words):
            let provides = "\(party) \(words.word(.provides)) \(words.placeholder(.service))"
            let commits = "\(party) \(words.word(.commits)) \"…\""
            return Text(en: "add `\(provides)` or `\(commits)`", pl: "dodaj `\(provides)` lub `\(commits)`")
        case .foreignService(let party, let service, let runner):
            return Text(en: "`\(party)` provides `\(service)`, which is run by `\(runner)`",
                        pl: "podmiot `\(party)` zapewnia usługę `\(service)`, którą prowadzi `\(runner)`")
        case .letRunnerProvide(let runner, let words):
            return Text(en: "let `\(runner)` provide it, or change the service's `\(words.word(.by))`",
                        pl: "niech usługę zapewnia `\(runner)` albo zmień jej `\(words.word(.by))`")

        case .signsForNonParty(let person, let agreement, let employer):
            return Text(en: "`\(person)` signs `\(agreement)` but works for `\(employer)`, which is not a party",
                        pl: "osoba `\(person)` podpisuje porozumienie `\(agreement)`, ale pracuje dla podmiotu `\(employer)`, który nie jest jego stroną")
        case .mayNotSign(let person, let employer):
            return Text(en: "`\(person)` may not sign for `\(employer)`",
                        pl: "osoba `\(person)` nie może podpisywać w imieniu podmiotu `\(employer)`")
        case .addSigns(let person, let employer, let words):
            return Text(en: "add `\(words.word(.signs))` to person `\(person)` if they represent `\(employer)`",
                        pl: "dodaj `\(words.word(.signs))` do osoby `\(person)`, jeśli reprezentuje podmiot `\(employer)`")
        case .noSignatory(let party, let agreement):
            return Text(en: "party `\(party)` of `\(agreement)` has no signatory",
                        pl: "strona `\(party)` porozumienia `\(agreement)` nie ma osoby podpisującej")
        case .declareSignatory(let party, let words):
            let of = "\(words.word(.of)) \(party)", signs = words.word(.signs), signatories = words.word(.signatories)
            return Text(en: "declare a person `\(of)` with `\(signs)` and list them in `\(signatories)`",
                        pl: "zadeklaruj osobę z atrybutami `\(of)` i `\(signs)`, a potem wpisz ją do `\(signatories)`")
        case .addSignatories(let candidates, let words):
            let names = candidates.map { "`\($0)`" }
            return Text(en: "add \(names.joined(separator: " or ")) to `\(words.word(.signatories))`",
                        pl: "dopisz \(names.joined(separator: " lub ")) do `\(words.word(.signatories))`")

        case .planPeriodReversed(let first, let last):
            return Text(en: "the plan's period ends (\(last)) before it starts (\(first))",
                        pl: "okres planu kończy się (\(last)) wcześniej, niż się zaczyna (\(first))")
        case .agreementPeriodReversed(let agreement, let first, let last):
            return Text(en: "the period of `\(agreement)` ends (\(last)) before it starts (\(first))",
                        pl: "okres porozumienia `\(agreement)` kończy się (\(last)) wcześniej, niż się zaczyna (\(first))")
        case .signedLate(let agreement, let signed, let start):
            return Text(en: "`\(agreement)` is signed on \(signed), after its period starts on \(start)",
                        pl: "porozumienie `\(agreement)` podpisano \(signed), już po początku jego okresu (\(start))")
        case .signedLateHelp:
            return Text(en: "the days before signing have no legal basis; start the period on the day of signing or later",
                        pl: "dni przed podpisaniem nie mają podstawy prawnej; zacznij okres w dniu podpisania lub później")
        case .outsidePlan(let agreement, let period, let plan):
            return Text(en: "the period of `\(agreement)` (\(period)) does not overlap the plan's period (\(plan))",
                        pl: "okres porozumienia `\(agreement)` (\(period)) nie zachodzi na okres planu (\(plan))")

        case .repealedAct(let agreement, let until, let repeal, let act):
            // Polish titles are in the genitive ("ustawy z dnia …"), as after "na podstawie".
            return Text(en: "`\(agreement)` runs until \(until), past \(repeal), when \(act.english), which it is concluded under, is repealed",
                        pl: "porozumienie `\(agreement)` zawarte na podstawie \(act.polish) obowiązuje do \(until), a ustawa ta traci moc z dniem \(repeal)")
        case .successorDue(let from, let successor, let publication, let endBy, let words):
            return Text(en: "from \(from) the law is \(successor.english) (\(publication)): an annex citing it is due; or end the period by \(endBy), or write the `\(words.word(.basis))`",
                        pl: "od \(from) stosuje się przepisy \(successor.polish) (\(publication)): sporządź aneks powołujący się na tę ustawę, zakończ okres najpóźniej \(endBy) albo wpisz `\(words.word(.basis))`")

        case .roleCount(let role, let holders, let comparison, let required):
            let names = holders.map { "`\($0)`" }.joined(separator: ", ")
            let count = holders.count
            let en = count == 0 ? "role `\(role)` is held by no partner"
                : "role `\(role)` is held by \(NumberText.count(count, in: .en)) partner\(count == 1 ? "" : "s") (\(names))"
            let pl = count == 0 ? "roli `\(role)` nie pełni żaden podmiot"
                : "rolę `\(role)` " + PolishPlural.choose(count, "pełni 1 podmiot", "pełnią \(count) podmioty", "pełni \(NumberText.count(count, in: .pl)) podmiotów") + " (\(names))"
            let bound = Self.bound(comparison, required)
            return Text(en: en + "; the plan requires \(bound.en)", pl: pl + ", a plan wymaga \(bound.pl)")

        case .idlePartner(let name):
            return Text(en: "partner `\(name)` is in no agreement and no team",
                        pl: "podmiot `\(name)` nie należy do żadnego porozumienia ani zespołu")
        case .idlePartnerHelp(let words):
            let parties = words.word(.parties), members = words.word(.members)
            return Text(en: "add it to an agreement's `\(parties)` or a team's `\(members)`, or remove it",
                        pl: "dopisz go do `\(parties)` porozumienia lub do `\(members)` zespołu albo usuń go")
        case .unprovidedService(let name):
            return Text(en: "service `\(name)` is provided under no agreement",
                        pl: "usługa `\(name)` nie jest zapewniana w żadnym porozumieniu")
        case .provideService(let provider, let service, let words):
            let code = "\(provider) \(words.word(.provides)) \(service)"
            return Text(en: "add `\(code)` to an agreement", pl: "dodaj `\(code)` do porozumienia")
        }
    }

    /// Why the missing attribute matters, after its example.
    static func purpose(_ purpose: MissingAttributeHelp.Purpose) -> Text {
        switch purpose {
        case .anotherSector: return Text(en: " (or another sector)", pl: " (lub inny sektor)")
        case .employer: return Text(en: " to say whom the person works for", pl: ", aby wskazać, gdzie pracuje osoba")
        case .runner: return Text(en: " to say who runs the service", pl: ", aby wskazać, kto prowadzi usługę")
        }
    }

    /// A required count in words: `at least 2`, `co najmniej 2`.
    static func bound(_ comparison: Comparison, _ count: Int) -> Text {
        let en = NumberText.count(count, in: .en), pl = NumberText.count(count, in: .pl)
        switch comparison {
        case .equal: return Text(en: "exactly \(en)", pl: "dokładnie \(pl)")
        case .atLeast: return Text(en: "at least \(en)", pl: "co najmniej \(pl)")
        case .atMost: return Text(en: "at most \(en)", pl: "najwyżej \(pl)")
        case .above: return Text(en: "more than \(en)", pl: "więcej niż \(pl)")
        case .below: return Text(en: "fewer than \(en)", pl: "mniej niż \(pl)")
        }
    }
}
