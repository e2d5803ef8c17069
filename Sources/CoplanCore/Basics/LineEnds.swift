extension String {
    /// The text with CRLF and lone CR line ends turned into LF. Templates are line-based
    /// Markdown: with one kind of line end, our locations, swift-mustache's and an editor's
    /// agree, and the documents get LF whatever system the template was written on.
    package var withLineFeeds: String {
        guard utf8.contains(0x0D) else { return self }
        var scalars = String.UnicodeScalarView()
        var previousCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousCR = true
                continue
            }
            if !(scalar == "\n" && previousCR) { scalars.append(scalar) }
            previousCR = false
        }
        return String(scalars)
    }
}
