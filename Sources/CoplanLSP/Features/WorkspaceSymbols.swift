import CoplanKit

/// `workspace/symbol`: declarations of every open plan and its imports whose name or display
/// name contains the query (case and Polish diacritics ignored).
struct WorkspaceSymbolParams: Decodable { var query: String }

struct SymbolInformation: Encodable {
    var name: String
    var kind: SymbolKind
    var location: Location
    var containerName: String?
}

extension LanguageServer {
    func workspaceSymbols(_ params: WorkspaceSymbolParams) throws -> [SymbolInformation]? {
        checkDirty()
        let query = Self.folded(params.query)
        var seen = Set<String>()
        var result: [SymbolInformation] = []
        for path in analyses.keys.sorted() {
            for tree in analyses[path]!.unitTrees where seen.insert(tree.file.path).inserted {
                for case .declaration(let declaration) in tree.items where !declaration.name.text.isEmpty {
                    let haystack = Self.folded(declaration.name.text + " " + (declaration.displayName?.text ?? ""))
                    guard query.isEmpty || haystack.contains(query) else { continue }
                    result.append(SymbolInformation(name: declaration.name.text, kind: declaration.kind.symbolKind,
                                                    location: location(SourceSpan(file: tree.file, range: declaration.name.range)),
                                                    containerName: declaration.displayName?.text))
                    if result.count >= 1000 { return result }
                }
            }
        }
        return result
    }

    /// Lower case with Polish letters folded to ASCII: `Łódź` matches `lodz`.
    static func folded(_ text: String) -> String {
        let map: [Character: Character] = ["ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z"]
        return String(text.lowercased().map { map[$0] ?? $0 })
    }
}
