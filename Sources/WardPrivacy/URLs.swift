/// URLs written in text are read like file names: their path and query are text too
/// ("https://zalo.me/0912345678", "…/nguyen-van-hung.html", "?phone=…"), after %XX decoding.
extension Analyzer {
    private static let prefixes: [[UInt32]] = [
        "http://", "https://", "www.", "facebook.com/", "fb.com/", "fb.me/", "m.facebook.com/", "web.facebook.com/",
        "zalo.me/", "tiktok.com/", "vt.tiktok.com/", "instagram.com/", "t.me/", "youtube.com/", "youtu.be/",
        "twitter.com/", "x.com/", "threads.net/", "m.me/", "mailto:", "tel:",
    ].map { $0.unicodeScalars.map(\.value) }

    mutating func markURLs() {
        let s = seg.s
        let n = s.count
        var found: [Range<Int>] = []
        var existing = 0
        var i = 0
        while i < n {
            if existing < seg.paths.count && seg.paths[existing].lowerBound <= i {
                i = max(i, seg.paths[existing].upperBound)
                existing += 1
                continue
            }
            let c = s[i] | 0x20
            if (c == 0x68 || c == 0x77 || c == 0x66 || c == 0x7A || c == 0x6D || c == 0x74 || c == 0x69 || c == 0x79
                || c == 0x76 || c == 0x78),
               i == 0 || !(Letters.isAlnum(s[i - 1]) || s[i - 1] == 0x2E || s[i - 1] == 0x40 || s[i - 1] == 0x2F) {
                let limit = existing < seg.paths.count ? seg.paths[existing].lowerBound : n
                if let end = urlEnd(at: i, limit: limit) {
                    found.append(i..<end)
                    i = end
                    continue
                }
            }
            // A file name or slug written in the text ("ho-so-nguyen-van-hung.pdf") is read as one.
            if seg.hasJoiner, Letters.isAlnum(s[i]), i == 0 || !(Letters.isLetter(s[i - 1]) || Letters.isDigit(s[i - 1])) {
                let limit = existing < seg.paths.count ? seg.paths[existing].lowerBound : n
                let end = slugEnd(at: i, limit: limit)
                if end.slug { found.append(i..<end.end) }
                i = max(i + 1, end.end)
                continue
            }
            i += 1
        }
        if !found.isEmpty {
            seg.paths = (seg.paths + found).sorted { $0.lowerBound < $1.lowerBound }
        }
        if seg.paths.contains(where: { r in s[r].contains { $0 == 0x25 || $0 == 0x2B } }) { decodePercent() }
    }

    /// The end of the run of letters, digits and `-` `_` `.` at `i`, and whether it joins words
    /// the way a slug does: two joins or more, one of them between letters.
    private func slugEnd(at i: Int, limit: Int) -> (end: Int, slug: Bool) {
        let s = seg.s
        var j = i
        var joins = 0, letterJoins = 0
        while j < limit {
            let c = s[j]
            if Letters.isLetter(c) || Letters.isDigit(c) { j += 1; continue }
            guard c == 0x2D || c == 0x5F || c == 0x2E, j > i, j + 1 < limit else { break }
            let before = s[j - 1], after = s[j + 1]
            guard (Letters.isLetter(before) || Letters.isDigit(before)) && (Letters.isLetter(after) || Letters.isDigit(after)) else { break }
            if c != 0x2E {
                joins += 1
                if Letters.isLetter(before) && Letters.isLetter(after) && !Letters.isDigit(after) { letterJoins += 1 }
            }
            j += 1
        }
        return (j, joins >= 2 && letterJoins >= 1)
    }

    /// The first two letters of every prefix, to skip the full comparison for most words.
    private static let starts: [UInt32] = prefixes.map { $0[0] << 8 | $0[1] }

    private func urlEnd(at i: Int, limit: Int) -> Int? {
        let s = seg.s
        guard i + 1 < limit else { return nil }
        let two = (s[i] | 0x20) << 8 | (Letters.isASCIILetter(s[i + 1]) ? s[i + 1] | 0x20 : s[i + 1])
        guard Self.starts.contains(two) else { return nil }
        var matched = 0
        for p in Self.prefixes where i + p.count <= limit {
            var ok = true
            for k in 0..<p.count where (s[i + k] | (Letters.isASCIILetter(s[i + k]) ? 0x20 : 0)) != p[k] {
                ok = false
                break
            }
            if ok { matched = p.count; break }
        }
        guard matched > 0 else { return nil }
        var j = i + matched
        var depth = 0
        while j < limit {
            let c = s[j]
            if c == 0x20 || c == 0x3C || c == 0x3E || c == 0x22 || c == 0x27 || c == 0x60 || c == 0x7C || c == 0x7B
                || c == 0x7D || c == 0x5B || c == 0x5D || c == 0x5C { break }
            if c == 0x28 { depth += 1 }
            if c == 0x29 {
                if depth == 0 { break }
                depth -= 1
            }
            j += 1
        }
        while j > i + matched, [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x2A, 0x5F, 0x7E].contains(s[j - 1]) { j -= 1 }
        return j > i + matched ? j : nil
    }

    /// Rebuilds the segment with %XX sequences and "+" inside paths decoded.
    private mutating func decodePercent() {
        let old = seg
        var fresh = Segment()
        var bytes: [UInt8] = []
        var byteOrigins: [Int] = []
        var spans: [Range<Int>] = []
        func flush(_ out: inout Segment) {
            var k = 0
            while k < bytes.count {
                let b = bytes[k]
                let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0
                var v: UInt32 = length == 1 ? UInt32(b) : length == 2 ? UInt32(b & 0x1F) : length == 3 ? UInt32(b & 0x0F) : UInt32(b & 0x07)
                var valid = length > 0 && k + length <= bytes.count
                if valid {
                    for m in 1..<length {
                        let c = bytes[k + m]
                        if c & 0xC0 != 0x80 { valid = false; break }
                        v = v << 6 | UInt32(c & 0x3F)
                    }
                }
                out.append(valid ? v : 0xFFFD, at: byteOrigins[k])
                k += valid ? length : 1
            }
            bytes.removeAll(keepingCapacity: true)
            byteOrigins.removeAll(keepingCapacity: true)
        }
        var p = 0
        var i = 0
        while i < old.s.count {
            while p < old.paths.count && old.paths[p].upperBound <= i { p += 1 }
            let inPath = p < old.paths.count && old.paths[p].contains(i)
            if inPath && old.paths[p].lowerBound == i { flush(&fresh); spans.append(fresh.s.count..<fresh.s.count) }
            let v = old.s[i]
            if inPath, v == 0x25, i + 2 < old.paths[p].upperBound, let hi = hex(old.s[i + 1]), let lo = hex(old.s[i + 2]) {
                bytes.append(hi << 4 | lo)
                byteOrigins.append(old.origin[i])
                i += 3
            } else {
                flush(&fresh)
                fresh.append(inPath && v == 0x2B ? 0x20 : v, at: old.origin[i])
                i += 1
            }
            if inPath && i >= old.paths[p].upperBound {
                flush(&fresh)
                spans[spans.count - 1] = spans[spans.count - 1].lowerBound..<fresh.s.count
            }
        }
        flush(&fresh)
        fresh.paths = spans.filter { !$0.isEmpty }
        seg = fresh
    }

    private func hex(_ v: UInt32) -> UInt8? {
        if Letters.isDigit(v) { return UInt8(v - 0x30) }
        let l = v | 0x20
        return l >= 0x61 && l <= 0x66 ? UInt8(l - 0x61 + 10) : nil
    }
}
