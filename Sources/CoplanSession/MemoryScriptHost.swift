import CoplanCore
import CoplanSyntax
import CoplanModel
import CoplanAnalysis
import CoplanPipeline
import CoplanFormat
import CoplanEmit
/// A `ScriptHost` that keeps everything in memory: what scripts show and report, and the files
/// `:save` would write. For tests and the fuzz harness, as `MemorySourceProvider` is for plans.
package final class MemoryScriptHost: ScriptHost {
    package private(set) var shown: [String] = []
    package private(set) var failures: [String] = []
    package private(set) var written: [String: String] = [:]

    package init() {}

    package func show(_ text: String) { shown.append(text) }
    package func fail(_ text: String) { failures.append(text) }
    package func write(_ text: String, to path: String) throws { written[path] = text }
}
