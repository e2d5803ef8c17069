import CoplanKit

/// `textDocument/semanticTokens/full`: keywords, names (declared and referenced, by kind),
/// strings, numbers and comments, from the tree and the resolver's references — so names
/// are coloured by what they are, which a TextMate grammar cannot know.
enum SemanticTokenType: String, CaseIterable {
    case keyword, type, variable, property, string, number, comment, `enum`, enumMember, `class`, function, `struct`
}

enum SemanticTokenModifier: String, CaseIterable {
    case declaration
}

struct SemanticTokensParams: Decodable { var textDocument: TextDocumentIdentifier }

struct SemanticTokens: Encodable { var data: [Int] }

extension LanguageServer {
    func semanticTokens(_ params: SemanticTokensParams) throws -> SemanticTokens? {
        guard let (_, analysis) = current(params.textDocument.uri) else { return nil }
        let file = analysis.file
        var tokens: [(range: SourceRange, type: SemanticTokenType, modifiers: Int)] = []
        var referenced: [Int: DeclarationKind] = [:]
        if let model = analysis.model {
            let numbers = model.fileNumbers(at: file.path)
            for reference in model.references where numbers.contains(reference.file) {
                referenced[reference.range.start] = reference.symbol.kind
            }
        }
        func type(of kind: DeclarationKind) -> SemanticTokenType {
            switch kind {
            case .partner: return .class
            case .sector: return .enum
            case .role: return .enumMember
            case .service: return .function
            case .group: return .struct
            default: return .variable
            }
        }
        for item in analysis.tree.items {
            switch item {
            case .importStatement(let statement):
                tokens.append((statement.keyword.range, .keyword, 0))
                if let path = statement.path { tokens.append((path.range, .string, 0)) }
            case .declaration(let declaration):
                tokens.append((declaration.keyword.range, .keyword, 0))
                if !declaration.name.text.isEmpty { tokens.append((declaration.name.range, type(of: declaration.kind), 1)) }
                if let display = declaration.displayName { tokens.append((display.range, .string, 0)) }
                for attribute in declaration.attributes {
                    if let kind = referenced[attribute.name.range.start] {
                        tokens.append((attribute.name.range, type(of: kind), 0))
                    } else {
                        tokens.append((attribute.name.range, .property, 0))
                    }
                    for atom in attribute.atoms {
                        switch atom.kind {
                        case .string, .textBlock: tokens.append((atom.range, .string, 0))
                        case .number, .percent, .date: tokens.append((atom.range, .number, 0))
                        case .identifier:
                            if let kind = referenced[atom.range.start] {
                                tokens.append((atom.range, type(of: kind), 0))
                            } else if !Keyword.matching(atom.text).isEmpty {
                                tokens.append((atom.range, .keyword, 0))
                            }
                        default: break
                        }
                    }
                }
            }
        }
        for comment in analysis.tree.comments { tokens.append((comment, .comment, 0)) }
        tokens.sort { $0.range.start < $1.range.start }
        var data: [Int] = []
        var previous = Position(line: 0, character: 0)
        for token in tokens {
            let start = encoding.position(of: token.range.start, in: file)
            let end = encoding.position(of: token.range.end, in: file)
            // Tokens may not span lines (text blocks do): only their first line is marked.
            let length = end.line == start.line ? end.character - start.character
                : encoding.position(of: PositionEncoding.contentEnd(file, line: start.line), in: file).character - start.character
            guard length > 0 else { continue }
            let deltaLine = start.line - previous.line
            let deltaStart = deltaLine == 0 ? start.character - previous.character : start.character
            guard deltaLine > 0 || deltaStart >= 0 else { continue }
            data += [deltaLine, deltaStart, length, SemanticTokenType.allCases.firstIndex(of: token.type)!, token.modifiers]
            previous = start
        }
        return SemanticTokens(data: data)
    }
}
