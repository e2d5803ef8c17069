import CoplanCore
import CoplanModel
import CoplanPipeline

/// Which template renders each agreement, for every front end (`coplan emit`, the REPL's
/// `:emit`): the one the front end names (`--template`), else the agreement's own
/// `template "path"` read relative to the file it is written in, else the built-in one.
/// Files must stay inside the repository root once symlinks are resolved; each file is read
/// and validated once however many agreements name it; an agreement's unreadable or invalid
/// file is reported at its `template` attribute.
package struct TemplateSelection: Sendable {
    package let provider: any TemplateProvider
    /// The repository root templates may not leave.
    package let root: String
    /// The front end's template, which wins over the agreements' own.
    var chosen: AgreementEmitter.PreparedTemplate?
    /// Prepared templates by canonical path.
    var prepared: [String: AgreementEmitter.PreparedTemplate] = [:]

    /// `template` is the front end's template path, relative to `base` when not absolute.
    package init(provider: any TemplateProvider, root: String, template: String? = nil, base: String = "/") throws(LocatedProblem) {
        self.provider = provider
        self.root = root
        chosen = nil
        if let template { chosen = try prepare(template, base: base) }
    }

    /// The template for `agreement`; nil means the built-in one. `folder` is the absolute
    /// folder of the file the agreement is written in.
    package mutating func template(for agreement: Agreement, folder: String) throws(LocatedProblem) -> AgreementEmitter.PreparedTemplate? {
        if let chosen { return chosen }
        guard case .file(let written) = try AgreementEmitter.templateReference(of: agreement), let attribute = agreement.template else {
            return nil
        }
        do {
            return try prepare(written, base: folder)
        } catch {
            // Errors inside the template keep their own place; the rest point at the attribute.
            throw error.span == nil ? error.located(at: attribute.span) : error
        }
    }

    /// The prepared template at `written` (relative to `base`), read and validated on first use.
    mutating func prepare(_ written: String, base: String) throws(LocatedProblem) -> AgreementEmitter.PreparedTemplate {
        let path = try locate(written, base: base)
        if let cached = prepared[path] { return cached }
        let ready = try AgreementEmitter.prepare(read(written, at: path))
        prepared[path] = ready
        return ready
    }

    /// The canonical path of a template file, refused when it leaves the root.
    func locate(_ written: String, base: String) throws(LocatedProblem) -> String {
        guard let real = provider.canonicalPath(PathMath.join(base, written)) else {
            throw LocatedProblem(TemplateMessage.notFound(template: written).text)
        }
        guard PathMath.isInside(real, root: root) else {
            throw LocatedProblem(TemplateMessage.leavesRoot(template: written).text, help: TemplateMessage.leavesRootHelp(root: root).text)
        }
        return real
    }

    func read(_ written: String, at path: String) throws(LocatedProblem) -> TemplateText {
        guard let bytes = try? provider.read(path) else { throw LocatedProblem(TemplateMessage.unreadable(template: written).text) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw LocatedProblem(TemplateMessage.notUTF8(template: written).text)
        }
        return TemplateText(text: text, path: provider.displayPath(path))
    }
}

extension LocatedProblem {
    /// The error placed at a plan attribute (a template path the plan names).
    package func located(at span: SourceSpan) -> LocatedProblem {
        var copy = self
        copy.span = span.startPoint
        return copy
    }
}
