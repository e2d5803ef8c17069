import CoplanCore

/// The catalog of document errors that are not about a template: an agreement asked for by
/// name, the DOCX package, the report's formats.
package enum DocumentMessage: Sendable, Hashable {
    case noAgreement(name: String)
    case noAgreementsHelp
    case agreementsHelp(names: [String])
    /// ZIPFoundation refused; `detail` is its own words.
    case docxFailed(agreement: String, detail: String)
    case docxNotAssembled
    case reportFormat(format: String)

    package var text: Text {
        switch self {
        case .noAgreement(let name):
            return Text(en: "no agreement named `\(name)`", pl: "brak porozumienia `\(name)`")
        case .noAgreementsHelp:
            return Text(en: "the plan has no agreements", pl: "w planie nie ma żadnych porozumień")
        case .agreementsHelp(let names):
            let list = names.map { "`\($0)`" }.joined(separator: ", ")
            return Text(en: "agreements: \(list)", pl: "porozumienia: \(list)")
        case .docxFailed(let agreement, let detail):
            return Text(en: "cannot build the DOCX package for `\(agreement)`: ", pl: "nie można zbudować pakietu DOCX porozumienia `\(agreement)`: ")
                + Text(verbatim: detail)
        case .docxNotAssembled:
            return Text(en: "the DOCX package could not be assembled", pl: "nie udało się złożyć pakietu DOCX")
        case .reportFormat(let format):
            return Text(en: "the report is written as md or html, not \(format)",
                        pl: "raport można zapisać tylko jako md lub html, a nie jako \(format)")
        }
    }
}
