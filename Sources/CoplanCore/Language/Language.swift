/// The language a person reads coplan's output in, and the language of a plan's documents
/// (`language pl`). One enum for both, because the plan's own language is one of the ways the
/// output language is chosen (see `LanguageChoice` in CoplanPipeline).
package enum Language: String, Sendable, CaseIterable, Codable {
    case pl, en

    /// `pl`, `PL`, `polski`, `pl_PL.UTF-8`, `pl-PL`, `en_GB`…: what `--lang`, `COPLAN_LANG`,
    /// `coplan.toml` and the locale variables may hold. Nil for anything else (`C`, `POSIX`, `de`).
    package init?(code text: String) {
        let lowered = text.lowercased()
        if lowered == "polski" || lowered == "polish" { self = .pl; return }
        if lowered == "english" || lowered == "angielski" { self = .en; return }
        let prefix = lowered.prefix { $0.isLetter }
        switch prefix {
        case "pl": self = .pl
        case "en": self = .en
        default: return nil
        }
    }
}
