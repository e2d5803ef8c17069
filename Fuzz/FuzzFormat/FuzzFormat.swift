import CoplanKit
import CoplanTesting

/// libFuzzer entry: `format(parse(x))` reparses cleanly, is a fixed point and keeps the meaning
/// (FuzzHarness.format).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFormat(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.format(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
