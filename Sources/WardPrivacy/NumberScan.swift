/// Numbers across any separators. A cluster is a run of digit groups joined by up to three
/// separator scalars (spaces, dots, dashes, brackets), with O/o typed for 0 and l/I for 1;
/// its kind comes from the label before it, the digit count and the prefix — never from the
/// grouping alone, so dates, amounts and document numbers stay out.
extension Analyzer {
    mutating func scanNumbers() {
        let s = seg.s
        let n = s.count
        var cursor = 0
        var pathHint = 0
        var i = 0
        while i < n {
            let v = s[i]
            if taken[i] {
                i += 1
                continue
            }
            let startsDigit = Letters.isDigit(v) && (i == 0 || !Letters.isDigit(s[i - 1]))
            let startsLetter = Letters.isASCIILetter(v) && (i == 0 || !Letters.isLetter(s[i - 1]))
            // Letters lead a number in "O912…", "B1234567", "B 1234567" and "DN4…"/"DN 4…".
            guard startsDigit || (startsLetter && (digitLike(i) || digit(i + 1) || scalar(i + 1) == 0x20 && digit(i + 2)
                                                   || Letters.isASCIILetter(scalar(i + 1)) && (digit(i + 2) || scalar(i + 2) == 0x20 && digit(i + 3)))) else {
                i += 1
                continue
            }
            while cursor < tokens.count && tokens[cursor].end <= i { cursor += 1 }
            let inPath = !seg.paths.isEmpty && seg.isPath(i, from: &pathHint)
            if startsLetter {
                if let end = letterLedNumber(at: i, token: cursor) {
                    i = end
                } else if digitLike(i), i + 1 < n, Letters.isDigit(s[i + 1]) || digitLike(i + 1) {
                    i = cluster(at: i, token: cursor, inPath: inPath)
                } else {
                    i += 1
                }
                continue
            }
            if i == 0 || !Letters.isAlnum(s[i - 1]), let end = plate(at: i) {
                i = end
                continue
            }
            i = cluster(at: i, token: cursor, inPath: inPath)
        }
    }

    /// O/o for 0, l/I/| for 1, when standing among digits and not inside a word.
    @inline(__always) func digitLike(_ i: Int) -> Bool {
        let v = scalar(i)
        guard v == 0x4F || v == 0x6F || v == 0x6C || v == 0x49 || v == 0x7C else { return false }
        let before = scalar(i - 1), after = scalar(i + 1)
        let beforeOK = i == 0 || !Letters.isLetter(before) || (before == 0x4F || before == 0x6F || before == 0x6C || before == 0x49)
        let afterOK = i + 1 >= seg.s.count || !Letters.isLetter(after) || (after == 0x4F || after == 0x6F || after == 0x6C || after == 0x49)
        return beforeOK && afterOK && (Letters.isDigit(before) || Letters.isDigit(after) || Letters.isDigit(scalar(i + 2)) && !Letters.isLetter(after))
    }

    @inline(__always) private func digitValue(_ i: Int) -> UInt8? {
        let v = seg.s[i]
        if Letters.isDigit(v) { return UInt8(v - 0x30) }
        if digitLike(i) { return v == 0x4F || v == 0x6F ? 0 : 1 }
        return nil
    }

    @inline(__always) private func isSeparator(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x2E || v == 0x2D || v == 0x28 || v == 0x29
    }

    /// Builds the cluster at `start`, classifies it (or its sub-runs) and returns its end.
    private mutating func cluster(at start: Int, token: Int, inPath: Bool) -> Int {
        let s = seg.s
        let n = s.count
        groups.removeAll(keepingCapacity: true)
        separators.removeAll(keepingCapacity: true)
        digits.removeAll(keepingCapacity: true)
        var j = start
        while true {
            let g = j
            while j < n, !taken[j], let d = digitValue(j) {
                if digits.count < 64 { digits.append(d) }
                j += 1
            }
            groups.append(g..<j)
            var k = j
            var sep: UInt32 = 0
            while k < n && k - j < 3 && isSeparator(s[k]) {
                if s[k] != 0x20 || sep == 0 { sep = s[k] }
                k += 1
            }
            guard k > j, k < n, !taken[k], digitValue(k) != nil,
                  // "(" and ")" only as a bracketed area code, never as two numbers in brackets.
                  !(s[k - 1] == 0x28 && groups.count > 1 && s[j] != 0x20 && s[j] != 0x29) else { break }
            separators.append(sep)
            j = k
        }
        let end = j
        // Fewer than six digits are never a personal number (plates were tried before).
        guard digits.count >= 6 else { return end }
        let context = NumberContext(analyzer: self, start: start, end: end, token: token, inPath: inPath)
        if let hit = classify(0..<groups.count, context: context, whole: true) {
            report(hit, groups: 0..<groups.count, context: context)
            return end
        }
        // Several numbers may share a cluster ("0912 345 678 - 0987 654 321", "lần 2 0912 345
        // 678"): try the strongly shaped kinds on runs of at most 13 digits, so the work stays linear.
        guard groups.count > 1 else { return end }
        var gi = 0
        while gi < groups.count {
            var best: (last: Int, hit: NumberHit)?
            var count = 0
            // Every strongly shaped number starts with 0 (or 84); the test is outside the loop,
            // which a `where` clause would still walk to the cluster's end.
            let lead = seg.s[groups[gi].lowerBound]
            let mayLead = lead == 0x30 || lead == 0x38 || lead == 0x4F || lead == 0x6F
            for gj in gi..<(mayLead ? groups.count : gi) {
                count += groups[gj].count
                if count > 13 { break }
                if count < 9 { continue }
                let sub = context.part(first: gi == 0, last: gj == groups.count - 1)
                if let hit = classify(gi..<(gj + 1), context: sub, whole: false) { best = (gj, hit) }
            }
            if let best {
                report(best.hit, groups: gi..<(best.last + 1), context: context)
                gi = best.last + 1
            } else {
                gi += 1
            }
        }
        return end
    }

    private mutating func report(_ hit: NumberHit, groups range: Range<Int>, context: NumberContext) {
        var first = groups[range.lowerBound].lowerBound
        // "+84 …" and "(028) …" are reported from the sign or bracket that belongs to the number.
        if range.lowerBound == 0 {
            if first > 0 && seg.s[first - 1] == 0x2B { first -= 1 }
            if first > 0 && seg.s[first - 1] == 0x28 { first -= 1 }
        }
        let last = groups[range.upperBound - 1].upperBound
        if allow.numbers.contains(hit.key) || allow.numbers.contains(hit.rawKey) {
            take(first..<last)
            return
        }
        emit(hit.kind, first..<last, masked: hit.masked, key: hit.key)
    }
}
