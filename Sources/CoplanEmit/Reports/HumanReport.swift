import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// The human form of a `CheckReport`: every diagnostic with its code frame, "N more not
/// shown" lines, and a one-line summary.
package enum HumanReport {
    package static func render(_ report: CheckReport, colored: Bool) -> String {
        let renderer = DiagnosticRenderer(colored: colored)
        var out = ""
        for diagnostic in report.diagnostics {
            out += renderer.render(diagnostic) + "\n"
        }
        for (file, count) in report.hidden.sorted(by: { $0.key < $1.key }) {
            out += "\(file): \(CheckReport.notShown(count))\n\n"
        }
        out += summaryLine(report) + "\n"
        return out
    }

    package static func summaryLine(_ report: CheckReport) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        var line = "\(plural(report.files.count, "file")) checked: \(plural(report.errors, "error")), "
            + "\(plural(report.warnings, "warning")), \(plural(report.gaps, "gap"))"
        if let coverage = report.coverage {
            line += "; coverage \(NumberText.percent(coverage.percent)) (\(coverage.covered) of \(plural(coverage.pairs, "pair")) fully covered)"
            // Plans with errors get no coverage; say that the figure leaves them out.
            if report.plans.contains(where: { $0.coverage == nil }), report.errors > 0 { line += " in the plans without errors" }
        } else if report.errors > 0, !report.plans.isEmpty {
            line += "; coverage is evaluated once the errors are fixed"
        }
        return line
    }
}
