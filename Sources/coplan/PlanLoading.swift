import ArgumentParser
import CoplanKit
import Foundation

/// Loading one plan for commands that need a clean model (emit, graph): check it, and refuse
/// with the errors shown (exit 1) when it has any.
enum PlanLoading {
    struct Loaded {
        var model: PlanModel
        var path: String
        var report: CheckReport
        var provider: FileSystemProvider
    }

    static func load(_ argument: String, analyse: Bool = false) throws -> Loaded {
        let provider = FileSystemProvider()
        let files = try provider.collectPlans([argument])
        guard files.count == 1, let path = files.first else {
            throw CLIError.usage("give one plan file (\(argument) holds \(files.count))")
        }
        var options = Checker.Options()
        options.analyse = analyse
        let report = Checker(options: options).check(paths: [path], provider: provider)
        if report.errors > 0 {
            let renderer = DiagnosticRenderer(colored: Terminal.colorEnabled)
            let errors = report.diagnostics.filter { $0.severity == .error }
            FileHandle.standardError.write(Data((errors.map(renderer.render).joined(separator: "\n")
                + "\ncoplan: the plan has \(report.errors) error\(report.errors == 1 ? "" : "s"); fix them first\n").utf8))
            throw ExitCode(1)
        }
        guard let model = report.plans.first?.model, model.plan != nil else {
            throw CLIError.usage("\(argument) holds no plan")
        }
        return Loaded(model: model, path: path, report: report, provider: provider)
    }

    /// Reads a template file that must stay inside the plan's repository root once symlinks are
    /// resolved. `base` is the folder relative paths start from.
    static func readTemplate(_ written: String, base: String, root: String) throws(LocatedProblem) -> TemplateText {
        let joined = PathMath.join(base, written)
        guard let real = FileSystemProvider.realpath(joined) else {
            throw LocatedProblem("template `\(written)` not found")
        }
        guard PathMath.isInside(real, root: root) else {
            throw LocatedProblem("template `\(written)` leaves the repository root",
                                help: "templates must stay inside \(root) (symlinks are followed before checking)")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: real) else {
            throw LocatedProblem("template `\(written)` cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LocatedProblem("template `\(written)` is not valid UTF-8")
        }
        return TemplateText(text: text, path: FileSystemProvider().displayPath(real))
    }
}
