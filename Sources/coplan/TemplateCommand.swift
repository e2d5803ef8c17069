import ArgumentParser
import CoplanKit

/// `coplan template agreement|report`: a built-in Mustache template on stdout, to start an
/// own template from (`coplan template agreement > templates/porozumienie.mustache`).
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Print a built-in Mustache template (the agreement or the report).",
        discussion: """
        Examples:
          coplan template agreement > templates/porozumienie.mustache
          coplan template agreement --lang en > templates/agreement.mustache
          coplan emit PLAN --all --template templates/porozumienie.mustache -o out
          coplan template report --format html
        """
    )

    enum Document: String, ExpressibleByArgument, CaseIterable {
        case agreement, report
    }

    @Argument(help: "Which template: agreement or report.")
    var document: Document

    @Option(help: "The agreement's language: pl or en.")
    var lang: Language = .pl

    @Option(help: "The report's format: md or html.")
    var format: DocumentFormat = .md

    func validate() throws {
        if document == .report && format == .docx { throw ValidationError("the report template is md or html, not docx") }
    }

    func run() throws {
        let template: BuiltInTemplate = document == .agreement ? .agreement(lang) : .report(format)
        Terminal.write(template.text ?? "")
    }
}
