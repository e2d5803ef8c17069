import CoplanCore

/// The catalog of W403: what `# coplan: allow …` comments that cannot work, or silence
/// nothing, are told. The comment's own words (`coplan: allow`, codes) stay as written.
package enum SuppressionMessage: Sendable, Hashable {
    case unknownVerb(verb: String)
    case writeAllowHelp
    case unknownCode(code: String)
    case notSuppressible(code: String)
    case namesNoCode
    case standaloneMisplaced
    case standaloneMisplacedHelp
    case stale(code: String, inDeclaration: Bool)
    case removeStaleHelp

    package var text: Text {
        switch self {
        case .unknownVerb(let verb):
            return Text(en: "unknown suppression `coplan: \(verb)`", pl: "nieznane polecenie wyciszenia `coplan: \(verb)`")
        case .writeAllowHelp:
            return Text(en: "write `# coplan: allow CODE, …`", pl: "wpisz `# coplan: allow CODE, …`")
        case .unknownCode(let code):
            return Text(en: "unknown diagnostic code `\(code)` in a suppression", pl: "nieznany kod zgłoszenia `\(code)` w wyciszeniu")
        case .notSuppressible(let code):
            return Text(en: "`\(code)` cannot be suppressed: errors E1xx–E2xx must be fixed",
                        pl: "kodu `\(code)` nie można wyciszyć: błędy E1xx–E2xx trzeba poprawić")
        case .namesNoCode:
            return Text(en: "`coplan: allow` names no code", pl: "`coplan: allow` nie podaje żadnego kodu")
        case .standaloneMisplaced:
            return Text(en: "a suppression on a line of its own must come directly before a declaration",
                        pl: "wyciszenie w osobnym wierszu musi stać bezpośrednio przed deklaracją")
        case .standaloneMisplacedHelp:
            return Text(en: "move it to the end of the line it is about, or directly above the declaration",
                        pl: "przenieś je na koniec wiersza, którego dotyczy, albo bezpośrednio nad deklarację")
        case .stale(let code, let inDeclaration):
            return inDeclaration
                ? Text(en: "`\(code)` is allowed here, but nothing in this declaration reports it",
                       pl: "kod `\(code)` jest tu wyciszony, ale w tej deklaracji nic go nie zgłasza")
                : Text(en: "`\(code)` is allowed here, but nothing on this line reports it",
                       pl: "kod `\(code)` jest tu wyciszony, ale w tym wierszu nic go nie zgłasza")
        case .removeStaleHelp:
            return Text(en: "remove the stale suppression", pl: "usuń zbędne wyciszenie")
        }
    }
}
