import ArgumentParser
import CoplanKit
import Foundation

/// `coplan emit PLAN`: agreement documents and the plan report, written atomically into one
/// output folder.
struct EmitCommand: ParsableCommand {
    /// Computed: the help is in the language chosen before the arguments are parsed.
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "emit",
        abstract: CLIHelp.emitAbstract.string,
        discussion: CLIHelp.emitDiscussion.string
    ) }

    @Argument(help: CLIHelp.planFile.argument)
    var plan: String

    @Option(name: .customLong("agreement"), parsing: .upToNextOption, help: CLIHelp.emitAgreements.argument)
    var agreements: [String] = []

    @Flag(help: CLIHelp.emitAll.argument)
    var all = false

    @Flag(help: CLIHelp.emitReport.argument)
    var report = false

    @Option(help: CLIHelp.emitFormat.argument)
    var format: DocumentFormat = .md

    /// `--lang` is also the documents' language (default: the plan's `language`, else coplan.toml's).
    @OptionGroup var language: LanguageOptions

    @Option(help: CLIHelp.emitTemplate.argument)
    var template: String?

    @Flag(help: CLIHelp.redact.argument)
    var redact = false

    @Option(name: .shortAndLong, help: CLIHelp.emitOutput.argument)
    var output: String = "."

    func run() throws {
        if !agreements.isEmpty && all { throw CLIError.usage(.agreementOrAll) }
        if agreements.isEmpty && !all && !report { throw CLIError.usage(.chooseWhatToWrite) }
        if report && format == .docx { throw CLIError.usage(.reportNotDocx) }
        var loaded = try PlanLoading.load(plan, analyse: report, language: language)
        if redact { loaded.model = loaded.model.redacted() }
        // Documents: --lang, else the plan's own `language` line, else coplan.toml's `language`.
        var documentLanguage = try CLILanguage.parse(language.lang, source: "--lang")
        if documentLanguage == nil, loaded.model.plan?.header.attributeSpans[.language] == nil {
            documentLanguage = loaded.config?.language
        }
        let emitter = AgreementEmitter(model: loaded.model, language: documentLanguage)
        var documents: [EmittedDocument] = []
        do {
            let refs = try all ? loaded.model.agreements.indices.map { Ref<Agreement>($0) }
                               : agreements.map { name throws(LocatedProblem) in try emitter.agreement(named: name) }
            var templates = try TemplateSelection(provider: loaded.provider, root: loaded.provider.repositoryRoot(containing: loaded.path),
                                                  template: template, base: loaded.provider.workingDirectory)
            for ref in refs {
                let agreement = loaded.model[ref]
                let folder = PathMath.directory(of: PathMath.join(loaded.provider.workingDirectory, agreement.header.span.file.path))
                let chosen = try templates.template(for: agreement, folder: folder)
                documents.append(try emitter.render(ref, format: format, template: chosen))
            }
            if report {
                documents.append(try PlanReport(model: loaded.model, analysis: Analyzer.analyse(loaded.model),
                                                language: emitter.language, silenced: loaded.report.silenced).render(format: format))
            }
        } catch {
            Terminal.problem(error)
            throw ExitCode(2)
        }
        // Two names that differ only in case would overwrite each other on some systems.
        var seen: [String: String] = [:]
        for document in documents {
            if let other = seen.updateValue(document.fileName, forKey: document.fileName.lowercased()) {
                throw CLIError.io(.sameDocumentName(name: other))
            }
        }
        if documents.isEmpty {
            Terminal.error(.noAgreements)
            return
        }
        let writer = try AtomicWriter(folder: output)
        for document in documents {
            let path = try writer.save(document.bytes, name: document.fileName)
            Terminal.write(CLIMessage.wrote(path: loaded.provider.displayPath(path), bytes: document.bytes.count).text[CLILanguage.current] + "\n")
        }
    }
}

extension DocumentFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
