/// The language of the server's own texts (hover, inlay hints, code action titles), from the
/// client's `locale`: Polish for `pl…`, English otherwise. Diagnostics stay English until the
/// message catalog exists.
package enum ServerLanguage: String, Sendable {
    case en, pl

    init(locale: String?) {
        self = (locale ?? "").lowercased().hasPrefix("pl") ? .pl : .en
    }

    /// Picks the text for this language.
    func text(_ english: String, _ polish: String) -> String {
        self == .pl ? polish : english
    }
}
