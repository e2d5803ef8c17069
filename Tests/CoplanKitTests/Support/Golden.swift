import Foundation
import Testing
@testable import CoplanKit
@testable import CoplanCore
@testable import CoplanSyntax
@testable import CoplanModel
@testable import CoplanAnalysis
@testable import CoplanPipeline
@testable import CoplanFormat
@testable import CoplanEmit
@testable import CoplanSession

/// Golden-file helpers: expected outputs live next to their inputs under `Fixtures/`.
/// Run with `COPLAN_RECORD=1` to (re)write expected files after a deliberate change.
enum Golden {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    static var recording: Bool { ProcessInfo.processInfo.environment["COPLAN_RECORD"] != nil }

    static func read(_ relative: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(relative), encoding: .utf8)
    }

    static func files(in folder: String, ext: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix("." + ext) }.sorted()
    }

    /// Splits a multi-file fixture: `--- file: PATH` lines start each file (PATH relative to
    /// `/repo/diagnostics/`); text before the first marker belongs to `defaultPath`.
    static func split(_ text: String, defaultPath: String) -> [String: String] {
        var files: [String: String] = [:]
        var current = defaultPath
        var lines: [Substring] = []
        func flush() {
            if !lines.isEmpty || current == defaultPath { files[current] = lines.joined(separator: "\n") + "\n" }
            lines = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("--- file: ") {
                flush()
                current = PathMath.join("/repo/diagnostics", String(line.dropFirst(10)))
            } else {
                lines.append(line)
            }
        }
        flush()
        return files.filter { !$0.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    /// Compares `actual` with the stored file, or records it.
    static func assert(_ actual: String, matches relative: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = fixtures.appendingPathComponent(relative)
        if recording {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "<missing golden file \(relative)>"
        #expect(actual == expected, "golden \(relative) differs", sourceLocation: sourceLocation)
    }
}

/// Checks in-memory files as `coplan check` would, rooted at `/repo`.
func checkReport(_ files: [String: String], roots: [String]? = nil, analyse: Bool = true, language: Language? = nil) -> CheckReport {
    var options = Checker.Options()
    options.analyse = analyse
    if let language { options.language = .fixed(language) }
    let provider = MemorySourceProvider(files: files)
    let paths = (roots ?? files.keys.sorted()).map { PathMath.join("/", $0) }
    return Checker(options: options).check(paths: paths, provider: provider)
}

/// The codes reported for one plan text.
func codes(_ text: String, analyse: Bool = false) -> [DiagnosticCode] {
    checkReport(["/repo/test.plan": text], analyse: analyse).diagnostics.map(\.code)
}
