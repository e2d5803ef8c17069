import CoplanCore

/// The catalog of the sentences a check report says about itself (the summary line, capped
/// findings, waiting coverage), shared by every output format.
package enum ReportMessage: Sendable, Hashable {
    /// `3 more findings not shown`.
    case notShown(count: Int)
    /// SARIF's notification for a capped file.
    case limitReached(count: Int)
    /// `coverage is evaluated once the plan's 2 errors are fixed`.
    case coverageWaits(errors: Int)
    /// The summary line of `check`.
    case summary(files: Int, errors: Int, warnings: Int, gaps: Int, coverage: CoverageFigure?, waitsForErrors: Bool, someLeftOut: Bool)
    /// `2 errors, 1 warning` (nothing for a zero count): JUnit's failure message.
    case counts(errors: Int, warnings: Int, gaps: Int)
    /// JUnit's test case for findings that belong to no file.
    case repositoryCase

    /// Coverage as the summary line gives it.
    package struct CoverageFigure: Sendable, Hashable {
        package var percent: Double
        package var covered: Int
        package var pairs: Int

        package init(percent: Double, covered: Int, pairs: Int) {
            self.percent = percent
            self.covered = covered
            self.pairs = pairs
        }
    }

    package var text: Text {
        switch self {
        case .notShown(let count):
            return Text(en: "\(count) more finding\(count == 1 ? "" : "s") not shown",
                        pl: "nie pokazano kolejnych zgłoszeń: \(count)")
        case .limitReached(let count):
            return ReportMessage.notShown(count: count).text
                + Text(en: ": the per-file limit was reached", pl: ": osiągnięto limit zgłoszeń na plik")
        case .coverageWaits(let errors):
            return Text(en: "coverage is evaluated once the plan's \(errors) error\(errors == 1 ? " is" : "s are") fixed",
                        pl: "pokrycie zostanie ocenione po poprawieniu " + (errors == 1 ? "błędu planu" : "\(errors) błędów planu"))
        case .summary(let files, let errors, let warnings, let gaps, let coverage, let waits, let someLeftOut):
            var en = "\(Self.english(files, "file")) checked: \(Self.english(errors, "error")), \(Self.english(warnings, "warning")), \(Self.english(gaps, "gap"))"
            var pl = "sprawdzono \(Self.polish(files, "plik", "pliki", "plików")): \(Self.polish(errors, "błąd", "błędy", "błędów")), "
                + "\(Self.polish(warnings, "ostrzeżenie", "ostrzeżenia", "ostrzeżeń")), \(Self.polish(gaps, "luka", "luki", "luk"))"
            if let coverage {
                en += "; coverage \(NumberText.percent(coverage.percent, in: .en)) (\(coverage.covered) of \(Self.english(coverage.pairs, "pair")) fully covered)"
                pl += "; pokrycie \(NumberText.percent(coverage.percent, in: .pl)) (w pełni pokryte: \(coverage.covered) z \(PolishPlural.choose(coverage.pairs, "1 pary", "\(coverage.pairs) par", "\(coverage.pairs) par")))"
                if someLeftOut {
                    en += " in the plans without errors"
                    pl += " w planach bez błędów"
                }
            } else if waits {
                en += "; coverage is evaluated once the errors are fixed"
                pl += "; pokrycie zostanie ocenione po poprawieniu błędów"
            }
            return Text(en: en, pl: pl)
        case .counts(let errors, let warnings, let gaps):
            let en = [(errors, "error"), (warnings, "warning"), (gaps, "gap")].filter { $0.0 > 0 }.map { Self.english($0.0, $0.1) }
            let pl = [(errors, ("błąd", "błędy", "błędów")), (warnings, ("ostrzeżenie", "ostrzeżenia", "ostrzeżeń")), (gaps, ("luka", "luki", "luk"))]
                .filter { $0.0 > 0 }.map { Self.polish($0.0, $0.1.0, $0.1.1, $0.1.2) }
            return Text(en: en.joined(separator: ", "), pl: pl.joined(separator: ", "))
        case .repositoryCase:
            return Text(en: "(plan repository)", pl: "(repozytorium planów)")
        }
    }

    static func english(_ count: Int, _ word: String) -> String {
        "\(count) \(word)\(count == 1 ? "" : "s")"
    }

    static func polish(_ count: Int, _ one: String, _ few: String, _ many: String) -> String {
        "\(count) \(PolishPlural.choose(count, one, few, many))"
    }
}
