import CoplanKit
import CoplanTesting
import Foundation

/// libFuzzer entry: the whole check, analysis, what-if and report formats on up to four files
/// split at byte 0x01 (FuzzHarness.check); every JSON output must parse.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCheck(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    for text in FuzzHarness.check(Array(UnsafeBufferPointer(start: data, count: size)), everything: false) {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            fatalError("JSON output does not parse: \(error)\n\(text.prefix(2000))")
        }
    }
    return 0
}
