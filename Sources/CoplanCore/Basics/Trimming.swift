/// Blank trimming without Foundation (the library does not link it).
extension StringProtocol {
    /// The text without leading and trailing spaces, tabs, carriage returns and line feeds.
    package var trimmingBlanks: String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(self[first...last])
    }
}
