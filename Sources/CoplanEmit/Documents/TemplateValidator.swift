import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
/// Checks a Mustache template against the context schema before it is rendered: every
/// variable and section name must exist where it is used. swift-mustache renders unknown
/// names as empty text, which in a legal document silently drops a party's name; this walk
/// over the template's tags turns that into an error at the tag's line and column.
///
/// Partials, unescaped output (`{{{…}}}`, `{{&…}}`) and pragmas are refused: templates get
/// no files, and the output format alone decides how plan data is escaped.
package struct TemplateValidator: Sendable {
    package var schema: TemplateSchema
    /// Shown in errors.
    package var file: String?

    package init(schema: TemplateSchema, file: String? = nil) {
        self.schema = schema
        self.file = file
    }

    /// Transforms swift-mustache offers that make sense on our data, with what they return.
    enum TransformResult { case same, text, flag, item }
    static let transforms: [String: TransformResult] = [
        "uppercased": .same, "lowercased": .same, "capitalized": .same,
        "first": .item, "last": .item, "reversed": .same, "count": .text, "empty": .flag,
    ]

    struct Section {
        var tag: String
        var scope: TemplateSchema
        var offset: Int
        var shape: TemplateShape
    }

    /// Throws the first problem found; returns how the template's sections nest, which bounds
    /// the work of rendering it (`TemplateShape`).
    @discardableResult
    func validate(_ text: String) throws(LocatedProblem) -> TemplateShape {
        let bytes = Array(text.utf8)
        var open = Array("{{".utf8), close = Array("}}".utf8)
        var sections: [Section] = []
        var top = TemplateShape(tags: 0)
        var index = 0

        let source = SourceFile(path: file ?? "", bytes: bytes)
        func fail(_ message: TemplateMessage, at offset: Int, help: Text? = nil) -> LocatedProblem {
            LocatedProblem(message.text, at: SourceSpan(file: source, range: SourceRange(offset, offset)), help: help)
        }
        func find(_ needle: [UInt8], from start: Int) -> Int? {
            guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
            var i = start
            while i + needle.count <= bytes.count {
                if bytes[i] == needle[0], Array(bytes[i..<(i + needle.count)]) == needle { return i }
                i += 1
            }
            return nil
        }

        // swift-mustache's parser takes time in proportion to tags × length (it measures the
        // rest of the text at every tag), so both are bounded before it runs.
        guard bytes.count <= Limits.maxTemplateBytes else {
            throw LocatedProblem(TemplateMessage.tooLarge(bytes: bytes.count, limitKB: Limits.maxTemplateBytes >> 10).text,
                                 file: file, help: TemplateMessage.tooLargeHelp.text)
        }
        var tags = 0
        while let start = find(open, from: index) {
            tags += 1
            guard tags <= Limits.maxTemplateTags else {
                throw fail(.tooManyTags(limit: Limits.maxTemplateTags), at: start, help: TemplateMessage.tooManyTagsHelp.text)
            }
            var contentStart = start + open.count
            guard let end = find(close, from: contentStart) else {
                throw fail(.unterminatedTag(close: String(decoding: close, as: UTF8.self)), at: start)
            }
            index = end + close.count
            var content = String(decoding: bytes[contentStart..<end], as: UTF8.self)
            guard let sigil = content.first else { throw fail(.emptyTag, at: start) }
            // At most `Limits.maxTemplateSections` + 1 scopes, so deriving them per tag is cheap.
            let scopes = [schema] + sections.map(\.scope)
            switch sigil {
            case "!":
                continue
            case "{", "&":
                throw fail(.unescapedOutput, at: start, help: TemplateMessage.unescapedOutputHelp.text)
            case ">", "<", "$":
                throw fail(.partialsAndBlocks, at: start)
            case "%":
                throw fail(.pragmas, at: start, help: TemplateMessage.pragmasHelp.text)
            case "=":
                // Set delimiters: `{{=<% %>=}}`.
                let inner = content.dropFirst().dropLast().split(separator: " ", omittingEmptySubsequences: true)
                guard content.hasSuffix("="), inner.count == 2 else {
                    throw fail(.malformedDelimiters, at: start)
                }
                open = Array(inner[0].utf8)
                close = Array(inner[1].utf8)
            case "#", "^":
                contentStart += 1
                content.removeFirst()
                // swift-mustache parses and renders sections recursively: a bound keeps the stack safe.
                guard sections.count < Limits.maxTemplateSections else {
                    throw fail(.sectionsTooDeep(limit: Limits.maxTemplateSections), at: start, help: TemplateMessage.sectionsTooDeepHelp.text)
                }
                let name = content.trimmingBlanks
                let kind = try resolve(name, scopes: scopes, at: contentStart, fail: fail)
                let scope: TemplateSchema
                var repeated: String?
                if sigil == "^" {
                    scope = scopes.last!
                } else {
                    switch kind {
                    case .list(let item):
                        scope = item
                        repeated = Self.fieldName(name)
                    case .flag: scope = scopes.last!
                    default: scope = kind
                    }
                }
                sections.append(Section(tag: name, scope: scope, offset: start,
                                        shape: TemplateShape(list: repeated, offset: start)))
            case "/":
                let name = String(content.dropFirst()).trimmingBlanks
                guard let last = sections.popLast() else {
                    throw fail(.closesNothing(name: name), at: start)
                }
                guard last.tag == name else {
                    throw fail(.closesOther(name: name, open: last.tag), at: start, help: TemplateMessage.closeInnermostHelp(open: last.tag).text)
                }
                if sections.isEmpty { top.children.append(last.shape) } else { sections[sections.count - 1].shape.children.append(last.shape) }
            default:
                _ = try resolve(content.trimmingBlanks, scopes: scopes, at: contentStart, fail: fail)
                if sections.isEmpty { top.tags += 1 } else { sections[sections.count - 1].shape.tags += 1 }
            }
        }
        if let unclosed = sections.last {
            throw fail(.neverClosed(section: unclosed.tag), at: unclosed.offset, help: TemplateMessage.addCloseHelp(section: unclosed.tag).text)
        }
        return top
    }

    /// The field a list section names, without transforms and path: `reversed(party.contacts)`
    /// is `contacts`.
    static func fieldName(_ name: String) -> String {
        var inner = Substring(name)
        while let paren = inner.firstIndex(of: "("), inner.hasSuffix(")") {
            inner = inner[inner.index(after: paren)..<inner.index(before: inner.endIndex)]
        }
        return String(inner.split(separator: ".").last ?? inner)
    }

    /// The schema a tag name denotes in the given scopes (innermost last), following
    /// swift-mustache's lookup: the first segment is searched outward, the rest inside it.
    func resolve(_ raw: String, scopes: [TemplateSchema], at offset: Int, transforms depth: Int = 0,
                 fail: (TemplateMessage, Int, Text?) -> LocatedProblem) throws(LocatedProblem) -> TemplateSchema {
        // Transforms: `name(inner)`, nested.
        if let paren = raw.firstIndex(of: "("), raw.hasSuffix(")") {
            // Both this walk and swift-mustache's recurse once per transform.
            guard depth < Limits.maxTemplateTransforms else {
                throw fail(.transformsTooDeep(limit: Limits.maxTemplateTransforms), offset, nil)
            }
            let transform = String(raw[..<paren])
            let inner = String(raw[raw.index(after: paren)..<raw.index(before: raw.endIndex)])
            guard let result = Self.transforms[transform] else {
                throw fail(.unknownTransform(name: transform),
                           offset, Suggestion.closest(to: transform, preferred: Self.transforms.keys.sorted()).map { CoreMessage.didYouMean($0).text })
            }
            let base = try resolve(inner, scopes: scopes, at: offset + transform.utf8.count + 1, transforms: depth + 1, fail: fail)
            switch result {
            case .same: return base
            case .text: return .text
            case .flag: return .flag
            case .item:
                if case .list(let item) = base { return item }
                throw fail(.needsList(transform: transform, inner: inner), offset, nil)
            }
        }
        guard !raw.isEmpty else { throw fail(.emptyTag, offset, nil) }
        if raw == "." { return scopes.last! }
        let rootOnly = raw.hasPrefix(".")
        let parts = raw.split(separator: ".", omittingEmptySubsequences: false).dropFirst(rootOnly ? 1 : 0).map(String.init)
        guard let head = parts.first, !head.isEmpty, parts.allSatisfy({ !$0.isEmpty }) else {
            throw fail(.malformedName(name: raw), offset, nil)
        }
        var current: TemplateSchema?
        for scope in (rootOnly ? [scopes.last!] : scopes.reversed()) {
            if let found = scope.members[head] { current = found; break }
        }
        guard var value = current else {
            let visible = Set(scopes.flatMap { $0.members.keys })
            throw fail(.unknownField(field: head), offset,
                       Suggestion.closest(to: head, preferred: visible.sorted()).map { CoreMessage.didYouMean($0).text }
                           ?? TemplateMessage.fieldsHere(fields: visible.sorted()).text)
        }
        for part in parts.dropFirst() {
            guard let next = value.members[part] else {
                let keys = value.members.keys.sorted()
                throw fail(.unknownFieldIn(field: part, name: raw), offset,
                           Suggestion.closest(to: part, preferred: keys).map { CoreMessage.didYouMean($0).text }
                               ?? (keys.isEmpty ? nil : TemplateMessage.fieldsHere(fields: keys).text))
            }
            value = next
        }
        return value
    }
}
