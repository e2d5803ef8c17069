import CoplanCore
import CoplanSyntax

/// The catalog of what the resolver says about names (E200–E202): unknown names, names of the
/// wrong kind, names declared twice, and the standard sectors and roles. Polish nouns are the
/// keywords (`podmiot`, `usługa`) with their adjectives agreeing (`nieznana usługa`).
package enum NameMessage: Sendable, Hashable {
    /// E200: `unknown partner `szkla``.
    case unknown(kind: DeclarationKind, name: String)
    /// E202: the name is declared, but as another kind.
    case wrongKind(name: String, declared: DeclarationKind, expected: DeclarationKind)
    /// E202: a Polish name of a standard sector or role where the other is expected.
    case standardOfOtherKind(name: String, standard: String, declared: DeclarationKind, expected: DeclarationKind)
    /// E201: a second `plan`.
    case secondPlan
    /// The note at the first `plan`.
    case planDeclaredHere
    /// E201: a standard sector or role declared again under its own name.
    case standardDeclaredAgain(name: String, kind: DeclarationKind)
    /// E201: a sector or role declared under a Polish name of a standard one (`sektor zdrowie`):
    /// where a sector is expected the name would mean both.
    case polishStandardDeclared(name: String, standard: String, kind: DeclarationKind)
    /// Its help: what to write for either meaning.
    case polishStandardHelp(name: String, standard: String, kind: DeclarationKind)
    /// E201: a name already taken by a declaration of `kind`.
    case alreadyDeclared(name: String, kind: DeclarationKind)
    /// Its help.
    case namesAreShared
    /// Its note.
    case firstDeclaredHere
    /// For an unknown sector or role: the standard ones in both spellings and how to declare
    /// one's own (`declaration` is in the file's keywords).
    case standardValues(kind: DeclarationKind, declaration: String)

    package var text: Text {
        switch self {
        case .unknown(let kind, let name):
            return Text(en: "unknown \(kind.english) `\(name)`",
                        pl: "\(kind.polishGender.agree("nieznany", "nieznana", "nieznane")) \(kind.polishNoun()) `\(name)`")
        case .wrongKind(let name, let declared, let expected):
            return Text(en: "`\(name)` is \(declared.article), but \(expected.article) is expected here",
                        pl: "`\(name)` jest \(declared.polishNoun(.instrumental)), a tu należy podać \(expected.polishNoun(.accusative))")
        case .standardOfOtherKind(let name, let standard, let declared, let expected):
            return Text(en: "`\(name)` is the standard \(declared.english) `\(standard)`, but \(expected.article) is expected here",
                        pl: "`\(name)` jest \(Self.standard(declared, .instrumental)) `\(standard)`, a tu należy podać \(expected.polishNoun(.accusative))")
        case .secondPlan:
            return Text(en: "a second `plan` declaration; a plan has exactly one",
                        pl: "druga deklaracja `plan`; plan ma dokładnie jedną")
        case .planDeclaredHere:
            return Text(en: "the plan is declared here", pl: "tu zadeklarowano plan")
        case .standardDeclaredAgain(let name, let kind):
            return Text(en: "`\(name)` is a standard \(kind.english) and cannot be declared again",
                        pl: "`\(name)` jest \(Self.standard(kind, .instrumental)) i nie można \(kind.polishGender.agree("go", "jej", "go")) zadeklarować ponownie")
        case .polishStandardDeclared(let name, let standard, let kind):
            return Text(en: "`\(name)` is the Polish name of the standard \(kind.english) `\(standard)` and cannot be declared again",
                        pl: "`\(name)` jest polską nazwą \(Self.standard(kind, .genitive)) `\(standard)` i nie można jej zadeklarować ponownie")
        case .polishStandardHelp(let name, let standard, let kind):
            return Text(en: "to mean the standard \(kind.english), remove this declaration and write `\(name)` or `\(standard)`; for \(kind.article) of your own, choose another name",
                        pl: "aby wskazać \(Self.standard(kind, .accusative)), usuń tę deklarację i pisz `\(name)` lub `\(standard)`; "
                            + "dla \(kind.polishGender.agree("własnego", "własnej", "własnego")) \(kind.polishNoun(.genitive)) wybierz inną nazwę")
        case .alreadyDeclared(let name, let kind):
            return Text(en: "`\(name)` is already declared as \(kind.article)",
                        pl: "`\(name)` jest już nazwą \(kind.polishNoun(.genitive))")
        case .namesAreShared:
            return Text(en: "names are shared by all kinds; choose another name",
                        pl: "nazwy są wspólne dla deklaracji wszystkich rodzajów; wybierz inną nazwę")
        case .firstDeclaredHere:
            return Text(en: "first declared here", pl: "pierwsza deklaracja")
        case .standardValues(let kind, let declaration):
            let values = Self.standardSpellings(kind).joined(separator: ", ")
            let plural = Text(en: kind.english + "s", pl: kind == .role ? "role standardowe" : "sektory standardowe")
            return Text(en: "the standard \(plural.en): \(values); for \(kind.article) of your own, declare `\(declaration)`",
                        pl: "\(plural.pl): \(values); \(kind.polishGender.agree("własny", "własną", "własne")) \(kind.polishNoun(.accusative)) zadeklaruj jako `\(declaration)`")
        }
    }

    /// "sektor standardowy" in `grammaticalCase`, agreeing with the kind's gender.
    static func standard(_ kind: DeclarationKind, _ grammaticalCase: DeclarationKind.PolishCase) -> String {
        let adjective: String
        switch grammaticalCase {
        case .nominative: adjective = kind.polishGender.agree("standardowy", "standardowa", "standardowe")
        case .genitive: adjective = kind.polishGender.agree("standardowego", "standardowej", "standardowego")
        case .accusative: adjective = kind.polishGender.agree("standardowy", "standardową", "standardowe")
        case .instrumental: adjective = kind.polishGender.agree("standardowym", "standardową", "standardowym")
        }
        return kind.polishNoun(grammaticalCase) + " " + adjective
    }

    /// The standard values of a kind as `id`/`polish` (`education`/`edukacja`), or `id` alone
    /// when Polish writes it the same (`partner`).
    static func standardSpellings(_ kind: DeclarationKind) -> [String] {
        let pairs: [(String, String?)]
        switch kind {
        case .sector: pairs = StandardSector.allCases.map { ($0.id, $0.polishIdentifiers.first) }
        case .role: pairs = StandardRole.allCases.map { ($0.id, $0.polishIdentifier) }
        case .plan, .partner, .person, .need, .group, .service, .agreement, .team, .goal: pairs = []
        }
        return pairs.map { id, polish in polish.map { "`\(id)`/`\($0)`" } ?? "`\(id)`" }
    }
}
