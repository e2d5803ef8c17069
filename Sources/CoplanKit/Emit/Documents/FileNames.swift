/// Safe file names for generated documents: only the last path segment survives, and
/// anything a file system or Windows could read as a folder, device or control is replaced.
public enum FileNames {
    static let reserved: Set<String> = Set(["con", "prn", "aux", "nul"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })

    /// `stem` made safe, with the extension added.
    public static func sanitised(_ stem: String, extension ext: String) -> String {
        var out = ""
        for scalar in stem.unicodeScalars {
            switch scalar {
            case "/", "\\", ":", "*", "?", "\"", "<", ">", "|": out += "_"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += "_" } else { out.unicodeScalars.append(scalar) }
            }
        }
        // No leading dots (hidden files, `..`), no trailing dots or spaces (Windows).
        while out.hasPrefix(".") || out.hasPrefix(" ") { out.removeFirst() }
        while out.hasSuffix(".") || out.hasSuffix(" ") { out.removeLast() }
        if out.isEmpty { out = "document" }
        let base = out.split(separator: ".").first.map { String($0).lowercased() } ?? ""
        if reserved.contains(base) { out = "_" + out }
        if out.utf8.count > 200 { out = String(decoding: Array(out.utf8.prefix(200)), as: UTF8.self).replacingOccurrences(of: "\u{FFFD}", with: "") }
        return out + "." + ext
    }
}
