/// Quoting a name that may itself hold quotes. Polish puts „…” outside and «…» inside
/// (Wielki słownik ortograficzny PWN, "cudzysłów"); English “…” outside and ‘…’ inside. A
/// name's own quotes, whichever marks the plan used („…”, “…”, "…", «…»), become the inner
/// pair, so „Stowarzyszenie „Razem”” never appears.
extension DocumentPhrases {
    /// `text` in the document's outer quotes, its own quotes turned into inner ones.
    package func quoted(_ text: String) -> String {
        let (open, close) = language == .pl ? ("„", "”") : ("“", "”")
        return open + nested(text) + close
    }

    /// `text` with its quotes turned into the inner pair: a mark opens when it starts the
    /// text or follows a space or an opening bracket, otherwise it closes.
    package func nested(_ text: String) -> String {
        let (open, close): (Character, Character) = language == .pl ? ("«", "»") : ("‘", "’")
        var result = ""
        var previous: Character = " "
        for character in text {
            switch character {
            case "„", "«":
                result.append(open)
            case "”", "»":
                result.append(close)
            case "\"", "“":
                result.append(previous.isWhitespace || "([{/–—-".contains(previous) ? open : close)
            default:
                result.append(character)
            }
            previous = character
        }
        return result
    }
}

extension DocumentPhrases {
    /// A message written for the terminal, fit for a document: every `` `name` `` becomes a
    /// quoted name („rodzicielstwo”, “parenting”), since documents show no code. `title` gives
    /// the display name of a declared name, so a report says „Wsparcie rodziców”, not „parenting”.
    package func quotingCode(_ message: String, title: (String) -> String? = { _ in nil }) -> String {
        var result = "", inside = "", inCode = false
        for character in message {
            if character == "`" {
                if inCode { result += quoted(title(inside) ?? inside) }
                inside = ""
                inCode.toggle()
            } else if inCode {
                inside.append(character)
            } else {
                result.append(character)
            }
        }
        // An unpaired backtick is left as it was written.
        return inCode ? result + "`" + inside : result
    }
}
