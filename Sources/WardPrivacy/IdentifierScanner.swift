/// Finds personal identifiers in text that is about to be published.
///
/// The scan is a single forward pass: the text's UTF-8 is decoded line by line into a reused
/// scalar buffer (NFC-composed only when it holds combining marks) and examined by a few
/// hand-written matchers with bounded look-ahead, so the cost is linear in the input.
public struct IdentifierScanner: Sendable {
    let allowlist: PublicAllowlist

    public init(allowlist: PublicAllowlist = .init()) {
        self.allowlist = allowlist
    }

    /// Findings in reading order; `line`/`column` are relative to the start of `text`.
    /// Lines end at LF, CRLF or a lone CR.
    public func scan(_ text: String) -> [PrivacyFinding] {
        var text = text
        text.makeContiguousUTF8()
        let source = text
        return source.utf8.withContiguousStorageIfAvailable { bytes in
            scan(bytes, of: source)
        } ?? []
    }

    private func scan(_ bytes: UnsafeBufferPointer<UInt8>, of text: String) -> [PrivacyFinding] {
        var work = LineScan(allowlist: allowlist, lexicon: .standard)
        var findings: [PrivacyFinding] = []
        let n = bytes.count
        var lineNumber = 1
        var lineStart = 0
        var i = 0
        while i < n {
            let b0 = UInt32(bytes[i])
            if b0 < 0x80 {
                if b0 == 0x0A || b0 == 0x0D {
                    work.finish(text: text, bytes: lineStart..<i, number: lineNumber, into: &findings)
                    i += (b0 == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A) ? 2 : 1
                    lineNumber += 1
                    lineStart = i
                    continue
                }
                work.append(b0)
                i += 1
            } else if b0 < 0xE0 {
                work.append((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F))
                i += 2
            } else if b0 < 0xF0 {
                work.append((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F))
                i += 3
            } else {
                work.append((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                            | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F))
                i += 4
            }
        }
        work.finish(text: text, bytes: lineStart..<n, number: lineNumber, into: &findings)
        return findings
    }
}
