import CoplanCore
import CoplanPipeline

/// How the library reaches template files without doing I/O itself, as plans go through
/// `SourceProvider`: the CLI implements it over the file system, tests and fuzzing over memory
/// (`MemorySourceProvider` conforms). `TemplateSelection` decides which file to read and
/// whether it may.
package protocol TemplateProvider: Sendable {
    /// The canonical absolute path of an existing regular file (symlinks resolved), or nil.
    func canonicalPath(_ path: String) -> String?
    /// The bytes of a file given by canonical path.
    func read(_ canonicalPath: String) throws -> [UInt8]
    /// How a path is shown in errors (relative to the working folder where possible).
    func displayPath(_ canonicalPath: String) -> String
}

extension MemorySourceProvider: TemplateProvider {}
