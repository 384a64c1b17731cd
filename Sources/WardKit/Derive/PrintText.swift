/// Byte-level string helpers of the print pages: run for each of a group's sheets, where
/// Foundation's searches bridged whole strings to UTF-16.
extension PrintPages {
    /// The text up to and including the first "://" ("https://"), or "" — on the bytes, as
    /// Foundation's `range(of:)` bridged the URL for each of a group's sheets.
    static func schemePrefix(_ url: String) -> String {
        let b = Array(url.utf8)
        guard b.count >= 3 else { return "" }
        for i in 0...(b.count - 3) where b[i] == 0x3A && b[i + 1] == 0x2F && b[i + 2] == 0x2F {
            return String(decoding: b[..<(i + 3)], as: UTF8.self)
        }
        return ""
    }

    /// `s` with `insert` after the first `marker`, found on the UTF-8 bytes: Foundation's
    /// `replacingOccurrences` bridged the whole SVG to UTF-16 on each of a group's four sheets,
    /// a tenth of a build. The SVG holds the marker once.
    static func inserting(_ insert: String, after marker: String, in s: String) -> String {
        var s = s
        s.makeContiguousUTF8()
        let m = Array(marker.utf8)
        let at: Int? = s.utf8.withContiguousStorageIfAvailable { b -> Int? in
            guard !m.isEmpty, b.count >= m.count else { return nil }
            var i = 0
            while i <= b.count - m.count {
                if b[i] == m[0] {
                    var k = 1
                    while k < m.count && b[i + k] == m[k] { k += 1 }
                    if k == m.count { return i + m.count }
                }
                i += 1
            }
            return nil
        } ?? nil
        guard let at else { return s }
        let split = s.utf8.index(s.utf8.startIndex, offsetBy: at)
        return String(s[..<split]) + insert + s[split...]
    }
}
