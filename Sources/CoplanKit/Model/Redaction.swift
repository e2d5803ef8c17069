/// Removing people's personal data (names, emails, phones, and identifiers that may spell a
/// name) from what coplan prints, for reports that are published (`--redact`). A person becomes
/// their title (or "person N"); partners, services and everything else stay as written.
///
/// Applied to the model (emitters and the coverage matrix read only the model) and to a check
/// report (whose messages and source excerpts were made before redaction).
public struct Redaction: Sendable {
    /// Person identifiers and their replacements (`anna_nowak` → `person_1`).
    public private(set) var identifiers: [String: String] = [:]
    /// Personal texts (display names, emails, phones) and their replacements, longest first.
    public private(set) var texts: [(String, String)] = []

    public init(models: [PlanModel]) {
        var seen = Set<String>()
        for model in models {
            for (index, person) in model.people.enumerated() where !person.header.isPredeclared {
                let label = Self.label(person, number: index + 1)
                identifiers[person.name] = identifiers[person.name] ?? "person_\(index + 1)"
                for value in [person.header.displayName, person.email, person.phone].compactMap({ $0 }) where !value.isEmpty {
                    if seen.insert(value).inserted { texts.append((value, value == person.header.displayName ? label : "[\(label)]")) }
                }
            }
        }
        texts.sort { $0.0.utf8.count > $1.0.utf8.count }
    }

    /// What a person is called once redacted: their title, else "person N".
    static func label(_ person: Person, number: Int) -> String {
        if let title = person.title, !title.isEmpty { return title }
        return "person \(number)"
    }

    /// `text` with every personal text replaced and every person identifier in backticks renamed.
    public func apply(_ text: String) -> String {
        var out = text
        for (original, replacement) in texts where out.contains(original) {
            out = out.replacing(original, with: replacement)
        }
        for (name, replacement) in identifiers where out.contains("`\(name)`") {
            out = out.replacing("`\(name)`", with: "`\(replacement)`")
        }
        return out
    }

    /// A copy of the file with personal texts and person identifiers overwritten by `*`, byte for
    /// byte, so that every span into it stays valid and excerpts show nothing personal.
    public func mask(_ file: SourceFile) -> SourceFile {
        var bytes = file.bytes
        let needles = texts.map { (Array($0.0.utf8), false) } + identifiers.keys.sorted().map { (Array($0.utf8), true) }
        for (needle, wholeWord) in needles where !needle.isEmpty && needle.count <= bytes.count {
            var index = 0
            while index + needle.count <= bytes.count {
                if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle),
                   !wholeWord || (!Self.isWordByte(index > 0 ? bytes[index - 1] : 0x20)
                                  && !Self.isWordByte(index + needle.count < bytes.count ? bytes[index + needle.count] : 0x20)) {
                    for offset in index..<index + needle.count { bytes[offset] = 0x2A }
                    index += needle.count
                } else {
                    index += 1
                }
            }
        }
        return SourceFile(path: file.path, bytes: bytes)
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == 0x5F || byte == 0x2D || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }
}

extension PlanModel {
    /// This model with people's names, emails and phones replaced by their titles (or
    /// "person N") and person identifiers renamed `person_N`: for published reports.
    public func redacted() -> PlanModel {
        let redaction = Redaction(models: [self])
        var copy = self
        for index in copy.people.indices where !copy.people[index].header.isPredeclared {
            let person = copy.people[index]
            let newName = redaction.identifiers[person.name] ?? person.name
            copy.people[index].header.displayName = Redaction.label(person, number: index + 1)
            copy.people[index].header.name = newName
            copy.people[index].email = nil
            copy.people[index].phone = nil
            if copy.symbols[person.name]?.kind == .person {
                copy.symbols[newName] = copy.symbols.removeValue(forKey: person.name)
            }
        }
        return copy
    }
}

extension CheckReport {
    /// This report with personal data removed from models, messages and source excerpts.
    public func redacted() -> CheckReport {
        let redaction = Redaction(models: plans.map(\.model))
        var masked: [ObjectIdentifier: SourceFile] = [:]
        func span(_ span: SourceSpan?) -> SourceSpan? {
            guard let span else { return nil }
            let key = ObjectIdentifier(span.file)
            let file = masked[key] ?? redaction.mask(span.file)
            masked[key] = file
            return SourceSpan(file: file, range: span.range)
        }
        func clean(_ diagnostic: Diagnostic) -> Diagnostic {
            var copy = diagnostic
            copy.message = redaction.apply(diagnostic.message)
            copy.help = diagnostic.help.map(redaction.apply)
            copy.suggestion = diagnostic.suggestion.map { redaction.identifiers[$0] ?? redaction.apply($0) }
            copy.span = span(diagnostic.span)
            copy.notes = diagnostic.notes.map { Diagnostic.Note(redaction.apply($0.message), at: span($0.span)) }
            return copy
        }
        var copy = self
        copy.diagnostics = diagnostics.map(clean)
        for index in copy.plans.indices {
            copy.plans[index].model = plans[index].model.redacted()
            copy.plans[index].diagnostics = plans[index].diagnostics.map(clean)
        }
        return copy
    }
}
