import Foundation

/// JSON-RPC 2.0 as LSP 3.17 uses it. Messages are decoded twice: once as an `Envelope` to learn
/// the method and id, then with the handler's own `Params` type, so every handler works on typed
/// `Codable` values and unknown fields are ignored.

/// A request id: LSP allows integers and strings.
package enum RequestID: Hashable, Sendable, Codable, CustomStringConvertible {
    case number(Int)
    case string(String)

    package init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    package func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .string(let string): try container.encode(string)
        }
    }

    package var description: String {
        switch self {
        case .number(let number): return "\(number)"
        case .string(let string): return "\"\(string)\""
        }
    }
}

/// The error codes of JSON-RPC and LSP that this server answers with.
package enum ErrorCode: Int, Sendable, Codable {
    case parseError = -32700
    case invalidRequest = -32600
    case methodNotFound = -32601
    case invalidParams = -32602
    case internalError = -32603
    case serverNotInitialized = -32002
    case requestCancelled = -32800
    case requestFailed = -32803
}

/// An error answer; handlers throw it.
package struct ResponseError: Error, Sendable, Codable, Equatable {
    package var code: Int
    package var message: String

    package init(_ code: ErrorCode, _ message: String) {
        self.code = code.rawValue
        self.message = message
    }
}

/// What every incoming message is first decoded as.
struct Envelope: Decodable {
    var id: RequestID?
    var method: String?
    /// A response to a request of ours (we send none that need answers, so it is ignored).
    var isResponse: Bool

    enum CodingKeys: String, CodingKey { case id, method, result, error }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try? container.decodeIfPresent(RequestID.self, forKey: .id)
        method = try? container.decodeIfPresent(String.self, forKey: .method)
        isResponse = method == nil && (container.contains(.result) || container.contains(.error))
    }
}

/// The `params` member decoded as the handler's type.
struct ParamsEnvelope<Params: Decodable>: Decodable {
    var params: Params
}

/// An answer: exactly one of `result` (possibly `null`) and `error`.
struct ResponseMessage<Result: Encodable>: Encodable {
    var id: RequestID?
    var outcome: Swift.Result<Result?, ResponseError>

    enum CodingKeys: String, CodingKey { case jsonrpc, id, result, error }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        if let id { try container.encode(id, forKey: .id) } else { try container.encodeNil(forKey: .id) }
        switch outcome {
        case .success(let result?): try container.encode(result, forKey: .result)
        case .success(nil): try container.encodeNil(forKey: .result)
        case .failure(let error): try container.encode(error, forKey: .error)
        }
    }
}

/// A notification from the server.
struct NotificationMessage<Params: Encodable>: Encodable {
    var method: String
    var params: Params

    enum CodingKeys: String, CodingKey { case jsonrpc, method, params }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        try container.encode(method, forKey: .method)
        try container.encode(params, forKey: .params)
    }
}

/// A result that is JSON `null` (`shutdown`, or an answer about a document never opened).
struct NullResult: Encodable {
    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encodeNil()
    }
}
