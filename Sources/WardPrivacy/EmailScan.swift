/// E-mail addresses, also written to dodge filters: "a [at] gmail.com", "a(at)gmail(dot)com",
/// "a @ gmail . com", "a a còng gmail chấm com".
extension Analyzer {
    mutating func scanEmails() {
        let s = seg.s
        var i = 0
        while i < s.count {
            let v = s[i]
            guard v == 0x40 || v == 0x5B || v == 0x28 || v == 0x7B || (v == 0x20 && scalar(i + 1) | 0x20 == 0x61) else {
                i += 1
                continue
            }
            guard let at = atSign(at: i), let local = localPart(before: i),
                  let domain = domain(after: at.end, spelledAt: at.spelled) else {
                i += 1
                continue
            }
            let address = String(String.UnicodeScalarView(local.text)) + "@" + domain.text
            let key = address.lowercased()
            if !allow.emails.contains(key) {
                let kept = String(String.UnicodeScalarView(local.text.prefix(min(2, local.text.count - 1))))
                emit(.email, local.range.lowerBound..<domain.end, masked: kept + "***@" + domain.text.lowercased(), key: key)
            } else {
                take(local.range.lowerBound..<domain.end)
            }
            i = domain.end
        }
    }

    /// The end of an "@" written any way at `i`.
    private func atSign(at i: Int) -> (end: Int, spelled: Bool)? {
        let s = seg.s
        if s[i] == 0x40 {
            var j = i + 1
            if j < s.count && s[j] == 0x20 { j += 1 }
            return (j, false)
        }
        if s[i] == 0x20 {
            // " at " and " a còng " need a bracketed or spelled-out dot to follow (checked by
            // the domain), otherwise ordinary words would read as addresses.
            guard let t = tokenStarting(at: i + 1) else { return nil }
            if lexicon.w.at.matches(tokens[t]), t + 1 < tokens.count, tokens[t + 1].space {
                return (tokens[t + 1].start, true)
            }
            if lexicon.w.a.matches(tokens[t]), t + 2 < tokens.count, lexicon.w.còng.matches(tokens[t + 1]) {
                return (tokens[t + 2].start, true)
            }
            return nil
        }
        // [at] (at) {at}
        var j = i + 1
        if j < s.count && s[j] == 0x20 { j += 1 }
        guard j + 1 < s.count, s[j] | 0x20 == 0x61, s[j + 1] | 0x20 == 0x74 else { return nil }
        j += 2
        if j < s.count && s[j] == 0x20 { j += 1 }
        let close: UInt32 = s[i] == 0x5B ? 0x5D : s[i] == 0x28 ? 0x29 : 0x7D
        guard j < s.count, s[j] == close else { return nil }
        j += 1
        if j < s.count && s[j] == 0x20 { j += 1 }
        return (j, false)
    }

    private func tokenStarting(at offset: Int) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count && tokens[lo].start == offset ? lo : nil
    }

    @inline(__always) private static func isLocal(_ v: UInt32) -> Bool {
        Letters.isDigit(v) || Letters.isASCIILetter(v) || v == 0x2E || v == 0x5F || v == 0x25 || v == 0x2B || v == 0x2D
    }

    private func localPart(before sign: Int) -> (range: Range<Int>, text: [Unicode.Scalar])? {
        let s = seg.s
        var end = sign
        if end > 0 && s[end - 1] == 0x20 && s[sign] != 0x20 { end -= 1 }
        var start = end
        while start > 0 && end - start < 64 && Self.isLocal(s[start - 1]) && !taken[start - 1] { start -= 1 }
        while start < end && (s[start] == 0x2E || s[start] == 0x2D) { start += 1 }
        guard start < end, start == 0 || !Letters.isLetter(s[start - 1]) else { return nil }
        return (start..<end, s[start..<end].compactMap(Unicode.Scalar.init))
    }

    /// Labels joined by "." or a spelled-out dot; the last label is an alphabetic TLD.
    private func domain(after start: Int, spelledAt: Bool) -> (end: Int, text: String)? {
        let s = seg.s
        var labels: [String] = []
        var j = start
        var spelled = false
        while labels.count < 8 {
            var k = j
            while k < s.count && k - j < 63 && (Letters.isASCIILetter(s[k]) || Letters.isDigit(s[k]) || s[k] == 0x2D) { k += 1 }
            guard k > j else { break }
            labels.append(String(String.UnicodeScalarView(s[j..<k].compactMap(Unicode.Scalar.init))))
            guard let next = dot(at: k) else { j = k; break }
            if next.spelled { spelled = true }
            j = next.end
        }
        guard labels.count >= 2, let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter) else { return nil }
        // A spelled-out "at" needs a spelled-out dot or a known mail host.
        if spelledAt && !spelled
            && !["gmail", "yahoo", "hotmail", "outlook", "icloud", "ymail", "live"].contains(labels[0].lowercased()) {
            return nil
        }
        var end = j
        while end > start && s[end - 1] == 0x20 { end -= 1 }
        return (end, labels.joined(separator: "."))
    }

    /// "." "[dot]" "(dot)" "{dot}" "[.]" "(.)" " dot " " chấm " " . ".
    private func dot(at k: Int) -> (end: Int, spelled: Bool)? {
        let s = seg.s
        var j = k
        if j < s.count && s[j] == 0x20 { j += 1 }
        guard j < s.count else { return nil }
        func label(_ at: Int) -> Bool { at < s.count && (Letters.isASCIILetter(s[at]) || Letters.isDigit(s[at])) }
        func after(_ at: Int) -> Int? {
            var m = at
            if m < s.count && s[m] == 0x20 { m += 1 }
            return label(m) ? m : nil
        }
        if s[j] == 0x2E {
            // A sentence end "a@b.vn. Sau đó" is not a dot between labels.
            return j + 1 < s.count && label(j + 1) ? (j + 1, false) : (j > k ? after(j + 1).map { ($0, true) } : nil)
        }
        if [0x5B, 0x28, 0x7B].contains(s[j]) {
            var m = j + 1
            if m < s.count && s[m] == 0x20 { m += 1 }
            if m < s.count && s[m] == 0x2E {
                m += 1
            } else if m + 2 < s.count && s[m] | 0x20 == 0x64 && s[m + 1] | 0x20 == 0x6F && s[m + 2] | 0x20 == 0x74 {
                m += 3
            } else {
                return nil
            }
            if m < s.count && s[m] == 0x20 { m += 1 }
            guard m < s.count, [0x5D, 0x29, 0x7D].contains(s[m]) else { return nil }
            return after(m + 1).map { ($0, true) }
        }
        guard j > k, let t = tokenStarting(at: j), lexicon.w.dot.matches(tokens[t]) || lexicon.w.chấm.matches(tokens[t]) else {
            return nil
        }
        return after(tokens[t].end).map { ($0, true) }
    }
}
