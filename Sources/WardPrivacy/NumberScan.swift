/// Phone, ID and tax numbers and vehicle plates. A "cluster" is a run of digit groups joined by
/// single spaces, dots or dashes, so "0912 345 678", "0912.345.678" and "001 090 012 345" are
/// each one number; the kind follows from the digit count and prefix, never from the grouping
/// alone, which keeps dates, amounts and document numbers (short clusters) out.
extension LineScan {
    mutating func scanNumbers() {
        let n = s.count
        var i = 0
        var nextOpaque = 0
        while i < n {
            if nextOpaque < opaque.count && opaque[nextOpaque].lowerBound <= i {
                i = max(i, opaque[nextOpaque].upperBound)
                nextOpaque += 1
                continue
            }
            guard ScalarClass.isDigit(s[i]), i == 0 || !ScalarClass.isAlnum(s[i - 1]) else {
                i += 1
                continue
            }
            if let end = matchPlate(at: i) {
                emit(.vehiclePlate, at: i, masked: maskPlate(i..<end))
                i = end
            } else {
                i = scanCluster(at: i)
            }
        }
    }

    private mutating func scanCluster(at start: Int) -> Int {
        let n = s.count
        groups.removeAll(keepingCapacity: true)
        separators.removeAll(keepingCapacity: true)
        let plus = start > 0 && s[start - 1] == 0x2B
        // "(024) 3825 1234" and "(+84) 912 345 678": the bracket closes the first group.
        let openParen = plus ? start - 2 : start - 1
        let paren = openParen >= 0 && s[openParen] == 0x28
        var areaCodeInParens = false
        var j = start
        while true {
            let g = j
            while j < n && ScalarClass.isDigit(s[j]) { j += 1 }
            groups.append(g..<j)
            guard j + 1 < n else { break }
            let c = s[j]
            if c == 0x20 || c == 0x2E || c == 0x2D || c == 0xA0, ScalarClass.isDigit(s[j + 1]) {
                separators.append(c)
                j += 1
                continue
            }
            if paren, c == 0x29, groups.count == 1 {
                var k = j + 1
                if k < n && s[k] == 0x20 { k += 1 }
                if k < n && ScalarClass.isDigit(s[k]) {
                    areaCodeInParens = true
                    separators.append(0x20)
                    j = k
                    continue
                }
            }
            break
        }
        let end = j
        // Digits glued to letters are codes ("QĐ2026", "12A"), not numbers.
        if end < n && ScalarClass.isLetter(s[end]) { return end }
        // "1234567890/UBND-VP": a number before a slash and an issuer is a document number.
        if end + 1 < n && s[end] == 0x2F && ScalarClass.isLetter(s[end + 1]) { return end }
        if isAmount() { return end }
        // "+84 …" and "(028) …" are reported from the sign or bracket that belongs to the number.
        let first = areaCodeInParens ? openParen : (plus ? start - 1 : start)
        if let hit = classify(groups: 0..<groups.count, allowInternational: true, plus: plus, strongOnly: false) {
            if !(hit.kind == .oldID || hit.kind == .taxCode) || !followedByUnit(end) {
                emit(hit.kind, at: first, masked: hit.masked)
            }
            return end
        }
        // A phone may share a cluster with a neighbouring count ("lần 2 0912 345 678"): try
        // the strongly shaped kinds on sub-runs of at most 12 digits, so the work stays linear.
        guard groups.count > 1 else { return end }
        var gi = 0
        while gi < groups.count {
            var best: (last: Int, hit: (kind: IdentifierKind, masked: String))?
            var digits = 0
            for gj in gi..<groups.count {
                digits += groups[gj].count
                if digits > 12 { break }
                if let hit = classify(groups: gi..<(gj + 1), allowInternational: gi == 0, plus: plus && gi == 0, strongOnly: true) {
                    best = (gj, hit)
                }
            }
            if let best {
                emit(best.hit.kind, at: gi == 0 ? first : groups[gi].lowerBound, masked: best.hit.masked)
                gi = best.last + 1
            } else {
                gi += 1
            }
        }
        return end
    }

    /// "15.000.000", "1,234,567": thousands separators mean money or a count.
    private func isAmount() -> Bool {
        guard groups.count > 1, let sep = separators.first, sep == 0x2E || sep == 0x2C,
              separators.allSatisfy({ $0 == sep }) else { return false }
        let head = groups[0]
        guard head.count <= 3, head.count == 1 || s[head.lowerBound] != 0x30 else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    private func followedByUnit(_ end: Int) -> Bool {
        var k = end
        while k < s.count && ScalarClass.isSpace(s[k]) { k += 1 }
        var h = WordHash.seed
        var j = k
        while j < s.count && ScalarClass.isAlnum(s[j]) {
            h = WordHash.step(h, s[j])
            j += 1
        }
        return j > k && lexicon.unitWords.contains(h)
    }

    private func classify(groups range: Range<Int>, allowInternational: Bool, plus: Bool, strongOnly: Bool)
        -> (kind: IdentifierKind, masked: String)? {
        var digits: [UInt8] = []
        digits.reserveCapacity(16)
        for g in groups[range] { for k in g { digits.append(UInt8(s[k] - 0x30)) } }
        let count = digits.count
        guard count >= 9, count <= 13 else { return nil }
        // 1800/1900 are toll-free or premium service lines, published by design.
        if digits.starts(with: [1, 8, 0, 0]) || digits.starts(with: [1, 9, 0, 0]) { return nil }
        var national = digits
        var international = false
        if allowInternational && digits.starts(with: [8, 4]) && (plus || count == 11 || count == 12) {
            national = [0] + digits.dropFirst(2)
            international = true
        } else if plus {
            return nil
        }
        let nationalText = String(national.map { Character(Unicode.Scalar($0 + 0x30)) })
        if national.count == 10 && national[0] == 0 && [3, 5, 7, 8, 9].contains(national[1]) {
            return allowlist.allowsPhone(nationalText) ? nil : (.mobilePhone, Self.mask(nationalText, keep: 4, hide: "***"))
        }
        if national.count == 11 && national[0] == 0 && national[1] == 2 {
            return allowlist.allowsPhone(nationalText) ? nil : (.landline, Self.mask(nationalText, keep: 4, hide: "****"))
        }
        if international { return nil }
        let province = Int(digits[0]) * 100 + Int(digits[1]) * 10 + Int(digits[2])
        if count == 12 && digits[0] == 0 && province >= 1 && province <= 96 {
            return (.citizenID, Self.mask(nationalText, keep: 4, hide: "****"))
        }
        if strongOnly { return nil }
        let groupCount = range.count
        if count == 9 && (groupCount == 1 || (groupCount == 3 && groups[range].allSatisfy { $0.count == 3 }
                                              && separators[range.lowerBound..<(range.upperBound - 1)].allSatisfy { $0 != 0x2E })) {
            return (.oldID, Self.mask(nationalText, keep: 3, hide: "***"))
        }
        if count == 10 && groupCount == 1 {
            return (.taxCode, Self.mask(nationalText, keep: 4, hide: "***"))
        }
        if count == 13 && groupCount == 2 && groups[range.lowerBound].count == 10
            && separators[range.lowerBound] == 0x2D {
            return (.taxCode, Self.mask(String(nationalText.prefix(10)), keep: 4, hide: "***") + "-***")
        }
        return nil
    }

    /// "0912345678" → "0912 *** 678": enough for staff to find the number, too little to use it.
    static func mask(_ digits: String, keep: Int, hide: String) -> String {
        "\(digits.prefix(keep)) \(hide) \(digits.suffix(3))"
    }

    /// Plates: 29A-123.45, 29A-12345, 29A-1234, 59-B1 123.45, 51F1-234.56, 30E 123.45.
    private func matchPlate(at i: Int) -> Int? {
        let n = s.count
        guard i + 2 < n, ScalarClass.isDigit(s[i + 1]), !ScalarClass.isDigit(s[i + 2]) else { return nil }
        guard (s[i] - 0x30) * 10 + (s[i + 1] - 0x30) >= 11 else { return nil }
        var j = i + 2
        if (s[j] == 0x2D || s[j] == 0x20), j + 1 < n, ScalarClass.isASCIIUpper(s[j + 1]) { j += 1 }
        let letters = j
        while j < n && j - letters < 2 && ScalarClass.isASCIIUpper(s[j]) { j += 1 }
        guard j > letters, j < n, !ScalarClass.isLetter(s[j]) else { return nil }
        // A series digit ("B1", "F1") is followed by the separator before the number.
        if ScalarClass.isDigit(s[j]), j + 1 < n, s[j + 1] == 0x2D || s[j + 1] == 0x20 { j += 1 }
        var separator: UInt32 = 0
        if j < n, s[j] == 0x2D || s[j] == 0x20 || s[j] == 0x2E { separator = s[j]; j += 1 }
        let digitsStart = j
        while j < n && ScalarClass.isDigit(s[j]) { j += 1 }
        let length = j - digitsStart
        let end: Int
        if length == 3, j + 2 < n, s[j] == 0x2E, ScalarClass.isDigit(s[j + 1]), ScalarClass.isDigit(s[j + 2]) {
            end = j + 3
        } else if length == 5 || (length == 4 && separator == 0x2D) {
            end = j
        } else {
            return nil
        }
        if end < n && ScalarClass.isAlnum(s[end]) { return nil }
        if end + 1 < n && (s[end] == 0x2E || s[end] == 0x2C) && ScalarClass.isDigit(s[end + 1]) { return nil }
        return end
    }

    private func maskPlate(_ r: Range<Int>) -> String {
        // Keep the province and series, hide the serial number.
        var k = r.upperBound
        while k > r.lowerBound && !(ScalarClass.isSpace(s[k - 1]) || s[k - 1] == 0x2D || ScalarClass.isLetter(s[k - 1])) {
            k -= 1
        }
        if k == r.lowerBound { return starredDigits(r) }
        return text(r.lowerBound..<k) + starredDigits(k..<r.upperBound)
    }
}
