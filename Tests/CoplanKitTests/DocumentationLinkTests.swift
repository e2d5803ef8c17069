import Foundation
import Testing

/// Every relative link of the repository's Markdown (README.md, ARCHITECTURE.md, docs/, Fuzz/)
/// points at a file or folder that exists, and every `#anchor` at a heading of the target
/// (GitHub's heading slugs). Links to other sites are not followed.
@Suite struct DocumentationLinkTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Repository-relative paths of the Markdown files whose links are checked.
    static func documents() -> [String] {
        var result = ["README.md", "ARCHITECTURE.md"]
        for folder in ["docs", "Fuzz"] {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let path as String in walker where path.hasSuffix(".md") {
                result.append(folder + "/" + path)
            }
        }
        return result.sorted()
    }

    @Test func theDocumentsAreFound() {
        let documents = Self.documents()
        #expect(documents.contains("docs/LANGUAGE.md"))
        #expect(documents.contains("Fuzz/README.md"))
    }

    @Test(arguments: documents())
    func relativeLinksResolve(_ document: String) throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent(document), encoding: .utf8)
        let folder = (document as NSString).deletingLastPathComponent
        for link in MarkdownLinks.targets(in: text) {
            let (path, anchor) = MarkdownLinks.split(link.target)
            let relative = path.isEmpty ? document : (folder.isEmpty ? path : folder + "/" + path)
            let url = Self.root.appendingPathComponent(relative).standardizedFileURL
            let exists = FileManager.default.fileExists(atPath: url.path)
            #expect(exists,
                    "\(document):\(link.line): `\(link.target)` — no file \(relative)")
            guard let anchor, url.pathExtension == "md",
                  let target = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let found = MarkdownLinks.anchors(in: target).contains(anchor)
            #expect(found,
                    "\(document):\(link.line): `\(link.target)` — no heading with anchor #\(anchor) in \(relative)")
        }
    }

    /// Comments and scripts cite documents by repository path (`docs/LANGUAGE.md §4`, `Fuzz/README.md`):
    /// every cited document exists, and every cited section of docs/LANGUAGE.md too.
    @Test func citedDocumentsExist() throws {
        let language = try String(contentsOf: Self.root.appendingPathComponent("docs/LANGUAGE.md"), encoding: .utf8)
        // Documents are named in capitals (README.md, docs/GAPS.md); lower-case `.md` names in the code are outputs.
        let citation = try Regex(#"([A-Za-z0-9_./-]*[A-Z][A-Z0-9_-]+\.md)( §([0-9]+))?"#)
        var files = ["Package.swift", "coplan.toml", "Grammar/coplan.ebnf"]
        for folder in ["Sources", "Tests", "Fuzz"] {
            let base = Self.root.appendingPathComponent(folder)
            for case let path as String in FileManager.default.enumerator(atPath: base.path)!
            where path.hasSuffix(".swift") || path.hasSuffix(".sh") {
                files.append(folder + "/" + path)
            }
        }
        for file in files {
            let text = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for match in line.matches(of: citation) {
                    let path = String(match.output[1].substring!)
                    let exists = FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(path).path)
                    #expect(exists, "\(file):\(number + 1): cites \(path), which is not a file of the repository (write its path from the root)")
                    if path == "docs/LANGUAGE.md", let section = match.output[3].substring {
                        let found = language.contains("\n## \(section). ")
                        #expect(found, "\(file):\(number + 1): docs/LANGUAGE.md has no section \(section)")
                    }
                }
            }
        }
    }

    @Test func slugsFollowGitHub() {
        let text = "# Fuzzing coplan\n## 3. Declarations\n## `coplan.toml`: repository configuration\n## Ą, ę!\n## Ą, ę!\n"
        #expect(MarkdownLinks.anchors(in: text) == ["fuzzing-coplan", "3-declarations", "coplantoml-repository-configuration", "ą-ę", "ą-ę-1"])
    }

    @Test func linksInCodeAreNotLinks() {
        let text = "[a](x.md) `[b](y.md)`\n```\n[c](z.md)\n```\n[d]: w.md\n[e](https://example.org) [f](#top)\n"
        #expect(MarkdownLinks.targets(in: text).map(\.target) == ["x.md", "w.md", "#top"])
    }
}

/// A small reader of Markdown links and headings: enough for this repository's documents.
enum MarkdownLinks {
    struct Link {
        var target: String
        var line: Int
    }

    /// Relative link targets of inline links `[text](target)` and definitions `[label]: target`,
    /// outside fenced code blocks and code spans. External links (`scheme:`) are left out.
    static func targets(in text: String) -> [Link] {
        var result: [Link] = []
        for (number, line) in lines(outsideFences: text) {
            let prose = withoutCodeSpans(line)
            var rest = prose[...]
            while let open = rest.range(of: "](") {
                let after = rest[open.upperBound...]
                guard let close = after.firstIndex(of: ")") else { break }
                let target = after[..<close].split(separator: " ").first.map(String.init) ?? ""
                result.append(Link(target: target, line: number))
                rest = after[close...]
            }
            let trimmed = prose.drop { $0 == " " }
            if trimmed.hasPrefix("["), let definition = trimmed.range(of: "]: ") {
                let target = trimmed[definition.upperBound...].split(separator: " ").first.map(String.init) ?? ""
                result.append(Link(target: target, line: number))
            }
        }
        return result.filter { !$0.target.isEmpty && !isExternal($0.target) }
    }

    static func isExternal(_ target: String) -> Bool {
        guard let colon = target.firstIndex(of: ":") else { return false }
        return target[..<colon].allSatisfy { $0.isLetter || $0 == "+" || $0 == "-" || $0 == "." }
    }

    /// `path#anchor` split into the path (empty for a link into the same file) and the anchor.
    static func split(_ target: String) -> (path: String, anchor: String?) {
        guard let hash = target.firstIndex(of: "#") else { return (target, nil) }
        return (String(target[..<hash]), String(target[target.index(after: hash)...]))
    }

    /// GitHub's anchors for the headings of a document, in order, duplicates numbered.
    static func anchors(in text: String) -> [String] {
        var seen: [String: Int] = [:]
        var result: [String] = []
        for (_, line) in lines(outsideFences: text) {
            let level = line.prefix { $0 == "#" }.count
            guard (1...6).contains(level), line.dropFirst(level).first == " " else { continue }
            let slug = slug(String(line.dropFirst(level + 1)))
            let count = seen[slug, default: 0]
            seen[slug] = count + 1
            result.append(count == 0 ? slug : "\(slug)-\(count)")
        }
        return result
    }

    /// Lower case; letters, digits, `-` and `_` kept; spaces become `-`; the rest is dropped.
    static func slug(_ heading: String) -> String {
        String(heading.trimmingCharacters(in: .whitespaces).lowercased().compactMap { character -> Character? in
            if character == " " { return "-" }
            if character.isLetter || character.isNumber || character == "-" || character == "_" { return character }
            return nil
        })
    }

    /// Numbered lines (1-based) that are not inside a fenced code block.
    static func lines(outsideFences text: String) -> [(Int, String)] {
        var result: [(Int, String)] = []
        var fence: String?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            let marker = trimmed.hasPrefix("```") ? "```" : trimmed.hasPrefix("~~~") ? "~~~" : nil
            if let marker {
                if fence == nil { fence = marker } else if fence == marker { fence = nil }
                continue
            }
            if fence == nil, !line.hasPrefix("    ") { result.append((index + 1, String(line))) }
        }
        return result
    }

    /// The line with every `code span` removed.
    static func withoutCodeSpans(_ line: String) -> String {
        var result = ""
        var inCode = false
        for character in line {
            if character == "`" { inCode.toggle(); continue }
            if !inCode { result.append(character) }
        }
        return result
    }
}
