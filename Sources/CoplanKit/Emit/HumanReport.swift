/// The human form of a `CheckReport`: every diagnostic with its code frame, "N more not
/// shown" lines, and a one-line summary.
public enum HumanReport {
    public static func render(_ report: CheckReport, colored: Bool) -> String {
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

    public static func summaryLine(_ report: CheckReport) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        var line = "\(plural(report.files.count, "file")) checked: \(plural(report.errors, "error")), "
            + "\(plural(report.warnings, "warning")), \(plural(report.gaps, "gap"))"
        if let coverage = report.coverage {
            line += "; coverage \(formatPercent(coverage.percent)) (\(coverage.covered) of \(plural(coverage.pairs, "pair")) fully covered)"
        }
        return line
    }

    /// `87.5%`, `100%`: one decimal at most, no trailing zero.
    public static func formatPercent(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return formatNumber(rounded) + "%"
    }

    /// A whole number without `.0`, anything else as Swift prints it. Plans may write targets
    /// like `1e300` (fuzzing found `Int(_:)` trapping on them), so only safe values become `Int`.
    public static func formatNumber(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
