import CoplanKit
@testable import CoplanLSP
import Foundation

/// Drives a `LanguageServer` in process, as an editor would, with checks run at once (no
/// debounce) so each test reads the server's answers right after its own messages.
final class LSPTestClient: @unchecked Sendable {
    var server: LanguageServer!
    private(set) var sent: [[String: Any]] = []
    private var nextID = 1
    var exitCode: Int32?

    init(files: [String: String], encodings: [String]? = nil, locale: String? = nil, today: String = "2020-01-01",
         debounce: Duration? = nil, initialize: Bool = true, languageChoice: LanguageChoice = LanguageChoice()) {
        var options = LanguageServer.Options()
        options.languageChoice = languageChoice
        options.debounce = debounce
        options.today = Day(iso: today)!
        options.cores = 1
        options.codeDocumentation = "https://example.org/coplan/codes"
        server = LanguageServer(provider: MemorySourceProvider(files: files), options: options,
                                send: { [unowned self] bytes in
                                    self.sent.append(try! JSONSerialization.jsonObject(with: Data(bytes)) as! [String: Any])
                                },
                                exit: { [unowned self] code in self.exitCode = code })
        guard initialize else { return }
        var capabilities: [String: Any] = [:]
        if let encodings { capabilities["general"] = ["positionEncodings": encodings] }
        var params: [String: Any] = ["capabilities": capabilities]
        if let locale { params["locale"] = locale }
        _ = request("initialize", params)
        notify("initialized", [:])
    }

    func raw(_ object: [String: Any]) {
        server.process(Array(try! JSONSerialization.data(withJSONObject: object)))
    }

    /// Sends a request and returns its response (the whole message).
    @discardableResult
    func request(_ method: String, _ params: Any?) -> [String: Any] {
        let id = nextID
        nextID += 1
        var message: [String: Any] = ["jsonrpc": "2.0", "id": id, "method": method]
        if let params { message["params"] = params }
        raw(message)
        return response(id)!
    }

    func response(_ id: Int) -> [String: Any]? {
        sent.last { ($0["id"] as? Int) == id && $0["method"] == nil }
    }

    func notify(_ method: String, _ params: Any) {
        raw(["jsonrpc": "2.0", "method": method, "params": params])
    }

    static func uri(_ path: String) -> String { "file://" + path }

    func open(_ path: String, _ text: String, version: Int = 1) {
        notify("textDocument/didOpen", ["textDocument": ["uri": Self.uri(path), "languageId": "coplan", "version": version, "text": text]])
    }

    func change(_ path: String, _ text: String, version: Int) {
        notify("textDocument/didChange", ["textDocument": ["uri": Self.uri(path), "version": version], "contentChanges": [["text": text]]])
    }

    /// Ranged edits, applied by the server in order: (start line, character, end line,
    /// character, new text).
    func edit(_ path: String, _ edits: [(Int, Int, Int, Int, String)], version: Int) {
        let changes: [[String: Any]] = edits.map { edit in
            ["range": ["start": ["line": edit.0, "character": edit.1], "end": ["line": edit.2, "character": edit.3]],
             "text": edit.4]
        }
        notify("textDocument/didChange", ["textDocument": ["uri": Self.uri(path), "version": version], "contentChanges": changes])
    }

    /// The text the server holds for an open file.
    func text(_ path: String) -> String? {
        server.documents[Self.uri(path)].map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    /// The last diagnostics published for a file.
    func diagnostics(_ path: String) -> [[String: Any]]? {
        let published = sent.last { ($0["method"] as? String) == "textDocument/publishDiagnostics"
            && (($0["params"] as? [String: Any])?["uri"] as? String) == Self.uri(path) }
        return (published?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]]
    }

    func codes(_ path: String) -> [String] {
        (diagnostics(path) ?? []).compactMap { $0["code"] as? String }
    }

    func positionParams(_ path: String, _ line: Int, _ character: Int) -> [String: Any] {
        ["textDocument": ["uri": Self.uri(path)], "position": ["line": line, "character": character]]
    }

    func result(_ method: String, _ params: Any?) -> Any? {
        let answer = request(method, params)
        return answer["result"] is NSNull ? nil : answer["result"]
    }
}

/// (line, character) of the first occurrence of `needle` in `text`, in UTF-16 units.
func position(of needle: String, in text: String, occurrence: Int = 0) -> (Int, Int) {
    var searchStart = text.startIndex
    guard var found = text.range(of: needle) else { fatalError("not in the text: \(needle)") }
    for _ in 0..<occurrence {
        searchStart = found.upperBound
        found = text.range(of: needle, range: searchStart..<text.endIndex)!
    }
    let before = text[..<found.lowerBound]
    let line = before.filter { $0 == "\n" }.count
    let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
    return (line, text[lineStart..<found.lowerBound].utf16.count)
}
