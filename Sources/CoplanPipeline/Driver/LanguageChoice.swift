import CoplanCore
import CoplanModel

/// How the reader's language is chosen, the same way for every command (docs/LANGUAGE.md §9):
/// `--lang`, else `COPLAN_LANG`, else `coplan.toml`'s `language`, else the checked plans' own
/// language when they all agree, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
/// Pure: front ends pass the environment in, so the library reads no process state.
package struct LanguageChoice: Sendable, Equatable {
    /// `--lang`.
    package var flag: Language?
    /// `COPLAN_LANG`.
    package var environment: Language?
    /// `language` in `coplan.toml`, when the file says it.
    package var configured: Language?
    /// From `LC_ALL`, `LC_MESSAGES` or `LANG`, the first that is set and not empty.
    package var locale: Language?

    package init(flag: Language? = nil, environment: Language? = nil, configured: Language? = nil, locale: Language? = nil) {
        self.flag = flag
        self.environment = environment
        self.configured = configured
        self.locale = locale
    }

    /// A fixed language (tests, `--lang` known up front).
    package static func fixed(_ language: Language) -> LanguageChoice { LanguageChoice(flag: language) }

    /// Reads `COPLAN_LANG` and the locale variables from `variables`. A set but unknown
    /// `COPLAN_LANG` is ignored here; front ends report it as a usage error.
    package init(flag: Language?, variables: [String: String], configured: Language?) {
        self.flag = flag
        self.environment = variables["COPLAN_LANG"].flatMap(Language.init(code:))
        self.configured = configured
        self.locale = Self.locale(variables)
    }

    /// `pl…` means Polish, anything else English; POSIX order: `LC_ALL` over `LC_MESSAGES` over `LANG`.
    package static func locale(_ variables: [String: String]) -> Language? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = variables[name], !value.isEmpty {
                return Language(code: value) == .pl ? .pl : .en
            }
        }
        return nil
    }

    /// The choice before any plan is read: what usage errors and `coplan.toml` problems use.
    package var beforePlans: Language { resolve(plans: []) }

    /// The language, given the languages the checked plans say they are in (nil: says nothing).
    package func resolve(plans: [Language?]) -> Language {
        if let flag { return flag }
        if let environment { return environment }
        if let configured { return configured }
        let stated = plans.compactMap { $0 }
        if let first = stated.first, stated.count == plans.count, stated.allSatisfy({ $0 == first }) { return first }
        return locale ?? .en
    }

    /// The language for a report's plans.
    package func resolve(models: [PlanModel]) -> Language {
        resolve(plans: models.map(\.ownLanguage))
    }
}
