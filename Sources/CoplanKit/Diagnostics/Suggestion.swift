/// "Did you mean" search: the closest candidate by edit distance over Unicode scalars,
/// preferring candidates of the expected kind over any others.
public enum Suggestion {
    /// The best candidate within a distance that still looks like a typo, or nil.
    /// `preferred` are searched first; `others` only if no preferred one is close enough.
    public static func closest(to word: String, preferred: some Sequence<String>, others: some Sequence<String> = [String]()) -> String? {
        if let hit = best(word, in: preferred) { return hit }
        return best(word, in: others)
    }

    static func best(_ word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.unicodeScalars)
        let limit = max(1, min(3, target.count / 3))
        var bestName: String?
        var bestRank = (distance: Int.max, prefix: -1)
        for candidate in candidates where candidate != word {
            let scalars = Array(candidate.unicodeScalars)
            if abs(scalars.count - target.count) > limit { continue }
            let distance = editDistance(target, scalars, limit: limit)
            guard distance <= limit else { continue }
            // Among equally close names, the one keeping more of the word intact around the
            // typo (shared beginning plus shared ending) is the likelier intent: `pupp` → `pup`
            // rather than `ppp`, `adress` → `address` rather than `adres`. Then alphabetical.
            let head = zip(target, scalars).prefix { fold($0) == fold($1) }.count
            let tail = zip(target.reversed(), scalars.reversed()).prefix { fold($0) == fold($1) }.count
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

    /// Damerau–Levenshtein (optimal string alignment) distance with Polish letters folded to
    /// ASCII and case ignored, stopping early once every path exceeds `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let fa = a.map(fold), fb = b.map(fold)
        var previous2 = [Int](repeating: 0, count: fb.count + 1)
        var previous = Array(0...fb.count)
        var current = [Int](repeating: 0, count: fb.count + 1)
        for i in 1...fa.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...fb.count {
                let cost = fa[i - 1] == fb[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, fa[i - 1] == fb[j - 2], fa[i - 2] == fb[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > limit { return rowMin }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[fb.count]
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
