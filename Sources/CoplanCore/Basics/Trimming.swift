/// Blank trimming without Foundation (the library does not link it).
extension StringProtocol {
    /// The text without leading and trailing spaces, tabs, carriage returns and line feeds.
    package var trimmingBlanks: String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(self[first...last])
    }

    /// The text with every run of spaces, tabs and line ends made one space: how a message
    /// quotes source that a list may have wrapped over lines (`250 000,` / `50 zł`).
    package var collapsingBlanks: String {
        var result = ""
        var inBlank = false
        for scalar in unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" {
                if !inBlank { result.unicodeScalars.append(" ") }
                inBlank = true
            } else {
                result.unicodeScalars.append(scalar)
                inBlank = false
            }
        }
        return result
    }
}
