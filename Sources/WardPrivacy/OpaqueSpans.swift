/// URLs are skipped whole (their digits are article ids, not phones) and e-mail addresses are
/// reported once, instead of their local part also reading as a name or a number.
extension LineScan {
    mutating func markOpaqueSpans() {
        opaque.removeAll(keepingCapacity: true)
        let n = s.count
        var i = 0
        while i < n {
            let v = s[i]
            if (v == 0x68 || v == 0x48 || v == 0x77 || v == 0x57), i == 0 || !ScalarClass.isAlnum(s[i - 1]),
               let end = urlEnd(from: i) {
                opaque.append(i..<end)
                i = end
                continue
            }
            if v == 0x40, let span = emailSpan(at: i) {
                if let last = opaque.last, last.upperBound > span.lowerBound {
                    i += 1
                    continue
                }
                let address = text(span)
                if !allowlist.allowsEmail(address) {
                    emit(.email, at: span.lowerBound, masked: Self.maskEmail(address))
                }
                opaque.append(span)
                i = span.upperBound
                continue
            }
            i += 1
        }
    }

    private func hasPrefix(_ p: StaticString, at i: Int) -> Bool {
        let count = p.utf8CodeUnitCount
        guard i + count <= s.count else { return false }
        return p.withUTF8Buffer { buffer in
            for k in 0..<count where ScalarClass.lower(s[i + k]) != UInt32(buffer[k]) { return false }
            return true
        }
    }

    private func urlEnd(from i: Int) -> Int? {
        guard hasPrefix("http://", at: i) || hasPrefix("https://", at: i) || hasPrefix("www.", at: i) else {
            return nil
        }
        var j = i
        while j < s.count {
            let c = s[j]
            if ScalarClass.isSpace(c) || c == 0x09 || c == 0x3C || c == 0x3E || c == 0x22 || c == 0x29
                || c == 0x5D || c == 0x7C { break }
            j += 1
        }
        return j
    }

    private static func isLocalChar(_ v: UInt32) -> Bool {
        ScalarClass.isDigit(v) || ScalarClass.isASCIILetter(v) || v == 0x2E || v == 0x5F || v == 0x25
            || v == 0x2B || v == 0x2D
    }

    private static func isDomainChar(_ v: UInt32) -> Bool {
        ScalarClass.isDigit(v) || ScalarClass.isASCIILetter(v) || v == 0x2E || v == 0x2D
    }

    private func emailSpan(at sign: Int) -> Range<Int>? {
        let at = sign
        var start = at
        while start > 0 && Self.isLocalChar(s[start - 1]) { start -= 1 }
        while start < at && s[start] == 0x2E { start += 1 }
        guard start < at else { return nil }
        var end = at + 1
        while end < s.count && Self.isDomainChar(s[end]) { end += 1 }
        while end > at + 1 && (s[end - 1] == 0x2E || s[end - 1] == 0x2D) { end -= 1 }
        // The last label must be an alphabetic top-level domain of two letters or more.
        var tld = 0
        var k = end - 1
        while k > at && ScalarClass.isASCIILetter(s[k]) { tld += 1; k -= 1 }
        guard tld >= 2, k > at + 1, s[k] == 0x2E else { return nil }
        return start..<end
    }

    static func maskEmail(_ address: String) -> String {
        guard let at = address.firstIndex(of: "@") else { return "***" }
        let local = address[..<at]
        let kept = local.prefix(min(2, local.count - 1))
        return kept + "***" + address[at...]
    }
}
