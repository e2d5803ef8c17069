import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
import CoplanFormat
import CoplanEmit
/// Commands that read the session without changing it: `:check`, `:gaps`, `:show`, `:list`,
/// `:emit`, `:help`, `:assert`. They read the cached check, so they cost no re-analysis
/// (a `:gaps --without` what-if re-sweeps only the pairs the withdrawn partners touch).
extension Session {
    var renderer: DiagnosticRenderer { DiagnosticRenderer(colored: options.colored, language: language) }

    package func check() -> SessionReply {
        guard !state.chunks.isEmpty else { return SessionReply(say(.sessionEmpty)) }
        return SessionReply(HumanReport.render(checked.report, colored: options.colored).trimmingBlanks)
    }

    // MARK: :gaps

    /// Gap findings and coverage, as written or as if partners withdrew, over the plan period
    /// or on one day.
    /// The partners `--without` names, or the reply that says which name is wrong.
    func withdrawnPartners(_ names: [String]) -> Result<Set<Ref<Partner>>, SessionReply.Failure> {
        let model = checked.model
        var withdrawn = Set<Ref<Partner>>()
        for name in names {
            guard let symbol = model.symbol(name) else {
                return .failure(.init(.error(say(.unknownPartner(name: name)) + didYouMean(name, among: model.partners.map(\.name)))))
            }
            guard symbol.kind == .partner else {
                return .failure(.init(.error(say(.notAPartner(name: name, kind: symbol.kind))
                                             + didYouMean(name, among: model.partners.map(\.name)))))
            }
            withdrawn.insert(Ref(symbol.index))
        }
        return .success(withdrawn)
    }

    /// The analysis as if `withdrawn` left, on `day` or over the whole period: what `:gaps` shows
    /// and what a what-if `:assert` measures. Never changes the session.
    func whatIf(without withdrawn: Set<Ref<Partner>>, at day: Day?) -> Analyzer.Result {
        if day == nil, let baseline = checked.analysis {
            return withdrawn.isEmpty ? baseline : baseline.without(withdrawn)
        }
        return Analyzer.analyse(checked.model, without: withdrawn, at: day)
    }

    /// Why coverage is not shown while the plan has errors (nil when it can be evaluated).
    var coverageWaits: String? {
        let errors = checked.report.errors
        guard errors > 0, checked.analysis == nil else { return nil }
        return (ReportMessage.coverageWaits(errors: errors).text + SessionMessage.checkListsThem.text)[language]
    }

    package func gaps(without names: [String], at dayText: String?) -> SessionReply {
        guard !state.chunks.isEmpty else { return .error(say(.sessionEmptyLoadFirst)) }
        if let coverageWaits { return .error(coverageWaits) }
        let withdrawn: Set<Ref<Partner>>
        switch withdrawnPartners(names) {
        case .success(let partners): withdrawn = partners
        case .failure(let failure): return failure.reply
        }
        let day = dayText.flatMap { Day(iso: $0) }
        let result = whatIf(without: withdrawn, at: day)
        guard let summary = result.summary else {
            return SessionReply(say(.noCoverageNoPeriod))
        }
        var out = ""
        let (findings, silenced) = checked.shownGaps(of: result)
        // A what-if shows what changes; the findings as a whole are one `:gaps` away.
        let shown = withdrawn.isEmpty ? findings.prefix(Self.gapsShown) : []
        if !shown.isEmpty { out += renderer.render(Array(shown)) + "\n" }
        if withdrawn.isEmpty, findings.count > shown.count { out += say(.gapFindingsNotShown(count: findings.count - shown.count)) + "\n\n" }
        if withdrawn.isEmpty, silenced > 0 { out += CoverageMessage.gapsSilenced(count: silenced).text[language] + "\n\n" }
        if !withdrawn.isEmpty {
            let who = withdrawn.sorted().map { model[$0].name }
            if result.newlyBroken.isEmpty && result.newlyMissingSectors.isEmpty {
                out += say(.withoutNoLoss(partners: who)) + "\n"
            } else {
                out += say(.withoutHeading(partners: who)) + "\n"
                for change in result.newlyBroken {
                    let pair = result.pairs[change.pair]
                    out += "  " + say(.pairChange(group: model[pair.group].name, need: model[pair.need].name,
                                                  before: change.before, after: change.after, lostDays: change.lostDays))
                    out += change.lost.count == 1 ? " (\(change.lost[0]))\n" : "\n"
                }
                for sector in result.newlyMissingSectors {
                    out += "  " + say(.sectorNoLongerMet(sector: model[sector].name)) + "\n"
                }
            }
        }
        let gapCount = findings.count
        out += say(.coverageLine(percent: summary.percent, day: day.map { "\($0)" }, covered: summary.covered,
                                 pairs: summary.pairs, gaps: gapCount))
        return SessionReply(out)
    }

    static let gapsShown = 50

    // MARK: :show, :list, :emit

    package func show(_ name: String) -> SessionReply {
        let model = checked.model
        guard let symbol = model.symbol(name) ?? (model.plan?.name == name ? Symbol(kind: .plan, index: 0) : nil) else {
            return .error(say(.noDeclaration(name: name)) + didYouMean(name, among: allNames))
        }
        let header = model.header(of: symbol)
        var out: String
        if let site = checked.declarations[name] {
            let location = SourceSpan(file: site.tree.file, range: site.declaration.range).start
            out = "# \(site.tree.file.path):\(location.line)\n"
            out += PlanFormatter().format(declaration: site.declaration, in: site.tree).trimmingBlanks
        } else {
            out = say(.standardEntity(kind: symbol.kind, name: name, title: header.title))
        }
        let users = References(model: model).users(of: name)
        if !users.isEmpty {
            out += "\n" + say(.usedBy(kind: symbol.kind, users: users.map { .init(kind: $0.kind, name: $0.name) }))
        }
        if symbol.kind == .partner, let analysis = checked.analysis,
           let critical = analysis.ranking.first(where: { $0.partner.index == symbol.index }) {
            out += "\n" + say(.criticalFor(pairs: critical.pairs.count, pairDays: critical.pairDays))
        }
        return SessionReply(out)
    }

    var allNames: [String] { Array(checked.model.symbols.names) + (checked.model.plan.map { [$0.name] } ?? []) }

    package func list(_ kind: DeclarationKind, filter: SessionCommand.ListFilter?) -> SessionReply {
        var headers = checked.model.headers(of: kind)
        if let filter {
            let schema = AttributeSchema.for(kind)
            guard let rule = schema.rule(for: filter.attribute) else {
                let known = schema.rules.map { language == .pl ? $0.keyword.polish : $0.keyword.english }
                return .error(say(.noAttribute(kind: kind, attribute: filter.attribute))
                              + didYouMean(filter.attribute, among: schema.spellings)
                              + (known.isEmpty ? "" : "\n\(CoreMessage.noteLabel.text[language]): " + say(.attributesAre(names: known))))
            }
            // Words are compared as the resolver reads them: `zdrowie` is `health` where a sector
            // stands, `województwo` is `wojewodztwo` where a level does.
            func canonical(_ word: String) -> String {
                switch rule.value {
                case .name(let target), .names(let target): return StandardNames.alias(word, kind: target) ?? word
                case .choice(let set): return set.value(of: word) ?? word
                default: return word
                }
            }
            let wanted = canonical(filter.value)
            let number = Double(filter.value.replacing("_", with: ""))
            headers = headers.filter { header in
                guard let site = checked.declarations[header.name], site.declaration.kind == kind else { return false }
                return site.declaration.attributes.contains { attribute in
                    guard schema.rule(for: attribute.name.text)?.keyword == rule.keyword else { return false }
                    if filter.comparison != .equal {
                        guard let number, let first = attribute.atoms.first(where: { $0.kind == .number }),
                              let value = Double(first.text) else { return false }
                        return filter.comparison.holds(value, number)
                    }
                    return attribute.items.contains { item in
                        item.map(\.text).joined(separator: " ") == filter.value || item.contains { canonical($0.text) == wanted }
                    }
                }
            }
        }
        guard !headers.isEmpty else { return SessionReply(say(.noneOfKind(kind: kind, filtered: filter != nil))) }
        let width = min(32, headers.map(\.name.count).max() ?? 0)
        var out = headers.map { header in
            let padded = header.name + String(repeating: " ", count: max(1, width + 2 - header.name.count))
            return padded + (header.displayName.map { "\"\($0)\"" } ?? "") + (header.isPredeclared ? say(.standardMark(kind: kind)) : "")
        }.joined(separator: "\n")
        out += "\n" + say(.countOfKind(kind: kind, count: headers.count))
        return SessionReply(out)
    }

    /// An agreement as a document (Markdown by default, or HTML) with its own `template` when
    /// it names one, as `coplan emit` renders it; any declaration as plan text or JSON.
    package func emit(_ name: String, format: EmitFormat?) -> SessionReply {
        guard let site = checked.declarations[name] else {
            return .error(say(.noDeclaration(name: name)) + didYouMean(name, among: Array(checked.declarations.keys)))
        }
        let isAgreement = site.declaration.kind == .agreement
        switch format ?? (isAgreement ? .document(.md) : .plan) {
        case .plan:
            return SessionReply(PlanFormatter().format(declaration: site.declaration, in: site.tree).trimmingBlanks)
        case .json:
            return SessionReply(Self.json(site).serialized(pretty: true))
        case .document(let format) where !isAgreement:
            return .error(say(.documentFormatForAgreements(format: format.rawValue, name: name, kind: site.declaration.kind))
                          + "\n\(CoreMessage.noteLabel.text[language]): " + say(.emitPrintsPlanJSON(name: name)))
        case .document(.docx):
            return .error(say(.docxNotPrinted(name: name)))
        case .document(let format):
            guard checked.report.errors == 0 else {
                return .error(say(.emitNeedsNoErrors))
            }
            let emitter = AgreementEmitter(model: checked.model)
            do {
                let ref = try emitter.agreement(named: name)
                let agreement = checked.model[ref]
                let place = templatePlace(of: agreement.header.span.file)
                // Without a provider from the front end, only the built-in templates exist.
                var templates = try TemplateSelection(provider: templates ?? MemorySourceProvider(files: [:]), root: place.root)
                let template = try templates.template(for: agreement, folder: place.folder)
                return SessionReply(try emitter.render(ref, format: format, template: template).text.trimmingBlanks)
            } catch {
                let place = error.span.map { "\n  --> \($0.file.path):\($0.start.line):\($0.start.column)" }
                    ?? error.path.map { "\n  --> \($0)" } ?? ""
                return .error(error.message[language] + place + (error.helpText.map(helpLine) ?? ""))
            }
        }
    }

    /// Where templates named in `file` are looked up: its folder (typed text: the working
    /// folder), inside the repository root of the file (typed text: of the session's plan).
    func templatePlace(of file: SourceFile) -> (folder: String, root: String) {
        for chunk in state.chunks {
            if chunk.tree.file === file, case .file(let path) = chunk.origin {
                return (PathMath.directory(of: path), provider.repositoryRoot(containing: path))
            }
            if let index = chunk.imports.firstIndex(where: { $0.file === file }) {
                let path = chunk.importPaths[index]
                return (PathMath.directory(of: path), provider.repositoryRoot(containing: path))
            }
        }
        let anchor = state.savePath ?? PathMath.join(workingDirectory, "session.plan")
        return (workingDirectory, provider.repositoryRoot(containing: anchor))
    }

    /// A declaration as JSON: kind, name, place, and each attribute's list items as written.
    static func json(_ site: CheckedPlan.DeclarationSite) -> JSONValue {
        let declaration = site.declaration
        let start = SourceSpan(file: site.tree.file, range: declaration.range).start
        let attributes: [JSONValue] = declaration.attributes.map { attribute in
            .object([
                ("name", .string(attribute.name.text)),
                ("values", .array(attribute.items.map { .string($0.map(\.text).joined(separator: " ")) })),
            ])
        }
        return .object([
            ("kind", .string(declaration.kind.english)),
            ("name", .string(declaration.name.text)),
            ("displayName", declaration.displayName.map { .string($0.text) } ?? .null),
            ("file", .string(site.tree.file.path)),
            ("line", .int(start.line)),
            ("attributes", .array(attributes)),
        ])
    }

    // MARK: :help

    package func help(_ name: String?) -> SessionReply {
        let catalogue = SessionCommand.help.map { (name: $0.name, usage: $0.usage[language], summary: $0.summary[language]) }
        guard let name else {
            // Usage, then the summary wrapped in its own column: the reply fits 80 columns.
            let column = (catalogue.map(\.usage.count).max() ?? 0) + 2
            var out = ""
            for entry in catalogue {
                let summary = TextWrap.wrap(entry.summary, width: 80, indent: column, hanging: column)
                out += entry.usage + summary.dropFirst(entry.usage.count)
            }
            out += "\n" + TextWrap.wrap(say(.plainTextHelp), width: 80, indent: 0, hanging: 0)
            return SessionReply(String(out.dropLast()))
        }
        let key = SessionCommand.aliases[name] ?? name
        guard let entry = catalogue.first(where: { $0.name == key }) else {
            return .error(say(.unknownCommand(name: name))
                          + didYouMean(name, among: SessionCommand.names).replacingBackticks(prefix: ":"))
        }
        return SessionReply("\(entry.usage)\n  \(entry.summary)" + (Self.examples[key].map { "\n  \(say(.example)) " + $0[language] } ?? ""))
    }

    /// Examples in each language's words where the command accepts both (`:list podmioty gdzie sektor = zdrowie`).
    static let examples: [String: Text] = [
        "gaps": Text(verbatim: ":gaps --without gops --at 2019-06-01"),
        "list": Text(en: ":list partners where sector = health", pl: ":list podmioty gdzie sektor = zdrowie"),
        "assert": Text(en: ":assert coverage >= 90%   :assert gaps for families == 0", pl: ":assert coverage >= 90%   :assert gaps for rodziny == 0"),
        "emit": Text(verbatim: ":emit gops_szkola --format json"),
        "load": Text(verbatim: ":load Plans/lesniowice-liderzy-kooperacji.plan"),
    ]

    // MARK: :explain

    /// A code's explanation, in Polish when the session's plan says `language pl`, else English.
    package func explain(_ text: String) -> SessionReply {
        guard let explanation = CodeExplanation(code: text) else {
            return .error(say(.unknownCode(code: text)) + didYouMean(text.uppercased(), among: DiagnosticCode.allCases.map(\.rawValue)))
        }
        return SessionReply(explanation.render(language: language).trimmingBlanks)
    }

    // MARK: :assert

    /// Checks an assertion against the current plan.
    package func evaluate(_ assertion: Assertion) -> SessionReply {
        let report = checked.report
        if assertion.measure != .errors, assertion.measure != .warnings, let coverageWaits {
            return SessionReply(say(.assertionCannotMeasure(assertion: assertion.description, reason: coverageWaits)), kind: .assertionFailed)
        }
        // A what-if assertion measures coverage and gaps as `:gaps` with the same options shows them.
        var coverageSummary = report.coverage
        var gapFindings = report.diagnostics.filter { $0.severity == .gap }
        if assertion.isWhatIf {
            switch withdrawnPartners(assertion.without) {
            case .success(let withdrawn):
                let result = whatIf(without: withdrawn, at: assertion.at.flatMap { Day(iso: $0) })
                coverageSummary = result.summary
                gapFindings = checked.shownGaps(of: result).gaps
            case .failure(let failure):
                return failure.reply
            }
        }
        let value: Double
        let shown: SessionMessage
        switch assertion.measure {
        case .coverage:
            guard let coverage = coverageSummary else {
                return SessionReply(say(.assertionCannotMeasure(assertion: assertion.description, reason: say(.noCoverage))),
                                    kind: .assertionFailed)
            }
            value = coverage.percent
            shown = .coverageIs(percent: value)
        case .errors:
            value = Double(report.errors)
            shown = .errorCount(report.errors)
        case .warnings:
            value = Double(report.warnings)
            shown = .warningCount(report.warnings)
        case .gaps:
            value = Double(gapFindings.count)
            shown = .gapCount(gapFindings.count)
        case .gapsFor(let group):
            guard let symbol = checked.model.symbol(group), symbol.kind == .group else {
                return .error(say(.unknownGroup(name: group)) + didYouMean(group, among: checked.model.groups.map(\.name)))
            }
            let span = checked.model.groups[symbol.index].header.span
            let count = gapFindings.count { diagnostic in
                guard let at = diagnostic.span else { return false }
                return at.file === span.file && at.range.start >= span.range.start && at.range.end <= span.range.end
            }
            value = Double(count)
            shown = .gapCountFor(count: count, group: group)
        }
        if assertion.comparison.holds(value, assertion.target) {
            return SessionReply(say(.assertionHeld(assertion: assertion.description, measured: shown.text)))
        }
        return SessionReply(say(.assertionFailed(assertion: assertion.description, measured: shown.text)), kind: .assertionFailed)
    }
}

extension String {
    /// `did you mean `load`?` → `did you mean `:load`?` for command names.
    func replacingBackticks(prefix: String) -> String {
        replacing("`", with: "`" + prefix, maxReplacements: 1)
    }
}
