extension StringProtocol {
    /// Plain substring replacement without Foundation, over UTF-8 bytes: `firstRange(of:)` was
    /// most of the time of wrapping an explanation (`TextWrap`, SARIF rule help). A match of a
    /// whole string's bytes always starts and ends on scalar boundaries.
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        let needle = Array(target.utf8)
        guard let first = needle.first else { return String(self) }
        return withContiguousUTF8 { source in
            guard let start = source.firstIndex(of: first) else { return String(self) }
            var out: [UInt8] = Array(source[..<start])
            out.reserveCapacity(source.count)
            var index = start
            while index < source.count {
                if source[index] == first, source.count - index >= needle.count,
                   source[index..<index + needle.count].elementsEqual(needle) {
                    out.append(contentsOf: replacement.utf8)
                    index += needle.count
                } else {
                    out.append(source[index])
                    index += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The text's UTF-8 bytes as one buffer (copied only when the string is not contiguous).
    private func withContiguousUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}
