/// Person names: two to four capitalised words after a role word, or alone in a table cell.
extension LineScan {
    /// `p` is the token after the role word. Returns the scalar end of the last name found.
    mutating func nameAfterTrigger(_ p: Int, strong: Bool) -> Int? {
        var q = p
        if q < tokens.count, tokens[q].kind == .punct, tokens[q].hash == 0x3A { q += 1 }
        // "đối tượng tên là Nguyễn Văn A"
        while q < tokens.count, q - p < 3, tokens[q].kind == .word, tokens[q].shape == .lower,
              lexicon.nameFillers.contains(tokens[q].hash) {
            q += 1
        }
        guard let run = nameRun(at: q), accepts(run, strict: !strong) else { return nil }
        emitName(run)
        var last = run.upperBound - 1
        guard strong else { return tokens[last].end }
        // "các đối tượng Nguyễn Văn A, Trần Văn B và Lê Thị C"
        while last + 2 < tokens.count {
            let joiner = tokens[last + 1]
            let joins = (joiner.kind == .punct && joiner.hash == 0x2C)
                || (joiner.kind == .word && joiner.shape == .lower && lexicon.listJoiners.contains(joiner.hash))
            guard joins, let next = nameRun(at: last + 2), accepts(next, strict: true) else { break }
            emitName(next)
            last = next.upperBound - 1
        }
        return tokens[last].end
    }

    /// A table cell or CSV field holding only a full name ("| 3 | Nguyễn Văn A | 1990 |").
    /// Without a role word the bar is higher: three or four words led by a known surname.
    mutating func nameInCell(_ t: Int) -> Int? {
        guard let run = nameRun(at: t), run.count >= 3, accepts(run, strict: true) else { return nil }
        let after = run.upperBound
        if after < tokens.count {
            let next = tokens[after]
            guard next.kind == .punct, [0x7C, 0x2C, 0x3B, 0x09, 0x28].contains(next.hash) else { return nil }
        }
        emitName(run)
        return tokens[after - 1].end
    }

    func isCellStart(_ t: Int) -> Bool {
        if t == 0 { return true }
        let previous = tokens[t - 1]
        if previous.kind == .punct && [0x7C, 0x2C, 0x3B, 0x09].contains(previous.hash) { return true }
        // List markers at the start of the line: "- ", "* ", "1. ", "2) ".
        if t == 1 && previous.kind == .punct && [0x2D, 0x2A, 0x2B, 0x2022].contains(previous.hash) { return true }
        return t == 2 && tokens[0].kind == .number && previous.kind == .punct
            && (previous.hash == 0x2E || previous.hash == 0x29)
    }

    /// Token range of consecutive capitalised words or initials, at most four, cut before a
    /// title word; nil when fewer than two.
    func nameRun(at p: Int) -> Range<Int>? {
        var q = p
        while q < tokens.count && q - p < 4 {
            let w = tokens[q]
            guard w.kind == .word, w.shape == .capitalised || w.shape == .initial else { break }
            if q > p && !w.spaceBefore { break }
            if q - p >= 2 && lexicon.titleWords.contains(w.hash) { break }
            q += 1
        }
        return q - p >= 2 ? p..<q : nil
    }

    /// `strict` asks for a Vietnamese-looking full name (surname first, or Văn/Thị second) and
    /// lets well-known public figures pass; declared officials always pass.
    func accepts(_ run: Range<Int>, strict: Bool) -> Bool {
        if strict {
            guard lexicon.surnames.contains(tokens[run.lowerBound].hash)
                || lexicon.middleNames.contains(tokens[run.lowerBound + 1].hash) else { return false }
        }
        for last in (run.lowerBound + 1)..<run.upperBound {
            let key = lowerText(tokens[run.lowerBound].start..<tokens[last].end)
                .split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).joined(separator: " ")
            if allowlist.allowsName(key) { return false }
            if strict && lexicon.publicFigures.contains(key) { return false }
        }
        return true
    }

    /// "Nguyễn Văn An" → "Nguyễn V** A**": the family name alone identifies nobody.
    private mutating func emitName(_ run: Range<Int>) {
        var masked = text(tokens[run.lowerBound].start..<tokens[run.lowerBound].end)
        for k in (run.lowerBound + 1)..<run.upperBound {
            masked += " " + text(tokens[k].start..<(tokens[k].start + 1)) + "**"
        }
        emit(.personName, at: tokens[run.lowerBound].start, masked: masked)
    }
}
