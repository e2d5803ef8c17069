extension String {
    /// The text with ASCII bytes replaced through a table (nil keeps the byte); text with no
    /// byte to replace is returned as is. Every escaper whose special characters are ASCII
    /// (HTML, XML, Markdown, GitHub annotations, DOT, Mermaid, plan literals) goes through
    /// here. Works on UTF-8 bytes: multi-byte sequences never contain ASCII bytes, so they
    /// pass through untouched whatever the table says about bytes ≥ 0x80.
    @inline(__always)
    package func replacingASCII(_ replacement: (UInt8) -> String?) -> String {
        let utf8 = self.utf8
        guard utf8.contains(where: { $0 < 0x80 && replacement($0) != nil }) else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            if byte < 0x80, let r = replacement(byte) { out.append(contentsOf: r.utf8) } else { out.append(byte) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
