import CoplanKit
import CoplanTesting

/// libFuzzer entry: the lexer and parser on arbitrary bytes (FuzzHarness.parse).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParse(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.parse(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
