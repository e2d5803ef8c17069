/// "Did you mean" search: the closest candidate by edit distance over Unicode scalars,
/// preferring candidates of the expected kind over any others.
package enum Suggestion {
    /// The best candidate within a distance that still looks like a typo, or nil.
    /// `preferred` are searched first; `others` only if no preferred one is close enough.
    package static func closest(to word: String, preferred: some Sequence<String>, others: some Sequence<String> = [String]()) -> String? {
        if let hit = best(word, in: preferred) { return hit }
        return best(word, in: others)
    }

    static func best(_ word: String, in candidates: some Sequence<String>) -> String? {
        let target = word.unicodeScalars.map(fold)
        let limit = max(1, min(3, target.count / 3))
        var bestName: String?
        var bestRank = (distance: Int.max, prefix: -1)
        // Buffers reused across candidates: this runs once per unknown word, over every name.
        var scalars: [Unicode.Scalar] = []
        var rows = EditRows()
        for candidate in candidates where candidate != word {
            // Lengths first, without decoding: UTF-8 length bounds the scalar count from above
            // and a quarter of it from below.
            let bytes = candidate.utf8.count
            if bytes < target.count - limit || (bytes + 3) / 4 > target.count + limit { continue }
            scalars.removeAll(keepingCapacity: true)
            for scalar in candidate.unicodeScalars { scalars.append(fold(scalar)) }
            if abs(scalars.count - target.count) > limit { continue }
            let distance = editDistance(target, scalars, limit: limit, rows: &rows)
            guard distance <= limit else { continue }
            // Among equally close names, the one keeping more of the word intact around the
            // typo (shared beginning plus shared ending) is the likelier intent: `pupp` → `pup`
            // rather than `ppp`, `adress` → `address` rather than `adres`. Then alphabetical.
            // (Both are folded already.)
            let head = zip(target, scalars).prefix { $0 == $1 }.count
            let tail = zip(target.reversed(), scalars.reversed()).prefix { $0 == $1 }.count
            let prefix = head + tail
            if distance < bestRank.distance
                || (distance == bestRank.distance && prefix > bestRank.prefix)
                || (distance == bestRank.distance && prefix == bestRank.prefix && candidate < (bestName ?? "")) {
                bestRank = (distance, prefix)
                bestName = candidate
            }
        }
        return bestName
    }

    /// The three rows of the distance table, kept between calls.
    struct EditRows {
        var previous2: [Int] = []
        var previous: [Int] = []
        var current: [Int] = []
    }

    /// Damerau–Levenshtein (optimal string alignment) distance with Polish letters folded to
    /// ASCII and case ignored, stopping early once every path exceeds `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        var rows = EditRows()
        return editDistance(a.map(fold), b.map(fold), limit: limit, rows: &rows)
    }

    /// The same on already folded scalars.
    static func editDistance(_ fa: [Unicode.Scalar], _ fb: [Unicode.Scalar], limit: Int, rows: inout EditRows) -> Int {
        if fa.isEmpty { return fb.count }
        if fb.isEmpty { return fa.count }
        let width = fb.count + 1
        rows.previous2.removeAll(keepingCapacity: true)
        rows.previous2.append(contentsOf: repeatElement(0, count: width))
        rows.previous.removeAll(keepingCapacity: true)
        rows.previous.append(contentsOf: 0..<width)
        rows.current.removeAll(keepingCapacity: true)
        rows.current.append(contentsOf: repeatElement(0, count: width))
        for i in 1...fa.count {
            rows.current[0] = i
            var rowMin = i
            for j in 1...fb.count {
                let cost = fa[i - 1] == fb[j - 1] ? 0 : 1
                var value = min(rows.previous[j] + 1, rows.current[j - 1] + 1, rows.previous[j - 1] + cost)
                if i > 1, j > 1, fa[i - 1] == fb[j - 2], fa[i - 2] == fb[j - 1] {
                    value = min(value, rows.previous2[j - 2] + 1)
                }
                rows.current[j] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > limit { return rowMin }
            swap(&rows.previous2, &rows.previous)
            swap(&rows.previous, &rows.current)
        }
        return rows.previous[fb.count]
    }

    /// Polish letters fold to their ASCII base and case is ignored: `szkoła` ~ `szkola`.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "ą", "Ą": return "a"
        case "ć", "Ć": return "c"
        case "ę", "Ę": return "e"
        case "ł", "Ł": return "l"
        case "ń", "Ń": return "n"
        case "ó", "Ó": return "o"
        case "ś", "Ś": return "s"
        case "ź", "ż", "Ź", "Ż": return "z"
        case "A"..."Z": return Unicode.Scalar(scalar.value + 32)!
        default: return scalar
        }
    }
}
