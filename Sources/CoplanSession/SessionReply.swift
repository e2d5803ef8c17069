import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
import CoplanFormat
import CoplanEmit
/// What a session says back after an entry: text to show, whether it went wrong, and an
/// effect only the front end can carry out (the library does no I/O).
package struct SessionReply: Sendable, Equatable {
    package enum Status: Sendable, Equatable {
        case ok
        /// The entry was refused or the command failed; nothing changed.
        case error
        /// An `:assert` did not hold.
        case assertionFailed
    }

    package enum Action: Sendable, Equatable {
        /// Leave the session.
        case quit
        /// Write `text` to `path` (atomically), then call `Session.didSave(to:)`.
        case write(path: String, text: String)
    }

    package var text: String
    package var status: Status
    package var action: Action?

    package init(_ text: String, status: Status = .ok, action: Action? = nil) {
        self.text = text
        self.status = status
        self.action = action
    }

    static func error(_ text: String) -> SessionReply { SessionReply(text, status: .error) }
}
