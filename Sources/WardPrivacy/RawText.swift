/// The raw UTF-8 of a scanned text, with the decoding every reader needs.
struct RawText {
    let b: UnsafeBufferPointer<UInt8>
    var count: Int { b.count }

    /// The scalar at `i` and its length; the text is valid UTF-8 (it came from a String).
    @inline(__always) func scalar(_ i: Int) -> (UInt32, Int) {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0, i + 1 < b.count { return ((b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if b0 < 0xF0, i + 2 < b.count {
            return ((b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3)
        }
        if i + 3 < b.count {
            return ((b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    @inline(__always) func byte(_ i: Int) -> UInt8 { i < b.count ? b[i] : 0 }

    /// Case-insensitive ASCII comparison at `i`.
    func has(_ s: StaticString, at i: Int) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        return s.withUTF8Buffer { p in
            for k in 0..<n {
                let c = b[i + k]
                let l = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                if l != p[k] { return false }
            }
            return true
        }
    }

    /// The first index of `s` (lower-case ASCII) at or after `i`, compared case-insensitively.
    func find(_ s: StaticString, from i: Int, limit: Int? = nil) -> Int? {
        let end = limit ?? b.count
        let first = s.withUTF8Buffer { $0[0] }
        var k = i
        while k < end {
            let c = b[k]
            if (c >= 0x41 && c <= 0x5A ? c | 0x20 : c) == first && has(s, at: k) { return k }
            k += 1
        }
        return nil
    }

    /// Puts the scalars of `range` into the analyser unchanged (no markup meaning).
    func emit(_ range: Range<Int>, into a: inout Analyzer, entities: Bool) {
        var k = range.lowerBound
        while k < range.upperBound {
            if entities && b[k] == 0x26, let (v, end) = Entities.decode(self, at: k, limit: range.upperBound) {
                a.put(v, k)
                k = end
                continue
            }
            let (v, n) = scalar(k)
            a.put(v, k)
            k += n
        }
    }

    /// JavaScript and JSON escapes: \uXXXX (and surrogate pairs), \xHH, \n and friends.
    func escape(at k: Int, limit: Int) -> (UInt32, Int)? {
        guard b[k] == 0x5C, k + 1 < limit else { return nil }
        let c = b[k + 1]
        switch c {
        case 0x75:
            guard let hi = hex(k + 2, 4, limit) else { return nil }
            if hi >= 0xD800 && hi < 0xDC00, k + 12 <= limit, b[k + 6] == 0x5C, b[k + 7] == 0x75, let lo = hex(k + 8, 4, limit),
               lo >= 0xDC00 && lo < 0xE000 {
                return (0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00), k + 12)
            }
            return (hi, k + 6)
        case 0x78:
            guard let v = hex(k + 2, 2, limit) else { return nil }
            return (v, k + 4)
        case 0x6E, 0x72, 0x74, 0x62, 0x66: return (0x20, k + 2)
        default: return (UInt32(c), k + 2)
        }
    }

    func hex(_ i: Int, _ n: Int, _ limit: Int) -> UInt32? {
        guard i + n <= limit else { return nil }
        var v: UInt32 = 0
        for k in i..<(i + n) {
            let c = UInt32(b[k])
            let d: UInt32
            if c >= 0x30 && c <= 0x39 { d = c - 0x30 } else if (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 { d = (c | 0x20) - 0x61 + 10 } else { return nil }
            v = v << 4 | d
        }
        return v
    }
}
