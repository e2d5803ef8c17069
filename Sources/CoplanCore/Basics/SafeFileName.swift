/// Safe file names for everything coplan writes (documents, reports): only the last path
/// segment survives, and anything a file system or Windows could read as a folder, a device or
/// a control is replaced. The one sanitiser: emitters name files with it, and the CLI's
/// `AtomicFile` refuses any name it would change.
package enum SafeFileName {
    /// Windows device names, reserved with any extension (`con.txt`) and in any case.
    static let reserved: Set<String> = Set(["con", "prn", "aux", "nul", "conin$", "conout$"]
        + (1...9).flatMap { ["com\($0)", "lpt\($0)"] }
        + ["¹", "²", "³"].flatMap { ["com\($0)", "lpt\($0)"] })

    /// The longest name kept, in UTF-8 bytes (file systems allow 255; room for the extension).
    package static let maxStemBytes = 200

    /// `stem` made safe, with the extension added.
    package static func sanitised(_ stem: String, extension ext: String) -> String {
        var out = ""
        for scalar in stem.unicodeScalars {
            switch scalar {
            case "/", "\\", ":", "*", "?", "\"", "<", ">", "|": out += "_"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { out += "_" } else { out.unicodeScalars.append(scalar) }
            }
        }
        // No leading dots (hidden files, `..`), no trailing dots or spaces (Windows).
        while out.hasPrefix(".") || out.hasPrefix(" ") { out.removeFirst() }
        while out.hasSuffix(".") || out.hasSuffix(" ") { out.removeLast() }
        if out.isEmpty { out = "document" }
        if isReserved(out) { out = "_" + out }
        if out.utf8.count > maxStemBytes {
            // Cut on a scalar boundary so that no half character is left.
            var cut = ""
            for scalar in out.unicodeScalars {
                if cut.utf8.count + String(scalar).utf8.count > maxStemBytes { break }
                cut.unicodeScalars.append(scalar)
            }
            out = cut
            while out.hasSuffix(".") || out.hasSuffix(" ") { out.removeLast() }
        }
        return out + "." + ext
    }

    /// Whether `name` is already safe: a bare name with a plain extension that `sanitised`
    /// leaves as it is. Writers refuse anything else rather than guess.
    package static func isSafe(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        let ext = name[name.index(after: dot)...]
        guard !ext.isEmpty, ext.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }) else {
            return false
        }
        return sanitised(String(name[..<dot]), extension: String(ext)) == name
    }

    /// A Windows device name, whatever follows its first dot and however it is spaced.
    static func isReserved(_ name: String) -> Bool {
        var base = String(name.split(separator: ".", omittingEmptySubsequences: false).first ?? "").lowercased()
        while base.hasSuffix(" ") { base.removeLast() }
        return reserved.contains(base)
    }
}
