/// Readers for text without markup: plain text and CSV cells, CSS/JS, JSON, file names and URL
/// paths. A line break ends a segment (a number never runs on into the next line).
enum PlainReader {
    /// `base` is the offset of `r` in the scanned text (a script inside a page).
    static func read(_ r: RawText, into a: inout Analyzer, format: TextFormat, base: Int = 0) {
        let path = format == .path
        if path { a.beginPath() }
        var i = 0
        while i < r.count {
            let c = r.b[i]
            if c == 0x0A || c == 0x0D {
                a.cut()
                if path { a.beginPath() }
                i += 1
                continue
            }
            if format == .code, c == 0x5C, let (v, end) = r.escape(at: i, limit: r.count) {
                a.put(v, base + i)
                i = end
                continue
            }
            let (v, n) = r.scalar(i)
            a.put(v, base + i)
            i += n
        }
        a.cut()
    }
}

/// JSON: each string is a segment, with its escapes decoded; structure ends segments.
enum JSONReader {
    static func read(_ r: RawText, into a: inout Analyzer) {
        var i = 0
        while i < r.count {
            let c = r.b[i]
            if c == 0x22 {
                a.cut()
                i += 1
                while i < r.count && r.b[i] != 0x22 {
                    if r.b[i] == 0x5C, let (v, end) = r.escape(at: i, limit: r.count) {
                        a.put(v, i)
                        i = end
                        continue
                    }
                    let (v, n) = r.scalar(i)
                    a.put(v, i)
                    i += n
                }
                a.cut()
                i += 1
                continue
            }
            if c == 0x2C || c == 0x7B || c == 0x7D || c == 0x5B || c == 0x5D || c == 0x3A || c == 0x0A {
                a.cut()
                i += 1
                continue
            }
            let (v, n) = r.scalar(i)
            a.put(v, i)
            i += n
        }
        a.cut()
    }
}
