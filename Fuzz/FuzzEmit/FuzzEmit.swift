import CoplanKit
import CoplanTesting

/// libFuzzer entry: agreement documents, the plan report and the partner graph for every plan
/// in the input that checks without errors (FuzzHarness.emit).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEmit(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.emit(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
