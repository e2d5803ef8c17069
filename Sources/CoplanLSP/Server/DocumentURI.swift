import Foundation

/// `file:` URIs to canonical paths and back. Other schemes (an editor's `untitled:` buffers)
/// get a path of their own under a folder no disk file can be in, so they still check.
enum DocumentURI {
    static let untitledFolder = "/.coplan-untitled"

    static func path(_ uri: String) -> String {
        if uri.hasPrefix("file://") {
            var rest = uri.dropFirst("file://".count)
            // A host (`file://localhost/…`) is dropped; paths start at the first slash.
            if let slash = rest.firstIndex(of: "/") { rest = rest[slash...] } else { rest = "/" }
            let path = String(rest).removingPercentEncoding ?? String(rest)
            return path.isEmpty ? "/" : path
        }
        let safe = uri.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "_" }
        return untitledFolder + "/" + String(safe)
    }

    /// A `file:` URI for a path, percent-encoding what is not unreserved.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~/")
        return "file://" + (path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path)
    }
}
