import CoplanKit
/// What the fuzz targets (Fuzz/) run on one input, kept in the library so that the regression
/// test replays a crashing input through exactly the same code. Each entry point checks its
/// own invariants with `precondition`, so a broken invariant is a crash the fuzzer keeps.
package enum FuzzHarness {
    /// Splits fuzz bytes into a small in-memory repository: byte 0x01 separates files, named
    /// `/repo/a.plan`, `/repo/b.plan`, … (at most 4), so that imports (`import "b.plan"`) and
    /// cycles between files are reachable from mutations.
    package static func repository(_ bytes: [UInt8]) -> (provider: MemorySourceProvider, paths: [String]) {
        var provider = MemorySourceProvider(files: [:])
        var paths: [String] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || (bytes[index] == 0x01 && paths.count < 3) {
            let path = "/repo/" + String(UnicodeScalar(UInt8(0x61 + paths.count))) + ".plan"
            provider.files[path] = Array(bytes[start..<index])
            paths.append(path)
            start = index + 1
        }
        return (provider, paths)
    }

    /// Lexer and parser alone: every diagnostic is located inside the file.
    package static func parse(_ bytes: [UInt8]) {
        let tree = Parser.parse(SourceFile(path: "a.plan", bytes: bytes))
        for diagnostic in tree.diagnostics {
            guard let span = diagnostic.span else { preconditionFailure("syntax finding without a location: \(diagnostic.message)") }
            precondition(span.range.start <= span.range.end && span.range.end <= bytes.count,
                         "finding outside the file: \(diagnostic.message)")
            _ = span.start
        }
    }

    /// The whole check (parse, imports, resolve, validate, analyse), then on each plan the
    /// coverage matrix, a what-if and a single-day analysis. Returns the JSON texts (report,
    /// coverage matrix) so that callers with Foundation can parse them. With `everything`
    /// false (the fuzz target) an input drives one of the three extra analyses, chosen by its
    /// bytes: each re-analysis costs as much as the check's own, and the fuzzer reaches all
    /// three through different inputs at twice the pace.
    @discardableResult
    package static func check(_ bytes: [UInt8], everything: Bool = true) -> [String] {
        let report = checked(bytes)
        var perFile: [String: Int] = [:]
        for diagnostic in report.diagnostics {
            perFile[diagnostic.span?.file.path ?? "", default: 0] += 1
        }
        precondition(perFile.values.allSatisfy { $0 <= Checker.Options().maxDiagnosticsPerFile }, "more findings than the per-file limit")
        var texts = [report.json.serialized()]
        let pick = everything ? nil : checksum(bytes) % 3
        for plan in report.plans {
            let model = plan.model
            if pick == nil || pick! < 2 {
                let baseline = Analyzer.analyse(model)
                texts.append(CoverageMatrix(model: model, result: baseline).json(language: .pl).serialized())
                if pick != 0, let first = model.partners.indices.first {
                    let without = baseline.without([Ref(first)])
                    // Withdrawing a partner never adds coverage.
                    if let before = baseline.summary, let after = without.summary {
                        precondition(after.coveredPairDays <= before.coveredPairDays, "coverage grew when a partner withdrew")
                    }
                }
            }
            if pick == nil || pick == 2, let start = model.plan?.period?.first {
                _ = Analyzer.analyse(model, at: start)
            }
        }
        return texts
    }

    static func checked(_ bytes: [UInt8]) -> CheckReport {
        let (provider, paths) = repository(bytes)
        var options = Checker.Options()
        options.cores = 1
        return Checker(options: options).check(paths: paths, provider: provider)
    }

    /// FNV-1a of the input, its low byte dropped: what picks the slice of work an input drives,
    /// the same for the same input every time.
    static func checksum(_ bytes: [UInt8]) -> Int {
        Int(bytes.reduce(UInt32(2166136261)) { ($0 ^ UInt32($1)) &* 16777619 } >> 8)
    }

    /// Which outputs one fuzz input drives. Rendering every format in both languages for every
    /// input cost ~10 ms an input (about 80 executions a second), most of it re-rendering what
    /// the previous input already exercised; the fuzzer reaches each slice through the
    /// input's own bytes instead, so every output is still fuzzed, at several times the pace.
    package struct EmitSlice: Sendable {
        package var languages: [Language]
        package var redacted: [Bool]
        /// Which report formats of the check: 0 human, 1 SARIF, 2 JUnit, 3 GitHub.
        package var reports: [Int]
        /// Document formats per agreement, by the agreement's index.
        package var formats: @Sendable (Int) -> [DocumentFormat]
        /// Agreements rendered: every one, or at most the first and the last.
        package var everyAgreement: Bool

        /// Everything: what the regression test replays a crash with.
        package static let all = EmitSlice(languages: Language.allCases, redacted: [false, true], reports: [0, 1, 2, 3],
                                           formats: { _ in DocumentFormat.allCases }, everyAgreement: true)

        /// The slice an input's bytes choose (a checksum, so one input always takes the same).
        package static func chosen(by bytes: [UInt8]) -> EmitSlice {
            let pick = checksum(bytes)
            let formats = DocumentFormat.allCases
            return EmitSlice(languages: [Language.allCases[pick % 2]], redacted: [(pick >> 1) % 4 == 0],
                             reports: [(pick >> 3) % 4], formats: { [formats[(pick + $0) % formats.count]] },
                             everyAgreement: false)
        }
    }

    /// The emitters on the plans of an input: every report format of the check and the coverage
    /// matrix whatever the errors (redacted or not), then, for plans without errors (the CLI
    /// emits nothing else), agreements, the plan report and the partner graph. The fuzz target
    /// takes the slice its input chooses; tests and crash replays take `.all`.
    package static func emit(_ bytes: [UInt8], slice: EmitSlice? = nil) {
        let slice = slice ?? .all
        let report = checked(bytes)
        // One analysis per plan serves every output below: the redacted model has the same
        // entities at the same indices, and the documents of both languages read the same result.
        let analyses = report.plans.map { Analyzer.analyse($0.model) }
        for redact in slice.redacted {
            var shown = redact ? report.redacted() : report
            for language in slice.languages {
                shown.language = language
                for format in slice.reports {
                    switch format {
                    case 0: _ = HumanReport.render(shown, colored: true)
                    case 1: _ = SarifReport.render(shown).serialized(pretty: true)
                    case 2: _ = JUnitReport.render(shown, strict: true)
                    default: _ = GitHubAnnotations.render(shown)
                    }
                }
                for (plan, analysis) in zip(shown.plans, analyses) {
                    let matrix = CoverageMatrix(model: plan.model, result: analysis)
                    _ = matrix.text(width: 80, colored: true, language: language)
                    _ = matrix.markdown(language: language)
                }
            }
        }
        guard report.errors == 0 else { return }
        for (plan, analysis) in zip(report.plans, analyses) where plan.model.plan != nil {
            let model = plan.model
            let indices = model.agreements.indices
            let chosen = slice.everyAgreement ? Array(indices) : Array(Set([indices.first, indices.last].compactMap { $0 })).sorted()
            for language in slice.languages {
                let emitter = AgreementEmitter(model: model, language: language)
                for index in chosen {
                    for format in slice.formats(index) {
                        if let document = try? emitter.render(Ref<Agreement>(index), format: format) {
                            precondition(!document.fileName.contains("/") && !document.fileName.hasPrefix("."),
                                         "unsafe document name `\(document.fileName)`")
                        }
                    }
                }
                let planReport = PlanReport(model: model, analysis: analysis, language: language)
                for format in [DocumentFormat.md, .html] { _ = try? planReport.render(format: format) }
                let graph = PartnerGraph(model: model, language: language)
                _ = graph.dot()
                _ = graph.mermaid()
                _ = graph.svg(language: language)
            }
        }
    }

    /// Lines in a text as its locations number them: one more than its line feeds.
    static func lineCount(_ text: String) -> Int {
        text.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// A synthetic plan for template fuzzing: built once, checked clean.
    static let templateModel: PlanModel = {
        let text = PlanGenerator(partners: 6, seed: 3).text()
        let provider = MemorySourceProvider(files: ["/repo/t.plan": text])
        return Checker().check(paths: ["/repo/t.plan"], provider: provider).plans[0].model
    }()

    /// A user document template (the input) prepared and rendered over every agreement of a
    /// small plan, as Markdown and HTML: either a document or a `LocatedProblem` located inside
    /// the template, within the time libFuzzer allows (the template limits keep it bounded).
    /// With `everything` false (the fuzz target) an input renders one agreement in one language
    /// and format, chosen by its bytes: the twelve renders of every input were most of its time,
    /// and the fuzzer reaches each of them through other inputs.
    package static func template(_ bytes: [UInt8], everything: Bool = true) {
        let text = String(decoding: bytes, as: UTF8.self)
        // Locations count lines as an editor does: CR, LF and CRLF each end one.
        let lines = lineCount(text.withLineFeeds)
        func located(_ error: LocatedProblem) {
            if let line = error.span?.start.line { precondition(line >= 1 && line <= lines, "template error outside the template: \(error)") }
        }
        let prepared: AgreementEmitter.PreparedTemplate
        do {
            prepared = try AgreementEmitter.prepare(TemplateText(text: text, path: "t.mustache"))
        } catch {
            return located(error)
        }
        let model = templateModel
        let pick = checksum(bytes)
        let languages = everything ? Language.allCases : [Language.allCases[pick % 2]]
        let agreements = everything ? Array(model.agreements.indices) : [(pick >> 1) % model.agreements.count]
        let formats = everything ? [DocumentFormat.md, .html] : [[DocumentFormat.md, .html][(pick >> 3) % 2]]
        for language in languages {
            let emitter = AgreementEmitter(model: model, language: language)
            for ref in agreements.map({ Ref<Agreement>($0) }) {
                for format in formats {
                    do {
                        _ = try emitter.render(ref, format: format, template: prepared)
                    } catch {
                        located(error)
                    }
                }
            }
        }
    }

    /// A REPL script (the input up to the first byte 0x01) run against `/repo/plan.plan` (the
    /// rest), with writes kept in memory: every failure the script reports is located on one of
    /// its lines.
    package static func session(_ bytes: [UInt8]) {
        let split = bytes.firstIndex(of: 0x01) ?? bytes.endIndex
        let script = String(decoding: bytes[..<split], as: UTF8.self)
        var provider = MemorySourceProvider(files: [:])
        if split < bytes.endIndex { provider.files["/repo/plan.plan"] = Array(bytes[(split + 1)...]) }
        var runner = ScriptRunner(session: Session(provider: provider, workingDirectory: "/repo"), path: "s.coplan")
        let host = MemoryScriptHost()
        runner.run(text: script, host: host)
        let lines = lineCount(script.withLineFeeds)
        for failure in host.failures where failure.hasPrefix("s.coplan:") {
            let number = Int(failure.dropFirst("s.coplan:".count).prefix { $0.isNumber }) ?? 0
            precondition(number >= 1 && number <= lines, "script failure outside the script: \(failure)")
        }
    }

    /// The formatter's round trip on inputs without syntax errors (it refuses the others): the
    /// output parses cleanly, formats to itself, keeps every comment and means the same
    /// (`ModelDump`: every entity, value and finding).
    package static func format(_ bytes: [UInt8]) {
        let tree = Parser.parse(SourceFile(path: "/repo/plan.plan", bytes: bytes))
        guard tree.diagnostics.isEmpty else { return }
        let formatter = PlanFormatter()
        guard let output = try? formatter.format(tree) else { preconditionFailure("the formatter refused a tree without syntax errors") }
        let again = Parser.parse(SourceFile(path: "/repo/plan.plan", text: output))
        precondition(again.diagnostics.isEmpty, "formatted text has syntax errors: \(again.diagnostics.map(\.message))")
        precondition((try? formatter.format(again)) == output, "formatting is not idempotent")
        precondition(again.comments.count == tree.comments.count, "formatting lost a comment")
        let input = String(decoding: bytes, as: UTF8.self)
        // The model must be identical; findings must keep their codes. Their wording may change:
        // a message quotes a keyword as written, and `fmt` writes every keyword in one language.
        let before = meaning(ModelDump.of(input)), after = meaning(ModelDump.of(output))
        precondition(before.model == after.model, "formatting changed the model")
        precondition(before.codes == after.codes, "formatting changed the findings")
    }

    static func meaning(_ dump: String) -> (model: Substring, codes: [Substring]) {
        let parts = dump.split(separator: "\n--\n", maxSplits: 1, omittingEmptySubsequences: false)
        let codes = parts.count > 1 ? parts[1].split(separator: "\n").map { $0.prefix(4) }.sorted() : []
        return (parts[0], codes)
    }
}
