/// Word wrapping for terminal text (the coverage matrix's gap lists, `:help`), so that every
/// plain-text reply fits the 80 columns the human formats promise.
package enum TextWrap {
    /// Word-wraps to `width`: the first line indented by `indent`, the rest by `hanging`.
    /// `A .. B` and `(N days)` stay on one line.
    package static func wrap(_ text: String, width: Int, indent: Int, hanging: Int) -> String {
        var out = ""
        var line = String(repeating: " ", count: indent)
        var lineWidth = indent
        var lineHasWord = false
        let glued = text.replacingOccurrences(" .. ", "\u{0}..\u{0}").replacingOccurrences(" days)", "\u{0}days)")
            .replacingOccurrences(" dni)", "\u{0}dni)").replacingOccurrences(" dzień)", "\u{0}dzień)")
        for piece in glued.split(separator: " ", omittingEmptySubsequences: false) {
            let word = piece.replacingOccurrences("\u{0}", " ")
            // Widths are counted as they grow: `line.count` walks the whole line each word.
            let wordWidth = word.count
            if lineHasWord, lineWidth + 1 + wordWidth > width {
                out += trimmed(line) + "\n"
                line = String(repeating: " ", count: hanging)
                lineWidth = hanging
                lineHasWord = false
            }
            if lineHasWord {
                line += " "
                lineWidth += 1
            }
            line += word
            lineWidth += wordWidth
            lineHasWord = true
        }
        return out + trimmed(line) + "\n"
    }

    /// The line without trailing spaces.
    package static func trimmed(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
