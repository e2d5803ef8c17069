/// The catalog of the sentences Core itself writes: the "did you mean" help and the labels of a
/// rendered finding. Other layers keep their own catalogs beside the code that reports
/// (SyntaxMessage, ModelMessage, …), each an enum whose `text` switch has no `default:`.
package enum CoreMessage: Sendable, Hashable {
    case didYouMean(String)
    /// The label before a finding's code: `error[E200]`, `błąd[E200]`.
    case severity(Severity)
    /// The label of the advice line under a code frame.
    case helpLabel
    /// The label of a secondary place.
    case noteLabel

    package var text: Text {
        switch self {
        case .didYouMean(let suggestion):
            return Text(en: "did you mean `\(suggestion)`?", pl: "czy chodziło o `\(suggestion)`?")
        case .severity(.error):
            return Text(en: "error", pl: "błąd")
        case .severity(.warning):
            return Text(en: "warning", pl: "ostrzeżenie")
        case .severity(.gap):
            return Text(en: "gap", pl: "luka")
        case .helpLabel:
            return Text(en: "help", pl: "wskazówka")
        case .noteLabel:
            return Text(en: "note", pl: "uwaga")
        }
    }
}
