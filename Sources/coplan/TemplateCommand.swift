import ArgumentParser
import CoplanKit

/// `coplan template agreement|report`: a built-in Mustache template on stdout, to start an
/// own template from (`coplan template agreement > templates/porozumienie.mustache`).
struct TemplateCommand: ParsableCommand {
    /// Computed: the help is in the language chosen before the arguments are parsed.
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "template",
        abstract: CLIHelp.templateAbstract.string,
        discussion: CLIHelp.templateDiscussion.string
    ) }

    enum Document: String, ExpressibleByArgument, CaseIterable {
        case agreement, report
    }

    @Argument(help: CLIHelp.templateDocument.argument)
    var document: Document

    /// `--lang` is also the agreement template's language (default pl, the documents' default).
    @OptionGroup var language: LanguageOptions

    @Option(help: CLIHelp.templateFormat.argument)
    var format: DocumentFormat = .md

    func run() throws {
        _ = try language.choice(config: nil)
        if document == .report && format == .docx { throw CLIError.usage(.reportTemplateNotDocx) }
        let lang = try CLILanguage.parse(language.lang, source: "--lang") ?? .pl
        let template: BuiltInTemplate = document == .agreement ? .agreement(lang) : .report(format)
        Terminal.write(template.text ?? "")
    }
}
