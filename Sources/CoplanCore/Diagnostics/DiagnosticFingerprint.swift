/// A finding's identity that survives edits elsewhere in the file: its code, its file, the
/// declaration it lies in (kind and id) and the words it points at — never a line or column.
/// `coplan diff` matches findings of two versions by it, and SARIF carries it as
/// `partialFingerprints` so code scanning follows an alert when lines move.
package struct DiagnosticFingerprint: Hashable, Sendable, Comparable, CustomStringConvertible {
    package var code: DiagnosticCode
    /// The file's display path (relative to the repository root in CI formats and in diffs).
    package var file: String
    /// `kind:id` of the enclosing declaration, or empty for findings outside any.
    package var declaration: String
    /// The words the finding's span covers, keywords in English (so a change of keyword
    /// language keeps it), or the message for findings without a span.
    package var anchor: String
    /// 1 unless several findings of one report share everything above; then 1, 2, … in
    /// report order, so each still has its own fingerprint.
    package var ordinal: Int

    package init(code: DiagnosticCode, file: String, declaration: String, anchor: String, ordinal: Int = 1) {
        self.code = code
        self.file = file
        self.declaration = declaration
        self.anchor = anchor
        self.ordinal = ordinal
    }

    /// `G504|Plans/a.plan|group:families|activation` (with `#2` and on for repeats).
    package var description: String {
        "\(code.rawValue)|\(file)|\(declaration)|\(anchor)" + (ordinal > 1 ? "#\(ordinal)" : "")
    }

    /// 16 hex digits of FNV-1a over `description`: stable across runs and platforms, unlike
    /// `Hasher`, which SARIF consumers need.
    package var hash: String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in description.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    package static func < (lhs: DiagnosticFingerprint, rhs: DiagnosticFingerprint) -> Bool {
        lhs.description < rhs.description
    }
}
