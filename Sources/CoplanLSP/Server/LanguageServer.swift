import CoplanKit
import Foundation

/// The LSP methods this server knows. A closed set: anything else is MethodNotFound.
enum Method: String {
    case initialize, initialized, shutdown, exit
    case cancelRequest = "$/cancelRequest"
    case setTrace = "$/setTrace"
    case didOpen = "textDocument/didOpen"
    case didChange = "textDocument/didChange"
    case didClose = "textDocument/didClose"
    case didSave = "textDocument/didSave"
    case didChangeWatchedFiles = "workspace/didChangeWatchedFiles"
    case didChangeConfiguration = "workspace/didChangeConfiguration"
    case codeAction = "textDocument/codeAction"
    case completion = "textDocument/completion"
    case hover = "textDocument/hover"
    case definition = "textDocument/definition"
    case references = "textDocument/references"
    case prepareRename = "textDocument/prepareRename"
    case rename = "textDocument/rename"
    case documentSymbol = "textDocument/documentSymbol"
    case workspaceSymbol = "workspace/symbol"
    case formatting = "textDocument/formatting"
    case foldingRange = "textDocument/foldingRange"
    case inlayHint = "textDocument/inlayHint"
    case semanticTokens = "textDocument/semanticTokens/full"
}

/// The language server: decodes messages, keeps open documents, re-checks them through the
/// coplan pipeline and answers requests. All state is touched on one serial queue; `receive`
/// may be called from the transport's reader thread.
///
/// Tests drive it without a process: `Options.debounce = nil` checks at once, and `process`
/// handles a message synchronously.
package final class LanguageServer: @unchecked Sendable {
    package struct Options: Sendable {
        /// Delay between the last change and its check; nil checks synchronously (tests).
        package var debounce: Duration? = .milliseconds(150)
        /// The day "days left" and "expired" are counted from.
        package var today: Day = LanguageServer.systemToday()
        /// Cores the checker may use.
        package var cores = Parallel.availableCores
        /// Where the diagnostic codes are explained (`codeDescription`); none when unknown, so
        /// an editor never offers a link that leads nowhere.
        package var codeDocumentation: String?
        /// `--lang` and `COPLAN_LANG` given to `coplan lsp`, and the process's locale; the
        /// client's `locale` replaces the process's, and each repository's `coplan.toml` adds its
        /// `language` (docs/LANGUAGE.md §9).
        package var languageChoice = LanguageChoice()

        package init() {}
    }

    let base: any SourceProvider
    let options: Options
    private let sendBytes: ([UInt8]) -> Void
    let log: (String) -> Void
    private let onExit: (Int32) -> Void
    private let queue = DispatchQueue(label: "coplan.lsp")

    // Session state (on `queue` only).
    var initialized = false
    var shuttingDown = false
    var encoding = PositionEncoding.utf16
    /// The language of the server's own texts (hover, inlay hints, code actions): the choice
    /// before any plan is read. Findings use each check's language.
    var language = Language.en
    /// `options.languageChoice` with the client's locale.
    var languageChoice = LanguageChoice()
    var documents: [String: OpenDocument] = [:]
    /// Canonical path → URI of open documents.
    var uriByPath: [String: String] = [:]
    var analyses: [String: FileAnalysis] = [:]
    /// Repository roots whose open documents changed since their last check.
    var dirtyRoots: Set<String> = []
    private var changeGeneration = 0

    // Cancellations arrive on the reader thread, before the request they cancel is handled.
    private let cancelLock = NSLock()
    private var cancelled: Set<RequestID> = []

    let decoder = JSONDecoder()
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        // Sorted keys: the same message is always the same bytes (and `method` precedes `params`).
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }()

    package init(provider: any SourceProvider, options: Options = Options(),
                send: @escaping ([UInt8]) -> Void, log: @escaping (String) -> Void = { _ in },
                exit: @escaping (Int32) -> Void = { _ in }) {
        self.base = provider
        self.options = options
        self.sendBytes = send
        self.log = log
        self.onExit = exit
    }

    package static func systemToday() -> Day {
        Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    // MARK: receiving

    /// Entry point for the transport's thread: cancellations are noted at once, everything
    /// else is queued in order.
    package func receive(_ body: [UInt8]) {
        if let envelope = try? decoder.decode(Envelope.self, from: Data(body)), envelope.method == Method.cancelRequest.rawValue,
           let params = try? decoder.decode(ParamsEnvelope<CancelParams>.self, from: Data(body)) {
            cancelLock.lock()
            cancelled.insert(params.params.id)
            cancelLock.unlock()
            return
        }
        queue.async { self.process(body) }
    }

    /// Waits until every queued message and due check has been handled (tests, shutdown).
    package func drain() {
        queue.sync {}
    }

    private func takeCancelled(_ id: RequestID) -> Bool {
        cancelLock.lock()
        defer { cancelLock.unlock() }
        return cancelled.remove(id) != nil
    }

    struct CancelParams: Decodable { var id: RequestID }

    /// Handles one message body. Never throws and never lets bad input through to a trap:
    /// undecodable JSON gets a ParseError answer, bad params InvalidParams.
    package func process(_ body: [UInt8]) {
        let envelope: Envelope
        do {
            envelope = try decoder.decode(Envelope.self, from: Data(body))
        } catch {
            log("unparsable message (\(body.count) bytes)")
            sendResponse(nil, Result<NullResult?, ResponseError>.failure(ResponseError(.parseError, "the message is not JSON-RPC")))
            return
        }
        if envelope.isResponse { return }
        guard let name = envelope.method else {
            if let id = envelope.id { sendError(id, .invalidRequest, "a request needs a method") }
            return
        }
        guard let method = Method(rawValue: name) else {
            if let id = envelope.id {
                sendError(id, .methodNotFound, "unknown method \(name)")
            } else if !name.hasPrefix("$/") {
                log("ignored notification \(name)")
            }
            return
        }
        if let id = envelope.id {
            if takeCancelled(id) { return sendError(id, .requestCancelled, "cancelled") }
            request(method, id: id, body: body)
        } else {
            notification(method, body: body)
        }
    }

    // MARK: dispatch

    private func request(_ method: Method, id: RequestID, body: [UInt8]) {
        if method == .initialize { return answer(id, body, initialize) }
        guard initialized else { return sendError(id, .serverNotInitialized, "initialize first") }
        if shuttingDown, method != .shutdown { return sendError(id, .invalidRequest, "the server is shutting down") }
        switch method {
        case .initialize: break
        case .shutdown:
            shuttingDown = true
            sendResponse(id, Result<NullResult?, ResponseError>.success(nil))
        case .codeAction: answer(id, body, codeActions)
        case .completion: answer(id, body, completion)
        case .hover: answer(id, body, hover)
        case .definition: answer(id, body, definition)
        case .references: answer(id, body, references)
        case .prepareRename: answer(id, body, prepareRename)
        case .rename: answer(id, body, rename)
        case .documentSymbol: answer(id, body, documentSymbols)
        case .workspaceSymbol: answer(id, body, workspaceSymbols)
        case .formatting: answer(id, body, formatting)
        case .foldingRange: answer(id, body, foldingRanges)
        case .inlayHint: answer(id, body, inlayHints)
        case .semanticTokens: answer(id, body, semanticTokens)
        case .initialized, .exit, .cancelRequest, .setTrace, .didOpen, .didChange, .didClose, .didSave,
             .didChangeWatchedFiles, .didChangeConfiguration:
            sendError(id, .invalidRequest, "\(method.rawValue) is a notification")
        }
    }

    private func notification(_ method: Method, body: [UInt8]) {
        if method == .exit { return onExit(shuttingDown ? 0 : 1) }
        guard initialized, !shuttingDown else { return }
        switch method {
        case .didOpen: notify(body, didOpen)
        case .didChange: notify(body, didChange)
        case .didClose: notify(body, didClose)
        case .didSave, .didChangeWatchedFiles:
            // A file changed behind the buffers (a registry saved, coplan.toml edited).
            dirtyRoots.formUnion(documents.values.map { base.repositoryRoot(containing: $0.path) })
            checkDirty()
        case .cancelRequest:
            // Only reached when `process` is called directly: the request is already answered.
            break
        default: break
        }
    }

    /// Decodes params and sends the handler's result, `null`, or its error.
    private func answer<Params: Decodable, Result: Encodable>(_ id: RequestID, _ body: [UInt8], _ handler: (Params) throws -> Result?) {
        let params: Params
        do {
            params = try decoder.decode(ParamsEnvelope<Params>.self, from: Data(body)).params
        } catch {
            return sendError(id, .invalidParams, "invalid params: \(Self.describe(error))")
        }
        do {
            sendResponse(id, Swift.Result<Result?, ResponseError>.success(try handler(params)))
        } catch let error as ResponseError {
            sendError(id, error)
        } catch {
            sendError(id, .internalError, "\(error)")
        }
    }

    private func notify<Params: Decodable>(_ body: [UInt8], _ handler: (Params) -> Void) {
        guard let params = try? decoder.decode(ParamsEnvelope<Params>.self, from: Data(body)).params else {
            return log("ignored a notification with invalid params")
        }
        handler(params)
    }

    static func describe(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .keyNotFound(let key, let context): return "missing `\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))`"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "bad `\(context.codingPath.map(\.stringValue).joined(separator: "."))`"
        @unknown default: return "\(error)"
        }
    }

    // MARK: sending

    func sendResponse<Result: Encodable>(_ id: RequestID?, _ outcome: Swift.Result<Result?, ResponseError>) {
        send(ResponseMessage(id: id, outcome: outcome))
    }

    func sendError(_ id: RequestID, _ code: ErrorCode, _ message: String) {
        sendError(id, ResponseError(code, message))
    }

    func sendError(_ id: RequestID, _ error: ResponseError) {
        sendResponse(id, Result<NullResult?, ResponseError>.failure(error))
    }

    func sendNotification<Params: Encodable>(_ method: String, _ params: Params) {
        send(NotificationMessage(method: method, params: params))
    }

    private func send(_ message: some Encodable) {
        do {
            sendBytes(Array(try encoder.encode(message)))
        } catch {
            log("could not encode a message: \(error)")
        }
    }

    // MARK: lifecycle

    func initialize(_ params: InitializeParams) throws -> InitializeResult {
        initialized = true
        encoding = PositionEncoding.negotiate(params.capabilities?.general?.positionEncodings)
        languageChoice = options.languageChoice
        if let locale = params.locale, !locale.isEmpty {
            languageChoice.locale = Language(code: locale) == .pl ? .pl : .en
        }
        language = languageChoice.beforePlans
        return InitializeResult(capabilities: ServerCapabilities(positionEncoding: encoding.rawValue),
                                serverInfo: .init(name: "coplan", version: "0.1.0"))
    }

    // MARK: documents

    struct DidOpenParams: Decodable {
        var textDocument: Item
        struct Item: Decodable { var uri: String; var version: Int?; var text: String }
    }

    struct DidChangeParams: Decodable {
        var textDocument: Versioned
        var contentChanges: [Change]
        struct Versioned: Decodable { var uri: String; var version: Int? }
        struct Change: Decodable { var range: LSPRange?; var text: String }
    }

    struct DidCloseParams: Decodable { var textDocument: TextDocumentIdentifier }

    /// The canonical path of a URI: the disk's canonical path when the file exists.
    func canonicalPath(_ uri: String) -> String {
        let path = DocumentURI.path(uri)
        return base.canonicalPath(path) ?? PathMath.join("/", path)
    }

    func didOpen(_ params: DidOpenParams) {
        let item = params.textDocument
        let path = canonicalPath(item.uri)
        documents[item.uri] = OpenDocument(uri: item.uri, path: path, version: item.version ?? 0, bytes: Array(item.text.utf8))
        uriByPath[path] = item.uri
        dirtyRoots.insert(base.repositoryRoot(containing: path))
        // Opening shows findings at once; only typing is debounced.
        checkDirty()
    }

    func didChange(_ params: DidChangeParams) {
        guard var document = documents[params.textDocument.uri] else { return }
        for change in params.contentChanges {
            if let range = change.range {
                // Each edit is in the positions of the text as the edits before it left it.
                let file = SourceFile(path: document.path, bytes: document.bytes)
                let bytes = encoding.byteRange(of: range, in: file)
                document.bytes.replaceSubrange(bytes.start..<max(bytes.start, bytes.end), with: Array(change.text.utf8))
            } else {
                document.bytes = Array(change.text.utf8)
            }
        }
        document.version = params.textDocument.version ?? document.version + 1
        documents[document.uri] = document
        dirtyRoots.insert(base.repositoryRoot(containing: document.path))
        scheduleCheck()
    }

    func didClose(_ params: DidCloseParams) {
        guard let document = documents.removeValue(forKey: params.textDocument.uri) else { return }
        uriByPath[document.path] = nil
        analyses[document.path] = nil
        publish(uri: document.uri, diagnostics: [], version: nil)
        // Plans importing it now read it from disk again.
        dirtyRoots.insert(base.repositoryRoot(containing: document.path))
        checkDirty()
    }

    /// Debounces: a check runs once no change came for `debounce`.
    private func scheduleCheck() {
        guard let delay = options.debounce else { return checkDirty() }
        changeGeneration += 1
        let generation = changeGeneration
        let nanoseconds = Int(delay.components.seconds) * 1_000_000_000 + Int(delay.components.attoseconds / 1_000_000_000)
        queue.asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) {
            guard generation == self.changeGeneration else { return }
            self.checkDirty()
        }
    }

    /// The open document and its up-to-date analysis, checking first when it changed since;
    /// nil for a document never opened.
    func current(_ uri: String) -> (OpenDocument, FileAnalysis)? {
        guard let document = documents[uri] else { return nil }
        if analyses[document.path]?.bytes != document.bytes {
            dirtyRoots.insert(base.repositoryRoot(containing: document.path))
            checkDirty()
        }
        guard let analysis = analyses[document.path] else { return nil }
        return (document, analysis)
    }
}
