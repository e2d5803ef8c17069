/// The Polish plural rule, as gettext states it for `pl`: one place, because agreements, the
/// plan report and the formatter all choose between "1 miesiąc", "3 miesiące" and "5 miesięcy".
package enum PolishPlural: Int, Sendable, CaseIterable {
    /// n == 1: "1 rok".
    case one = 0
    /// n % 10 in 2...4 and n % 100 not in 12...14: "2 lata", "23 lata".
    case few = 1
    /// Everything else: "0 lat", "5 lat", "12 lat", "111 lat".
    case many = 2

    package init(_ n: Int) {
        let units = n % 10, tens = n % 100
        if n == 1 {
            self = .one
        } else if (2...4).contains(units) && !(12...14).contains(tens) {
            self = .few
        } else {
            self = .many
        }
    }

    /// The word for `n` among its three forms.
    package static func choose(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        switch PolishPlural(n) {
        case .one: return one
        case .few: return few
        case .many: return many
        }
    }
}
