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

    /// `--lang` is also the agreement template's language (default pl, the documents' default).
    @OptionGroup var language: LanguageOptions

    @Option(help: "The report's format: md or html.")
    var format: DocumentFormat = .md

    func run() throws {
        _ = try language.choice(config: nil)
        if document == .report && format == .docx { throw CLIError.usage(.reportTemplateNotDocx) }
        let lang = try CLILanguage.parse(language.lang, source: "--lang") ?? .pl
        let template: BuiltInTemplate = document == .agreement ? .agreement(lang) : .report(format)
        Terminal.write(template.text ?? "")
    }
}
