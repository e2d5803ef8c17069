import ArgumentParser
import CoplanDiff
import CoplanKit
import Foundation

/// `coplan diff OLD NEW` and `coplan diff --git REV [PATH…]`: what a change to plans does.
/// This command only finds the two versions (files, folders or git revisions, through
/// `SourceProvider`s) and prints; matching, effects and impact are `CoplanDiff`'s.
struct DiffCommand: ParsableCommand {
    /// Computed: the help is in the language chosen before the arguments are parsed.
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "diff",
        abstract: CLIHelp.diffAbstract.string,
        discussion: CLIHelp.diffDiscussion.string
    ) }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case human, markdown, json, github
    }

    @Argument(help: CLIHelp.diffPaths.argument)
    var paths: [String] = []

    @Option(help: ArgumentHelp(CLIHelp.diffGit.string, valueName: "rev"))
    var git: String?

    @Option(help: CLIHelp.diffFormat.argument)
    var format: Format = .human

    @OptionGroup var language: LanguageOptions

    @Option(name: .customLong("fail-on"), help: CLIHelp.diffFailOn.argument)
    var failOn: Impact?

    func run() throws {
        let cwd = FileSystemProvider()
        let (old, new, options, prefix) = try git.map { try sides(revision: $0, cwd: cwd) } ?? sides(cwd: cwd)
        let diff = PlanComparison.compare(old: old, new: new, options: options)
        // `--lang`, COPLAN_LANG, coplan.toml, then the plans' own language when both versions agree.
        let repository = try RepositoryContext.find(startingAt: cwd.workingDirectory)
        let language = try self.language.choice(config: repository.config).resolve(plans: [old.language, new.language])
        CLILanguage.current = language
        switch format {
        case .human: Terminal.write(DiffHuman.render(diff, language: language))
        case .markdown: Terminal.write(DiffMarkdown.render(diff, language: language))
        case .json: Terminal.write(DiffJSON.render(diff, language: language).serialized(pretty: true) + "\n")
        case .github: Terminal.write(DiffGitHub.render(diff, language: language, pathPrefix: prefix))
        }
        if let failOn, diff.fails(on: failOn) { throw ExitCode(1) }
    }

    /// Checker options from the repository configuration (`allow`, `deny`).
    func checkerOptions(startingAt folder: String) throws -> (Checker.Options, RepositoryContext) {
        let repository = try RepositoryContext.find(startingAt: folder)
        var options = Checker.Options()
        options.allow = repository.config?.allow ?? []
        options.deny = repository.config?.deny ?? []
        options.language = try language.choice(config: repository.config)
        return (options, repository)
    }

    /// Two files or two folders.
    func sides(cwd: FileSystemProvider) throws -> (DiffSide, DiffSide, PlanComparison.Options, String) {
        guard paths.count == 2 else {
            throw CLIError.usage(.diffNeedsTwo)
        }
        let (oldArgument, newArgument) = (paths[0], paths[1])
        var isOldFolder: ObjCBool = false, isNewFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: oldArgument, isDirectory: &isOldFolder) else { throw CLIError.io(.noSuchFileOrFolder(path: oldArgument)) }
        guard FileManager.default.fileExists(atPath: newArgument, isDirectory: &isNewFolder) else { throw CLIError.io(.noSuchFileOrFolder(path: newArgument)) }
        guard isOldFolder.boolValue == isNewFolder.boolValue else {
            throw CLIError.usage(.diffBothFilesOrFolders)
        }
        let (checker, repository) = try checkerOptions(startingAt: cwd.folder(of: newArgument))
        guard let oldRoot = FileSystemProvider.realpath(cwd.folder(of: oldArgument)),
              let newRoot = FileSystemProvider.realpath(cwd.folder(of: newArgument)) else {
            throw CLIError.io(.cannotReadEither(old: oldArgument, new: newArgument))
        }
        // Both sides are shown as NEW's files: relative to the current folder (to the
        // repository root for GitHub annotations), so matching paths are equal paths.
        let base = format == .github && repository.root != nil ? repository.root! : cwd.workingDirectory
        let shown = PathMath.relative(newRoot, to: base)
        let display = shown == newRoot && newRoot == base ? "" : (shown == newRoot ? newRoot + "/" : shown + "/")
        let oldProvider = RootedProvider(base: FileSystemProvider(workingDirectory: oldRoot), root: oldRoot, display: display)
        let newProvider = RootedProvider(base: FileSystemProvider(workingDirectory: newRoot), root: newRoot, display: display)
        let oldFiles = try cwd.collectPlans([oldArgument]), newFiles = try cwd.collectPlans([newArgument])
        var options = PlanComparison.Options()
        options.matchSinglePlans = !isNewFolder.boolValue
        return (DiffSide.check(paths: oldFiles, provider: oldProvider, options: checker),
                DiffSide.check(paths: newFiles, provider: newProvider, options: checker), options, "")
    }

    /// The work tree against a revision, or two revisions.
    func sides(revision: String, cwd: FileSystemProvider) throws -> (DiffSide, DiffSide, PlanComparison.Options, String) {
        let toplevel = try Git.toplevel(of: cwd.workingDirectory)
        let range = revision.components(separatedBy: "..")
        guard range.count <= 2, !range.contains(where: \.isEmpty) else {
            throw CLIError.usage(.gitRevisionForm(text: revision))
        }
        let oldGit = try GitSourceProvider(toplevel: toplevel, commit: Git.commit(range[0], in: toplevel))
        let newGit = try range.count == 2 ? GitSourceProvider(toplevel: toplevel, commit: Git.commit(range[1], in: toplevel)) : nil
        let (checker, repository) = try checkerOptions(startingAt: cwd.workingDirectory)
        // What to compare, as paths from the top level.
        var selected: [String]
        if paths.isEmpty {
            let root = repository.root.flatMap { PathMath.isInside($0, root: toplevel) ? $0 : nil } ?? toplevel
            let folders = repository.config?.plans ?? [""]
            selected = folders.map { PathMath.relative(PathMath.join(root, $0), to: toplevel) }
        } else {
            selected = paths.map { path in
                let absolute = PathMath.join(cwd.workingDirectory, path)
                return PathMath.relative(FileSystemProvider.realpath(absolute) ?? absolute, to: toplevel)
            }
        }
        selected = selected.map { $0 == toplevel ? "" : $0 }
        for path in selected where path.hasPrefix("/") {
            throw CLIError.usage(.outsideGitRepository(path: path, root: toplevel))
        }
        let worktree = FileSystemProvider(workingDirectory: toplevel)
        func files(_ git: GitSourceProvider?) throws -> [String] {
            guard let git else {
                let existing = selected.map { PathMath.join(toplevel, $0) }.filter { FileManager.default.fileExists(atPath: $0) }
                return try existing.flatMap { path -> [String] in
                    var isFolder: ObjCBool = false
                    _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
                    return isFolder.boolValue ? try worktree.plans(under: FileSystemProvider.realpath(path) ?? path) : try worktree.collectPlans([path])
                }
            }
            return Array(Set(selected.flatMap { git.plans(under: $0) })).sorted()
        }
        let oldFiles = try files(oldGit), newFiles = try files(newGit)
        if oldFiles.isEmpty && newFiles.isEmpty {
            throw CLIError.io(.noPlanFilesOnEitherSide(paths: selected.map { $0.isEmpty ? "." : $0 }.joined(separator: ", ")))
        }
        let old = DiffSide.check(paths: oldFiles, provider: oldGit, options: checker)
        let new = newGit.map { DiffSide.check(paths: newFiles, provider: $0, options: checker) }
            ?? DiffSide.check(paths: newFiles, provider: worktree, options: checker)
        return (old, new, PlanComparison.Options(), "")
    }
}

/// A provider whose display paths are relative to `root` with `display` in front, so that
/// two folders being compared name their matching files alike.
struct RootedProvider: SourceProvider {
    let base: FileSystemProvider
    let root: String
    let display: String

    func canonicalPath(_ path: String) -> String? { base.canonicalPath(path) }
    func read(_ canonicalPath: String) throws -> [UInt8] { try base.read(canonicalPath) }
    func repositoryRoot(containing canonicalPath: String) -> String { base.repositoryRoot(containing: canonicalPath) }
    func displayPath(_ canonicalPath: String) -> String {
        PathMath.isInside(canonicalPath, root: root) ? display + PathMath.relative(canonicalPath, to: root) : canonicalPath
    }
}

extension Impact: ExpressibleByArgument {}
