import CoplanKit
import CoplanTesting

/// libFuzzer entry: the input is a user document template, prepared and rendered over a
/// small synthetic plan (FuzzHarness.template).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.template(Array(UnsafeBufferPointer(start: data, count: size)), everything: false)
    return 0
}
