import CoplanKit
import CoplanTesting

/// libFuzzer entry: the check's report formats and the coverage matrix, then agreement
/// documents, the plan report and the partner graph for every plan in the input that checks
/// without errors (FuzzHarness.emit), in the slice of outputs and languages the input chooses.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEmit(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    FuzzHarness.emit(bytes, slice: .chosen(by: bytes))
    return 0
}
