import Foundation
import Testing
@testable import CoplanKit
@testable import CoplanModel
@testable import CoplanPipeline
@testable import CoplanEmit
@testable import CoplanSession

/// Which template renders an agreement, the same for `coplan emit` and the REPL's `:emit`:
/// the front end's, else the agreement's own `template "path"`, else the built-in one.
@Suite struct TemplateSelectionTests {
    static let short = "# {{title}}\n\nnr {{number}}\n"

    static func plan(template: String = "templates/short.mustache") throws -> String {
        try Golden.read("documents/small.plan")
            .replacingOccurrences(of: "  notice 3 months\n", with: "  notice 3 months\n  template \"\(template)\"\n  number \"1/2019\"\n")
    }

    static func agreement(_ provider: MemorySourceProvider) throws -> Agreement {
        let report = Checker().check(paths: ["/repo/p.plan"], provider: provider)
        #expect(report.errors == 0, "\(report.diagnostics.map(\.message.en))")
        return try #require(report.plans.first?.model.agreements.first)
    }

    @Test func sessionEmitUsesTheAgreementsTemplate() throws {
        let provider = MemorySourceProvider(files: ["/repo/p.plan": try Self.plan(), "/repo/templates/short.mustache": Self.short])
        var session = Session(provider: provider, workingDirectory: "/repo", templates: provider)
        #expect(session.load("p.plan").status == .ok)
        let reply = session.emit("gops_fundacja", format: nil)
        #expect(reply.kind == .output, "\(reply.text)")
        #expect(reply.text == "# Porozumienie o współpracy GOPS – Fundacja\n\nnr 1/2019")
        #expect(Typography.unbound(session.emit("gops_fundacja", format: .document(.html)).text).contains("nr 1/2019"))
    }

    @Test func sessionWithoutTemplateFilesSaysSo() throws {
        let provider = MemorySourceProvider(files: ["/repo/p.plan": try Self.plan()])
        var session = Session(provider: provider, workingDirectory: "/repo")
        _ = session.load("p.plan")
        let reply = session.emit("gops_fundacja", format: nil)
        #expect(reply.kind == .error)
        // The plan is written in Polish, so the session answers in Polish.
        #expect(reply.text.hasPrefix("nie znaleziono szablonu `templates/short.mustache`\n  --> p.plan:79:12"), "\(reply.text)")
    }

    @Test func scriptEmitUsesTheAgreementsTemplate() throws {
        let folder = try CLITests.temporaryFolder([
            "coplan.toml": "", "p.plan": try Self.plan(), "templates/short.mustache": Self.short,
            "emit.coplan": ":load p.plan\n:emit gops_fundacja\n",
        ])
        let result = try CLITests.run(["run", "emit.coplan"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("# Porozumienie o współpracy GOPS – Fundacja\n\nnr 1/2019\n"), "\(result.stdout)")
    }

    @Test func eachFileIsReadOnceAndTheFrontEndsTemplateWins() throws {
        let provider = CountingProvider(MemorySourceProvider(files: [
            "/repo/p.plan": try Self.plan(), "/repo/templates/short.mustache": Self.short, "/repo/own.mustache": "own {{title}}\n",
        ]))
        let agreement = try Self.agreement(provider.base)
        var selection = try TemplateSelection(provider: provider, root: "/repo")
        let first = try selection.template(for: agreement, folder: "/repo")
        let second = try selection.template(for: agreement, folder: "/repo")
        #expect(first?.path == "templates/short.mustache" && second?.path == first?.path)
        #expect(provider.reads == ["/repo/templates/short.mustache"])
        var chosen = try TemplateSelection(provider: provider, root: "/repo", template: "own.mustache", base: "/repo")
        #expect(try chosen.template(for: agreement, folder: "/repo")?.path == "own.mustache")
    }

    @Test func templatesOutsideTheRootAreRefusedAtTheAttribute() throws {
        let provider = MemorySourceProvider(files: ["/repo/p.plan": try Self.plan(template: "../x.mustache"), "/x.mustache": Self.short])
        let agreement = try Self.agreement(provider)
        var selection = try TemplateSelection(provider: provider, root: "/repo")
        #expect(throws: LocatedProblem.self) { try selection.template(for: agreement, folder: "/repo") }
        do {
            _ = try selection.template(for: agreement, folder: "/repo")
        } catch {
            #expect(error.description.hasPrefix("p.plan:79:12: error: template `../x.mustache` leaves the repository root"), "\(error)")
        }
        #expect(throws: LocatedProblem.self) { try TemplateSelection(provider: provider, root: "/repo", template: "../x.mustache", base: "/repo") }
    }
}

/// Records which files a template provider reads.
final class CountingProvider: TemplateProvider, @unchecked Sendable {
    let base: MemorySourceProvider
    private(set) var reads: [String] = []

    init(_ base: MemorySourceProvider) { self.base = base }

    func canonicalPath(_ path: String) -> String? { base.canonicalPath(path) }
    func read(_ canonicalPath: String) throws -> [UInt8] {
        reads.append(canonicalPath)
        return try base.read(canonicalPath)
    }
    func displayPath(_ canonicalPath: String) -> String { base.displayPath(canonicalPath) }
}
