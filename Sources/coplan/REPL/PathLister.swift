import Foundation

/// File-path candidates for `:load` completion: folders (with `/`) and plan files whose
/// path starts with the typed prefix, relative to the working folder.
enum PathLister {
    static func candidates(_ prefix: String) -> [String] {
        let slash = prefix.lastIndex(of: "/")
        let folder = slash.map { String(prefix[...$0]) } ?? ""
        let namePrefix = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
        let expanded = folder.hasPrefix("~/") ? NSString(string: folder).expandingTildeInPath + "/" : folder
        let listed = expanded.isEmpty ? "." : expanded
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: listed) else { return [] }
        var result: [String] = []
        for name in names where name.hasPrefix(namePrefix) && (!name.hasPrefix(".") || namePrefix.hasPrefix(".")) {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: listed + "/" + name, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                result.append(folder + name + "/")
            } else if name.hasSuffix(".plan") {
                result.append(folder + name)
            }
        }
        return result.sorted()
    }
}
