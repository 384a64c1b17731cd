/// What surrounds a digit cluster: the label before it and what makes it an amount, a code or
/// a document number.
struct NumberContext {
    var label: NumberLabel?
    var plus = false
    /// Letters glued before that are not a label ("QĐ0101234567").
    var gluedBefore = false
    /// Letters glued after that are not a unit ("12A").
    var gluedAfter = false
    /// Followed by a currency or a measure ("15.000.000 đồng", "350000000đ").
    var unitAfter = false
    /// Part of a date, a document number or a decimal ("12/3", "28/QĐ-TTg", "26-CT/TU", "55,6").
    var document = false
    var inPath = false

    /// The context of a run inside the cluster: what is before the cluster only applies to its
    /// first run, what is after only to its last.
    func part(first: Bool, last: Bool) -> NumberContext {
        var c = self
        if !first {
            c.label = nil
            c.plus = false
            c.gluedBefore = false
        }
        if !last {
            c.gluedAfter = false
            c.unitAfter = false
        }
        if !first || !last { c.document = false }
        return c
    }

    init(analyzer a: borrowing Analyzer, start: Int, end: Int, token: Int, inPath: Bool) {
        self.inPath = inPath
        let s = a.seg.s
        do {
            plus = start > 0 && s[start - 1] == 0x2B
            if start > 1 && s[start - 1] == 0x28 && s[start - 2] == 0x2B { plus = true }
            let found = a.label(before: token, start: start)
            label = found.label
            gluedBefore = start > 0 && Letters.isLetter(s[start - 1]) && !found.glued
            if start > 0 && (s[start - 1] == 0x2F || (s[start - 1] == 0x2C && a.digit(start - 2))) { document = true }
        }
        do {
            if end < s.count {
                let c = s[end]
                if c == 0x2F || c == 0x25 || (c == 0x2C && a.digit(end + 1)) { document = true }
                if c == 0x2D && end + 1 < s.count && Letters.isASCIIUpper(s[end + 1]) && end + 2 < s.count
                    && Letters.isASCIIUpper(s[end + 2]) { document = true }
                if Letters.isLetter(c) {
                    if a.unit(at: end) { unitAfter = true } else { gluedAfter = true }
                }
            }
            if !unitAfter && !gluedAfter && a.unit(at: end) { unitAfter = true }
            if label == nil && a.bankNameFollows(end) { label = .bank }
        }
    }
}

struct NumberHit {
    let kind: IdentifierKind
    let masked: String
    /// National digits (or the code), as `PrivacyFinding.key`.
    let key: String
    /// The digits as written, for allowlists declared without the leading 0.
    let rawKey: String
}

extension Analyzer {
    /// The nearest label before token `token`, across at most five words and no number or
    /// sentence end; `glued` when it touches the number ("SĐT0912345678").
    func label(before token: Int, start: Int) -> (label: NumberLabel?, glued: Bool) {
        var k = min(token, tokens.count) - 1
        while k >= 0 && tokens[k].start >= start { k -= 1 }
        var words = 0
        var steps = 0
        while k >= 0 && words <= 5 && steps < 12 {
            steps += 1
            let t = tokens[k]
            if t.kind == .number { return (nil, false) }
            if t.kind == .punct {
                let v = UInt32(truncatingIfNeeded: t.accent)
                if v == 0x2E || v == 0x21 || v == 0x3F || v == 0x3B || v == 0x7C { return (nil, false) }
                k -= 1
                continue
            }
            for length in (1...4).reversed() where k - length + 1 >= 0 {
                if let m = lexicon.labels.longest(tokens, at: k - length + 1), m.next == k + 1 {
                    return (m.value, t.end == start)
                }
            }
            words += 1
            k -= 1
        }
        return (nil, false)
    }

    /// A unit word (or "%") starts at scalar `i`, after spaces.
    func unit(at i: Int) -> Bool {
        var j = i
        while j < seg.s.count && seg.s[j] == 0x20 { j += 1 }
        guard j < seg.s.count else { return false }
        if seg.s[j] == 0x25 { return true }
        guard let t = tokenIndex(startingAt: j), tokens[t].kind == .word else { return false }
        return lexicon.units.contains(tokens[t])
    }

    func bankNameFollows(_ end: Int) -> Bool {
        guard var t = tokenIndex(startingAt: end, orAfter: true) else { return false }
        var seen = 0
        while t < tokens.count && seen < 4 {
            if tokens[t].kind == .number { return false }
            if tokens[t].kind == .word {
                if lexicon.bankNames.longest(tokens, at: t) != nil { return true }
                seen += 1
            }
            t += 1
        }
        return false
    }

    func tokenIndex(startingAt offset: Int, orAfter: Bool = false) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo < tokens.count else { return nil }
        return orAfter || tokens[lo].start == offset ? lo : nil
    }
}
