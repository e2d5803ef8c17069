import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
import Mustache

/// The plan report (`coplan emit --report`): summary, partners by sector, the coverage matrix,
/// gaps, goals with their indicator values and the partner–agreement diagram, as an HTML page
/// (diagram as inline SVG) or Markdown (diagram as a Mermaid block).
package struct PlanReport: Sendable {
    package var model: PlanModel
    package var analysis: Analyzer.Result
    package var language: Language
    /// Sites the check silenced (`CheckReport.silenced`): the report lists the gaps
    /// `coplan check` shows and says how many it leaves out.
    package var silenced: Set<Diagnostic.Site>

    /// Gap texts name keywords (a goal's metric) in the document's language, since a
    /// document quotes no code to copy: an analysis spelled otherwise is done again.
    package init(model: PlanModel, analysis: Analyzer.Result, language: Language? = nil, silenced: Set<Diagnostic.Site> = []) {
        self.model = model
        self.silenced = silenced
        let language = language ?? model.plan?.language ?? .pl
        self.language = language
        let keywords: KeywordLanguage = language == .pl ? .polish : .english
        if analysis.index.chosenKeywords == keywords {
            self.analysis = analysis
        } else {
            self.analysis = Analyzer.analyse(model, without: Set(analysis.withdrawn),
                                             at: analysis.isSingleDay ? analysis.window?.first : nil, keywords: keywords)
        }
    }

    var phrases: DocumentPhrases { DocumentPhrases(language) }
    var pl: Bool { language == .pl }

    static let templates: [DocumentFormat: MustacheTemplate] = {
        _ = Escaping.registerMarkdown
        // Built-in texts, covered by tests.
        return [
            .md: try! MustacheTemplate(string: "{{% CONTENT_TYPE: \(Escaping.markdownContentType)}}" + ReportTemplates.markdown),
            .html: try! MustacheTemplate(string: ReportTemplates.html),
        ]
    }()

    /// `report.md` or `report.html`.
    package func render(format: DocumentFormat) throws(LocatedProblem) -> EmittedDocument {
        guard let template = Self.templates[format] else {
            throw LocatedProblem(DocumentMessage.reportFormat(format: format.rawValue).text)
        }
        let text = template.render(context(format: format).mustacheObject)
        return EmittedDocument(fileName: "report." + format.fileExtension, bytes: Array(text.utf8))
    }

    func percent(_ value: Double) -> String { phrases.number(value) + "%" }

    func context(format: DocumentFormat) -> TemplateValue {
        let graph = PartnerGraph(model: model, language: language)
        let plan = model.plan
        var root: [String: TemplateValue] = [:]
        root["lang"] = .text(language.rawValue)
        root["l"] = labels
        root["title"] = .text(plan?.title ?? "")
        root["plan"] = TemplateValue.record([
            "name": .opt(plan?.name),
            "territory": .opt(plan?.territory.map { "\($0.kind) \($0.name)" + ($0.teryt.map { " (TERYT \($0.value))" } ?? "") }),
            "period": .opt(plan?.period.map(phrases.period)),
            "program": .opt(plan?.program),
            "budget": .opt(plan?.budget.map { "\(groupedAmount($0.text)) \($0.currency)" }),
        ])
        let indicators = analysis.indicators
        root["stats"] = .list([
            stat(pl ? "Partnerzy" : "Partners", String(model.partners.count)),
            stat(pl ? "Porozumienia" : "Agreements", String(model.agreements.count)),
            stat(pl ? "Usługi" : "Services", String(model.services.count)),
            stat(pl ? "Grupy docelowe" : "Target groups", String(model.groups.count)),
            stat(pl ? "Pary (grupa, potrzeba)" : "(group, need) pairs", String(analysis.pairs.count)),
            stat(pl ? "Pary w pełni pokryte" : "Pairs fully covered", String(analysis.pairs.filter { $0.status == .covered }.count)),
            stat(pl ? "Pokrycie potrzeb" : "Coverage of needs", percent(indicators.coverage)),
            stat(pl ? "Osoby objęte wsparciem" : "People reached", String(indicators.peopleReached)),
        ])
        // Partners by sector.
        root["sectors"] = .list(graph.sectors.enumerated().map { index, group in
            .object([
                "label": .text(group.label),
                "color": .text(PartnerGraph.color(index)),
                "count": .text(String(group.partners.count)),
                "partners": .list(group.partners.map(partnerRow)),
            ])
        })
        // Coverage matrix: the same columns (needs some group lists, in declaration order) as
        // `coplan gaps`; rows only for groups that list a need.
        let matrix = CoverageMatrix(model: model, result: analysis, silenced: silenced)
        let rows = matrix.rows.filter { $0.cells.contains { $0 != nil } }
        root["matrix_needs"] = .list(matrix.columns.map { .object(["title": .text(model[$0.need].title)]) })
        root["matrix_rows"] = .list(rows.map { row in
            .record([
                "group": .text(model[row.group].title),
                "size": .opt(row.size.map(String.init)),
                "cells": .list(row.cells.map { cell in self.cell(cell.map { analysis.pairs[$0.pair] }) }),
            ])
        })
        root["has_matrix"] = .flag(!rows.isEmpty)
        // Gaps: as `coplan gaps` lists them (the matrix leaves out what the check silenced).
        let gaps = matrix.gaps
        root["gaps"] = .list(gaps.map { gap in
            .record([
                "code": .text(gap.code.rawValue),
                "message": .text(documentText(gap.message)),
                "location": .opt(gap.span.map { "\($0.file.path):\($0.start.line)" }),
            ])
        })
        root["has_gaps"] = .flag(!gaps.isEmpty)
        let left = matrix.silencedGaps
        root["silenced_gaps"] = .opt(left > 0 ? documentText(Text(en: "Gaps the plan marks as known are not listed: \(left).",
                                                                   pl: "Nie wymieniono luk, które plan oznacza jako znane: \(left).")) : nil)
        // Goals.
        root["goals"] = .list(model.goals.map { goal in
            .object([
                "title": .text(goal.title),
                "indicators": .list(goal.indicators.map { indicator in
                    let value = indicators.value(indicator.metric)
                    let met = indicator.comparison.holds(value, indicator.target)
                    let target = indicator.metric == .coverage ? percent(indicator.target) : phrases.number(indicator.target)
                    return .object([
                        "metric": .text(metricLabel(indicator.metric)),
                        "target": .text("\(symbol(indicator.comparison)) \(target)"),
                        "value": .text(indicator.metric == .coverage ? percent(value) : phrases.number(value)),
                        "met": .flag(met),
                        "mark": .text(met ? (pl ? "✓ osiągnięty" : "✓ met") : (pl ? "✗ nieosiągnięty" : "✗ not met")),
                    ])
                }),
            ])
        })
        root["has_goals"] = .flag(!model.goals.isEmpty)
        root["agreements"] = .list(model.agreements.enumerated().map { index, agreement in
            .record([
                "number": .text(String(index + 1)),
                "title": .text(agreement.title),
                "parties": .text(agreement.parties.map { model[$0.value].title }.joined(separator: "; ")),
                "period": .opt(agreement.period.map(phrases.period)),
            ])
        })
        root["has_agreements"] = .flag(!model.agreements.isEmpty)
        switch format {
        case .html: root["svg"] = .text(graph.svg(language: language))
        default: root["mermaid"] = .text(String(graph.mermaid().dropLast()))
        }
        return .object(root)
    }

    /// A finding as a document says it: in the document's language, names quoted instead of in
    /// backticks, dates spelled out, comparisons as `≥` and `≤`.
    func documentText(_ message: Text) -> String {
        let titled = phrases.quotingCode(message[language]) { name in
            guard let symbol = model.symbols[name], symbol.kind != .plan else { return nil }
            return model.header(of: symbol).title
        }
        return phrases.spellingDates(titled).replacing(" >= ", with: " ≥ ").replacing(" <= ", with: " ≤ ")
    }

    /// `≥` and `≤` read better than the plan's `>=` and `<=`.
    func symbol(_ comparison: Comparison) -> String {
        switch comparison {
        case .atLeast: return "≥"
        case .atMost: return "≤"
        default: return comparison.rawValue
        }
    }

    func stat(_ label: String, _ value: String) -> TemplateValue {
        .object(["label": .text(label), "value": .text(value)])
    }

    func partnerRow(_ ref: Ref<Partner>) -> TemplateValue {
        let partner = model[ref]
        let agreements = model.agreements.filter { $0.parties.contains { $0.value == ref } }.count
        return .record([
            "title": .text(partner.title),
            "level": .opt(partner.level.map(levelLabel)),
            "kind": .opt(partner.kind.map(kindLabel)),
            "roles": .text(partner.roles.map { phrases.roleLabel(model[$0]) }.joined(separator: ", ")),
            "agreements": .text(String(agreements)),
        ])
    }

    func cell(_ pair: PairCoverage?) -> TemplateValue {
        guard let pair else { return .object(["status": .text("none"), "text": .text("—")]) }
        let symbol: String
        switch pair.status {
        case .covered: symbol = "✓"
        case .partial: symbol = "◐"
        case .uncovered: symbol = "✗"
        }
        var text = "\(symbol) \(percent(pair.percent))"
        if let shortfall = pair.shortfall {
            text += pl ? " (brak \(GapMessage.places(shortfall)))"
                       : " (\(NumberText.count(shortfall, in: .en)) place\(shortfall == 1 ? "" : "s") short)"
        }
        return .object(["status": .text(pair.status.rawValue), "text": .text(text)])
    }

    /// "12 893 583,46" in Polish (thin-space groups, decimal comma), "12,893,583.46" in English.
    func groupedAmount(_ text: String) -> String {
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = String(parts.first ?? "")
        var grouped = ""
        for (i, ch) in whole.reversed().enumerated() {
            if i > 0, i % 3 == 0 { grouped.append(pl ? "\u{00A0}" : ",") }
            grouped.append(ch)
        }
        grouped = String(grouped.reversed())
        if parts.count > 1 { grouped += (pl ? "," : ".") + parts[1] }
        return grouped
    }

    func metricLabel(_ metric: Metric) -> String {
        switch (language, metric) {
        case (.pl, .agreements): return "liczba porozumień"
        case (.pl, .partners): return "liczba partnerów w porozumieniach"
        case (.pl, .services): return "liczba usług"
        case (.pl, .sectors): return "liczba sektorów"
        case (.pl, .coverage): return "pokrycie potrzeb"
        case (.pl, .people_reached): return "liczba osób objętych wsparciem"
        case (.en, .agreements): return "agreements"
        case (.en, .partners): return "partners in agreements"
        case (.en, .services): return "services"
        case (.en, .sectors): return "sectors"
        case (.en, .coverage): return "coverage of needs"
        case (.en, .people_reached): return "people reached"
        }
    }

    func levelLabel(_ level: Level) -> String {
        switch (language, level) {
        case (.pl, .gmina): return "gmina"
        case (.pl, .powiat): return "powiat"
        case (.pl, .wojewodztwo): return "województwo"
        case (.pl, .kraj): return "kraj"
        case (.en, .gmina): return "municipality"
        case (.en, .powiat): return "county"
        case (.en, .wojewodztwo): return "voivodeship"
        case (.en, .kraj): return "national"
        }
    }

    func kindLabel(_ kind: PartnerKind) -> String {
        switch (language, kind) {
        case (.pl, .public): return "publiczny"
        case (.pl, .ngo): return "pozarządowy"
        case (.pl, .private): return "prywatny"
        case (.pl, .church): return "kościelny"
        case (.en, .public): return "public"
        case (.en, .ngo): return "NGO"
        case (.en, .private): return "private"
        case (.en, .church): return "church"
        }
    }

    /// Headings and column names in the report's language.
    var labels: TemplateValue {
        func t(_ p: String, _ e: String) -> TemplateValue { .text(pl ? p : e) }
        return .object([
            "report": t("Raport planu współpracy", "Cooperation plan report"),
            "summary": t("Podsumowanie", "Summary"),
            "territory": t("Obszar", "Territory"),
            "period": t("Okres", "Period"),
            "program": t("Program", "Programme"),
            "budget": t("Budżet", "Budget"),
            "figures": t("Wskaźniki planu", "Key figures"),
            "partners": t("Partnerzy według sektorów", "Partners by sector"),
            "partner": t("Partner", "Partner"),
            "level": t("Poziom", "Level"),
            "kind": t("Rodzaj", "Kind"),
            "roles": t("Role", "Roles"),
            "agreement_count": t("Porozumienia", "Agreements"),
            "matrix": t("Macierz pokrycia potrzeb", "Coverage matrix"),
            "matrix_note": t("Odsetek dni okresu planu, w których potrzeba grupy jest zaspokojona przez usługę objętą porozumieniem: ✓ przez cały okres, ◐ przez część okresu, ✗ wcale.",
                             "Share of the plan period's days on which an agreed service meets the group's need: ✓ throughout, ◐ for part of the period, ✗ never."),
            "group": t("Grupa", "Group"),
            "gaps": t("Luki", "Gaps"),
            "no_gaps": t("Nie stwierdzono luk.", "No gaps found."),
            "goals": t("Cele i wskaźniki", "Goals and indicators"),
            "indicator": t("Wskaźnik", "Indicator"),
            "target": t("Wartość docelowa", "Target"),
            "value": t("Wartość", "Value"),
            "result": t("Wynik", "Result"),
            "diagram": t("Partnerzy i porozumienia", "Partners and agreements"),
            "agreements": t("Porozumienia", "Agreements"),
            "parties": t("Strony", "Parties"),
            "generated": t("Wygenerowano przez coplan.", "Generated by coplan."),
        ])
    }
}
