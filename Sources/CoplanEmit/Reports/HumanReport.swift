import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// The human form of a `CheckReport`: every diagnostic with its code frame, "N more not
/// shown" lines, and a one-line summary.
package enum HumanReport {
    package static func render(_ report: CheckReport, colored: Bool) -> String {
        let renderer = DiagnosticRenderer(colored: colored, language: report.language)
        var out = ""
        for diagnostic in report.diagnostics {
            out += renderer.render(diagnostic) + "\n"
        }
        for (file, count) in report.hidden.sorted(by: { $0.key < $1.key }) {
            out += "\(file): \(ReportMessage.notShown(count: count).text[report.language])\n\n"
        }
        out += summaryLine(report) + "\n"
        return out
    }

    package static func summaryLine(_ report: CheckReport) -> String {
        let figure = report.coverage.map { ReportMessage.CoverageFigure(percent: $0.percent, covered: $0.covered, pairs: $0.pairs) }
        // Plans with errors get no coverage; say that the figure leaves them out.
        let leftOut = report.plans.contains(where: { $0.coverage == nil }) && report.errors > 0
        let waits = report.errors > 0 && !report.plans.isEmpty
        return ReportMessage.summary(files: report.files.count, errors: report.errors, warnings: report.warnings, gaps: report.gaps,
                                     coverage: figure, waitsForErrors: waits, someLeftOut: leftOut).text[report.language]
    }
}
