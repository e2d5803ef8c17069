import CoplanTesting

/// libFuzzer entry: a language-server session of edits and requests on a fuzzed plan
/// (FuzzHarness.lsp).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLSP(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.lsp(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
