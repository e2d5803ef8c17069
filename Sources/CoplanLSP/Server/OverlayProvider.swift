import CoplanKit

/// Files as the editor sees them: open buffers first, then the front end's provider (disk).
/// Paths are shown as the canonical paths themselves, so that every finding maps back to a
/// document URI without guessing.
struct OverlayProvider: SourceProvider {
    let base: any SourceProvider
    let buffers: [String: [UInt8]]

    func canonicalPath(_ path: String) -> String? {
        let normal = PathMath.join("/", path)
        if buffers[normal] != nil { return normal }
        return base.canonicalPath(path)
    }

    func read(_ canonicalPath: String) throws -> [UInt8] {
        if let bytes = buffers[canonicalPath] { return bytes }
        return try base.read(canonicalPath)
    }

    func repositoryRoot(containing canonicalPath: String) -> String {
        base.repositoryRoot(containing: canonicalPath)
    }

    func displayPath(_ canonicalPath: String) -> String { canonicalPath }
}
