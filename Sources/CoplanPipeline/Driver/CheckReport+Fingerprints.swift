import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
/// Computes `DiagnosticFingerprint`s for a report's findings from the checked models: which
/// declaration a finding lies in comes from the entities' spans, so nothing is re-parsed.
package struct Fingerprinter: Sendable {
    /// Per file path: declarations as (start, end, `kind:id`), sorted by start.
    private var declarations: [String: [(start: Int, end: Int, id: String)]] = [:]

    package init(models: [PlanModel]) {
        var seen = Set<String>()
        func add(_ kind: String, _ header: EntityHeader) {
            guard !header.isPredeclared else { return }
            let path = header.span.file.path
            let key = "\(path)|\(header.span.range.start)"
            guard seen.insert(key).inserted else { return }   // shared imports appear in several plans
            declarations[path, default: []].append((header.span.range.start, header.span.range.end, "\(kind):\(header.name)"))
        }
        for model in models {
            if let plan = model.plan { add("plan", plan.header) }
            for e in model.sectors { add("sector", e.header) }
            for e in model.roles { add("role", e.header) }
            for e in model.partners { add("partner", e.header) }
            for e in model.people { add("person", e.header) }
            for e in model.needs { add("need", e.header) }
            for e in model.groups { add("group", e.header) }
            for e in model.services { add("service", e.header) }
            for e in model.agreements { add("agreement", e.header) }
            for e in model.teams { add("team", e.header) }
            for e in model.goals { add("goal", e.header) }
        }
        for path in declarations.keys { declarations[path]!.sort { $0.start < $1.start } }
    }

    /// The `kind:id` of the declaration containing a byte offset of a file, if any.
    package func declaration(in path: String, at offset: Int) -> String? {
        guard let list = declarations[path] else { return nil }
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid].start <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0, offset < max(list[low - 1].end, list[low - 1].start + 1) else { return nil }
        return list[low - 1].id
    }

    /// Fingerprints for `diagnostics`, in their order; repeats get ordinals in that order.
    package func fingerprints(_ diagnostics: [Diagnostic]) -> [DiagnosticFingerprint] {
        var counts: [DiagnosticFingerprint: Int] = [:]
        return diagnostics.map { diagnostic in
            var print = fingerprint(diagnostic)
            let n = counts[print, default: 0] + 1
            counts[print] = n
            print.ordinal = n
            return print
        }
    }

    /// The fingerprint of one finding, ordinal 1.
    package func fingerprint(_ diagnostic: Diagnostic) -> DiagnosticFingerprint {
        guard let span = diagnostic.span else {
            return DiagnosticFingerprint(code: diagnostic.code, file: "", declaration: "", anchor: diagnostic.message.en)
        }
        let range = span.range
        let text = span.file.text(range.start..<min(range.end, range.start + 200))
        return DiagnosticFingerprint(code: diagnostic.code, file: span.file.path,
                                     declaration: declaration(in: span.file.path, at: range.start) ?? "",
                                     anchor: Self.anchor(text))
    }

    /// The words of a span: split at blanks and list punctuation, keywords in English, at most
    /// eight words — what stays the same when the text is reformatted or translated.
    static func anchor(_ text: String) -> String {
        let words = text.split { $0.isWhitespace || $0 == "," || $0 == ";" || $0 == "{" || $0 == "}" }
        return words.prefix(8).map { word in
            Keyword.matching(String(word)).first?.rawValue ?? String(word)
        }.joined(separator: " ")
    }
}

extension CheckReport {
    /// One fingerprint per entry of `diagnostics`, in the same order.
    package var fingerprints: [DiagnosticFingerprint] {
        Fingerprinter(models: plans.map(\.model)).fingerprints(diagnostics)
    }
}
