/// A `ScriptHost` that keeps everything in memory: what scripts show and report, and the files
/// `:save` would write. For tests and the fuzz harness, as `MemorySourceProvider` is for plans.
public final class MemoryScriptHost: ScriptHost {
    public private(set) var shown: [String] = []
    public private(set) var failures: [String] = []
    public private(set) var written: [String: String] = [:]

    public init() {}

    public func show(_ text: String) { shown.append(text) }
    public func fail(_ text: String) { failures.append(text) }
    public func write(_ text: String, to path: String) throws { written[path] = text }
}
