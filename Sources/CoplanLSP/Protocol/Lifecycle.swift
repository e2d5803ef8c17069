/// `initialize`: what the client offers and what the server answers with.

struct InitializeParams: Decodable {
    var rootUri: String?
    var locale: String?
    var capabilities: ClientCapabilities?

    struct ClientCapabilities: Decodable {
        var general: General?
        var textDocument: TextDocument?

        struct General: Decodable {
            var positionEncodings: [String]?
        }

        struct TextDocument: Decodable {
            var completion: Completion?
            var hover: Hover?

            struct Completion: Decodable {
                var completionItem: Item?
                struct Item: Decodable { var snippetSupport: Bool? }
            }

            struct Hover: Decodable { var contentFormat: [MarkupKind?]? }
        }
    }
}

struct InitializeResult: Encodable {
    var capabilities: ServerCapabilities
    var serverInfo: ServerInfo

    struct ServerInfo: Encodable {
        var name: String
        var version: String
    }
}

struct ServerCapabilities: Encodable {
    var positionEncoding: String
    /// Open, close and full-text change notifications.
    var textDocumentSync = TextDocumentSyncOptions()
    var completionProvider = CompletionOptions()
    var hoverProvider = true
    var definitionProvider = true
    var referencesProvider = true
    var renameProvider = RenameOptions()
    var documentSymbolProvider = true
    var workspaceSymbolProvider = true
    var documentFormattingProvider = true
    var foldingRangeProvider = true
    var inlayHintProvider = true
    var codeActionProvider = CodeActionOptions()
    var semanticTokensProvider = SemanticTokensOptions()

    struct TextDocumentSyncOptions: Encodable {
        var openClose = true
        /// 2, incremental: a change sends the edited range only. With the whole text (1), a
        /// 6 MB plan was sent and decoded again on every keystroke, a fifth of the time from
        /// the keystroke to its findings. Whole-text changes are still applied.
        var change = 2
        var save = SaveOptions()
        struct SaveOptions: Encodable { var includeText = false }
    }

    struct CompletionOptions: Encodable {
        var triggerCharacters = [" ", ",", ":"]
        var resolveProvider = false
    }

    struct RenameOptions: Encodable { var prepareProvider = true }

    struct CodeActionOptions: Encodable { var codeActionKinds = ["quickfix"] }

    struct SemanticTokensOptions: Encodable {
        var legend = SemanticTokensLegend()
        var full = true
    }
}

struct SemanticTokensLegend: Encodable {
    var tokenTypes = SemanticTokenType.allCases.map(\.rawValue)
    var tokenModifiers = SemanticTokenModifier.allCases.map(\.rawValue)
}
