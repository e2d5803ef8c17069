import CoplanKit

/// `coplan diff --format github`: one workflow command per change on the new version's line
/// (`::error` breaking, `::warning` risky, `::notice` info); removed declarations are
/// annotated on their file. Then the summary line.
package enum DiffGitHub {
    /// `pathPrefix` turns the diff's paths into paths from the repository root (the Actions
    /// workspace) when the compared folders lie below it.
    package static func render(_ diff: PlanDiff, language: Language, pathPrefix: String = "") -> String {
        var out = ""
        for change in diff.changes {
            let command: String
            switch change.impact {
            case .breaking: command = "error"
            case .risky: command = "warning"
            case .info: command = "notice"
            }
            var properties = [("file", pathPrefix + change.file)]
            if let span = change.span {
                properties.append(("line", String(span.start.line)))
                properties.append(("endLine", String(span.start.line)))
            }
            properties.append(("title", "coplan diff: \(change.impact.rawValue)"))
            var message = change.message(language)
            for attribute in change.attributes {
                message += "\n\(attribute.name): \(attribute.before ?? DiffPhrase.none.text(language)) → \(attribute.after ?? DiffPhrase.none.text(language))"
            }
            let list = properties.map { "\($0.0)=\(GitHubAnnotations.escapeProperty($0.1))" }.joined(separator: ",")
            out += "::\(command) \(list)::\(GitHubAnnotations.escapeData(message))\n"
        }
        return out + DiffSummary.line(diff, language: language) + "\n"
    }
}
