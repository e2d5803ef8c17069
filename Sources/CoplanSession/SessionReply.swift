import CoplanCore

/// What a session says back after an entry: text to show, what kind of reply it is (so each
/// front end labels and styles it its own way), and an effect only the front end can carry
/// out (the library does no I/O).
package struct SessionReply: Sendable, Equatable {
    /// How the front end presents `text`.
    package enum Kind: Sendable, Equatable {
        /// What the command shows.
        case output
        /// The command failed or was refused; nothing changed. `text` is the bare message:
        /// front ends label it `error:`.
        case error
        /// Typed plan text was refused (syntax errors, `import`); `text` is its findings,
        /// already rendered with their own labels.
        case rejected
        /// The command stopped to warn (`:quit` with unsaved changes); labelled `warning:`.
        case warning
        /// An `:assert` did not hold.
        case assertionFailed
    }

    /// Whether the entry did what it asked, for exit codes: every refusal is an error.
    package enum Status: Sendable, Equatable {
        case ok
        case error
        case assertionFailed
    }

    package enum Action: Sendable, Equatable {
        /// Leave the session.
        case quit
        /// Write `text` to `path` (atomically), then call `Session.didSave(to:)`.
        case write(path: String, text: String)
    }

    package var text: String
    package var kind: Kind
    package var action: Action?

    package init(_ text: String, kind: Kind = .output, action: Action? = nil) {
        self.text = text
        self.kind = kind
        self.action = action
    }

    package var status: Status {
        switch kind {
        case .output: .ok
        case .error, .rejected, .warning: .error
        case .assertionFailed: .assertionFailed
        }
    }

    /// The label a front end puts before `text` (`error`, `warning`), if any.
    package var label: Severity? {
        switch kind {
        case .error: .error
        case .warning: .warning
        case .output, .rejected, .assertionFailed: nil
        }
    }

    /// `text` after its label (`error: unknown command`), for front ends without styling.
    package var labelledText: String { labelledText(in: .en) }

    /// The same with the label in `language` (`błąd: nieznane polecenie`).
    package func labelledText(in language: Language) -> String {
        (label.map { "\(CoreMessage.severity($0).text[language]): " } ?? "") + text
    }

    static func error(_ text: String) -> SessionReply { SessionReply(text, kind: .error) }
    static func rejected(_ text: String) -> SessionReply { SessionReply(text, kind: .rejected) }
}

extension SessionReply {
    /// A reply that ends a command early, carried through `Result`.
    package struct Failure: Error, Sendable {
        package var reply: SessionReply
        package init(_ reply: SessionReply) { self.reply = reply }
    }
}
