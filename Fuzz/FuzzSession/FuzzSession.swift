import CoplanKit
import CoplanTesting

/// libFuzzer entry: a REPL script run against a plan, both from the input
/// (FuzzHarness.session).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSession(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.session(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
