/// A run of what a reader sees — a paragraph, a table cell, an attribute value — as normalised
/// scalars, each with the UTF-8 offset in the raw text it came from. Readers append to it; the
/// analyser matches inside it. Nothing matches across two segments.
struct Segment {
    var s: [UInt32] = []
    var origin: [Int] = []
    /// Sub-ranges that are URLs or file names: slugs are read there, and `-` `_` `/` `.` join
    /// the syllables of a name.
    var paths: [Range<Int>] = []
    private var pathStart: Int?
    /// What the segment holds, so that matchers with nothing to look at are skipped.
    private(set) var hasDigit = false
    /// "@", a bracket ("[at]") or a spelled "at" ("a at b", "a a còng b").
    private(set) var mayHaveAt = false
    /// A "-" or "_" right after a letter or digit: the segment may hold a slug or a file name.
    private(set) var hasJoiner = false

    var isEmpty: Bool { s.isEmpty }

    mutating func removeAll() {
        // Most cuts (one before and after every block tag and attribute value) find the segment
        // empty already; emptying its arrays again still cost a percent of a build. An empty `s`
        // means nothing was appended since the last reset: every flag and path goes with an
        // append, and `origin` grows with `s`.
        guard !s.isEmpty else {
            pathStart = nil
            return
        }
        s.removeAll(keepingCapacity: true)
        origin.removeAll(keepingCapacity: true)
        paths.removeAll(keepingCapacity: true)
        pathStart = nil
        hasDigit = false
        mayHaveAt = false
        hasJoiner = false
    }

    mutating func beginPath() {
        if pathStart == nil { pathStart = s.count }
    }

    mutating func endPath() {
        guard let start = pathStart else { return }
        if s.count > start { paths.append(start..<s.count) }
        pathStart = nil
    }

    /// Appends one scalar after the compatibility folding of NFKC that matters here (full-width
    /// and other compatibility digits and letters, the many space and dash characters), dropping
    /// what a reader cannot see (zero-width characters, soft hyphen, joiners, BOM, bidi marks).
    /// Runs of spaces become one space.
    @inline(__always) mutating func append(_ scalar: UInt32, at offset: Int) {
        var v = scalar
        if v < 0x80 {
            if v > 0x20 && v < 0x7F {
                if v &- 0x30 < 10 {
                    hasDigit = true
                } else if (v == 0x2D || v == 0x5F), let last = s.last, last != 0x20, Letters.isAlnum(last) {
                    hasJoiner = true
                } else if v == 0x40 || v == 0x5B || v == 0x28 || v == 0x7B
                            || (v | 0x20 == 0x74 && s.count >= 2 && s[s.count - 1] | 0x20 == 0x61 && s[s.count - 2] == 0x20)
                            || (v | 0x20 == 0x63 && s.count >= 2 && s[s.count - 1] == 0x20 && s[s.count - 2] | 0x20 == 0x61) {
                    mayHaveAt = true
                }
                s.append(v)
                origin.append(offset)
                return
            }
            if v < 0x20 || v == 0x7F { v = 0x20 }
        } else if (v &- 0xC0 < 0x34F - 0xC0) || (v &- 0x1E00 < 0x100) {
            // Vietnamese letters, precomposed or with combining marks: nothing to fold.
        } else {
            switch v {
            case 0xAD, 0x34F, 0x61C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B...0x180F, 0x200B...0x200F,
                 0x202A...0x202E, 0x2060...0x206F, 0x3164, 0xFE00...0xFE0F, 0xFEFF, 0xFFA0, 0xE0000...0xE0FFF:
                return
            case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                v = 0x20
            case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0x2E3A, 0x2E3B:
                v = 0x2D
            case 0xFF01...0xFF5E:
                v -= 0xFEE0
            case 0x2070, 0x2080: v = 0x30
            case 0xB9, 0x2081: v = 0x31
            case 0xB2, 0x2082: v = 0x32
            case 0xB3, 0x2083: v = 0x33
            case 0x2074...0x2079: v = v - 0x2074 + 0x34
            case 0x2084...0x2089: v = v - 0x2084 + 0x34
            case 0x2460...0x2468: v = v - 0x2460 + 0x31
            case 0x2776...0x277E: v = v - 0x2776 + 0x31
            case 0x1D7CE...0x1D7FF: v = 0x30 + (v - 0x1D7CE) % 10
            case 0x660...0x669: v = v - 0x660 + 0x30
            case 0x6F0...0x6F9: v = v - 0x6F0 + 0x30
            case 0x966...0x96F: v = v - 0x966 + 0x30
            case 0x2018, 0x2019, 0x201B, 0x2032: v = 0x27
            case 0x2024: v = 0x2E
            case 0xFE6B, 0xFF20: v = 0x40
            default: break
            }
        }
        if v == 0x20, s.last == 0x20 || s.isEmpty { return }
        if v &- 0x30 < 10 { hasDigit = true } else if v == 0x40 { mayHaveAt = true }
        s.append(v)
        origin.append(offset)
    }

    /// Trailing space left by a soft break or a tag.
    mutating func trimTrailingSpace() {
        while s.last == 0x20 {
            s.removeLast()
            origin.removeLast()
        }
    }

    func isPath(_ i: Int, from hint: inout Int) -> Bool {
        while hint < paths.count && paths[hint].upperBound <= i { hint += 1 }
        return hint < paths.count && paths[hint].contains(i)
    }
}
