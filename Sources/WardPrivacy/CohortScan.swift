/// What makes a birth year or an age a group's and not a person's: a count or a plural before
/// it in the same clause, a generic noun right before "sinh năm", a range or a list after it.
extension Analyzer {
    /// A count of people or a plural before, in the same clause: "45 thanh niên", "các em",
    /// "những công dân", or a generic noun right before "sinh năm" ("thanh niên sinh năm 2007").
    func cohortBefore(_ t: Int, end: Int? = nil) -> Bool {
        // A generic noun is a group unless the clause tells what happened to one of them
        // ("Thiếu niên sinh năm 2009 … bị rủ rê").
        let event = end.map { sufferedAfter($0) } ?? false
        if !event, t > 0, let m = lexicon.cohortNouns.longest(tokens, at: max(0, t - 1)), m.next == t,
           !(t >= 2 && lexicon.w.một.matches(tokens[t - 2])) {
            return true
        }
        if !event, t > 1, let m = lexicon.cohortNouns.longest(tokens, at: t - 2), m.next == t,
           !(t >= 3 && lexicon.w.một.matches(tokens[t - 3])) {
            return true
        }
        var k = t - 1
        var words = 0
        while k >= 0 && words < 8 && t - k < 16 {
            let tok = tokens[k]
            if tok.kind == .punct {
                let v = UInt32(truncatingIfNeeded: tok.accent)
                if v == 0x2E || v == 0x3B || v == 0x21 || v == 0x3F || v == 0x3A { return false }
            } else if tok.kind == .number {
                // The day of a date ("2026-10-18-doi-tuong-…") counts nobody; a number after a
                // whole date does ("2026-02-20-45-thanh-nien-…").
                var chain = 1
                while chain < 4, k - 2 * chain >= 0, tokens[k - 2 * chain + 1].kind == .punct, !tokens[k - 2 * chain + 1].space,
                      tokens[k - 2 * chain].kind == .number { chain += 1 }
                let partOfDate = chain == 2 || chain == 3
                if !partOfDate, step(k) < t, let m = lexicon.peopleNouns.longest(tokens, at: step(k)), m.next <= t { return true }
            } else {
                if lexicon.cohortWords.contains(tok) && tok.shape == .lower { return true }
                if lastNameEnd == k + 1 { return false }
                words += 1
            }
            k -= 1
        }
        return false
    }

    /// "bị" later in the clause (a dozen tokens at most, so the scan stays linear).
    private func sufferedAfter(_ end: Int) -> Bool {
        var k = end
        while k < tokens.count && k - end < 12 {
            let tok = tokens[k]
            if tok.kind == .punct, [0x2E, 0x3B, 0x21, 0x3F, 0x2C].contains(UInt32(truncatingIfNeeded: tok.accent)) { return false }
            if lexicon.w.bị.matches(tok) { return true }
            k += 1
        }
        return false
    }

    /// "… 2005 đến 2007", "… 2005 - 2007", "18 tuổi trở lên".
    func rangeAfter(_ end: Int) -> Bool {
        guard end < tokens.count else { return false }
        if tokens[end].isPunct(0x2D) { return end + 1 < tokens.count && tokens[end + 1].kind == .number }
        if let m = lexicon.rangeTails.longest(tokens, at: end) {
            return m.next > end + 1 || (m.next < tokens.count && tokens[m.next].kind == .number)
        }
        return false
    }
}
