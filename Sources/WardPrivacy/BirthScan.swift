/// Birth years and ages next to a person: "sinh năm 1990", "SN 1990", "sn 95", "sinh năm 90",
/// "ngày sinh 12/3/1990", "Hùng (1990)", "35 tuổi". A group of people is not a person: "45 thanh
/// niên sinh năm 2007", "các em sinh năm 2010", "dưới 18 tuổi", "từ 14 đến 30 tuổi".
extension Analyzer {
    func yearValue(_ t: Int, twoDigits: Bool) -> Bool {
        guard t < tokens.count, tokens[t].kind == .number else { return false }
        let tok = tokens[t]
        if tok.length == 4 {
            let c = seg.s[tok.start] - 0x30, c2 = seg.s[tok.start + 1] - 0x30
            guard (c == 1 && c2 == 9) || (c == 2 && c2 == 0) else { return false }
        } else if !(twoDigits && tok.length == 2) {
            return false
        }
        // Not part of a date or a document number.
        if t + 1 < tokens.count, !tokens[t + 1].space, tokens[t + 1].isPunct(0x2F) { return false }
        return true
    }

    /// 12/3/1990, 12-03-1990, 12.03.1990 or "12 tháng 3 năm 1990": the token after it.
    private func dateValue(_ t: Int) -> Int? {
        guard t + 4 < tokens.count, tokens[t].kind == .number, tokens[t].length <= 2 else { return nil }
        let sep = tokens[t + 1]
        if sep.kind == .punct && (sep.isPunct(0x2F) || sep.isPunct(0x2D) || sep.isPunct(0x2E)) && !sep.space {
            guard tokens[t + 2].kind == .number, tokens[t + 2].length <= 2, tokens[t + 3].accent == sep.accent,
                  tokens[t + 3].kind == .punct, tokens[t + 4].kind == .number,
                  tokens[t + 4].length == 4 || tokens[t + 4].length == 2 else { return nil }
            return t + 5
        }
        guard lexicon.w.tháng.matches(tokens[t + 1]), tokens[t + 2].kind == .number,
              lexicon.w.năm.matches(tokens[t + 3]), yearValue(t + 4, twoDigits: false) else { return nil }
        return t + 5
    }

    private func skipColon(_ t: Int) -> Int {
        t < tokens.count && (tokens[t].isPunct(0x3A) || tokens[t].isPunct(0x2D)) ? t + 1 : t
    }

    /// "2.001", "1,990": a year typed with a thousands separator after a birth label; the token
    /// after it.
    private func separatedYear(_ t: Int) -> Int? {
        guard t + 2 < tokens.count, tokens[t].kind == .number, tokens[t].length == 1,
              seg.s[tokens[t].start] == 0x31 || seg.s[tokens[t].start] == 0x32,
              tokens[t + 1].isPunct(0x2E) || tokens[t + 1].isPunct(0x2C), !tokens[t + 1].space,
              tokens[t + 2].kind == .number, tokens[t + 2].length == 3, !tokens[t + 2].space else { return nil }
        let hundreds = seg.s[tokens[t + 2].start]
        guard (seg.s[tokens[t].start] == 0x31 && hundreds == 0x39) || (seg.s[tokens[t].start] == 0x32 && hundreds == 0x30) else { return nil }
        if t + 4 < tokens.count, tokens[t + 3].isPunct(0x2E) || tokens[t + 3].isPunct(0x2C), tokens[t + 4].kind == .number, !tokens[t + 4].space {
            return nil
        }
        return t + 3
    }

    mutating func birth(at t: Int) -> Int? {
        let w = lexicon.w
        var value: Int
        var twoDigits = false
        var dateOnly = false
        if w.sinh.matches(tokens[t]) {
            if t > 0, tokens[t].space, lexicon.sinhCompounds.contains(tokens[t - 1]) { return nil }
            let n = step(t)
            guard n < tokens.count else { return nil }
            if w.năm.matches(tokens[n]) {
                value = skipColon(step(n))
                twoDigits = true
            } else if w.ngày.matches(tokens[n]) {
                value = skipColon(step(n))
                dateOnly = true
            } else {
                value = n
            }
        } else if (w.năm.matches(tokens[t]) || w.ngày.matches(tokens[t])), step(t) < tokens.count, w.sinh.matches(tokens[step(t)]) {
            value = skipColon(step(step(t)))
            twoDigits = w.năm.matches(tokens[t])
        } else if w.sn.matches(tokens[t]) && tokens[t].length == 2 {
            value = skipColon(step(t))
            guard value < tokens.count, tokens[value].kind == .number else { return nil }
            // "SN 12 ngõ 5" is "số nhà": only a year (or a two-digit year from 30) is a birth.
            let tok = tokens[value]
            if tok.length == 2 && seg.s[tok.start] < 0x33 && dateValue(value) == nil { return nil }
            twoDigits = true
        } else if w.ns.matches(tokens[t]) && tokens[t].length == 2 && tokens[t].shape != .mixed {
            // "NS 05/11/1998", "NS: 1998": "ngày sinh", "năm sinh" written short.
            value = skipColon(step(t))
            guard value < tokens.count, tokens[value].kind == .number else { return nil }
            twoDigits = true
        } else {
            return nil
        }
        guard value < tokens.count else { return nil }
        let end: Int
        let masked: String
        if let d = dateValue(value) {
            end = d
            let y = tokens[d - 1]
            masked = "**/**/" + text(y.start..<(y.start + min(2, y.length))) + (y.length == 4 ? "**" : "")
        } else if !dateOnly, let e = separatedYear(value) {
            end = e
            masked = text(tokens[value].start..<tokens[value + 2].start) + "***"
        } else if !dateOnly && yearValue(value, twoDigits: twoDigits) {
            end = value + 1
            let y = tokens[value]
            if y.length == 2, value + 1 < tokens.count, lexicon.units.contains(tokens[value + 1]) { return nil }
            masked = y.length == 4 ? text(y.start..<(y.start + 2)) + "**" : "**"
        } else {
            return nil
        }
        if cohortBefore(t, end: end) || rangeAfter(end) { return end }
        let range = tokens[t].start..<tokens[end - 1].end
        emit(.birthDate, range, masked: masked, key: foldedKey(tokens[value].start..<tokens[end - 1].end))
        return end
    }

    /// "35 tuổi" unless the age bounds a group.
    mutating func age(at t: Int) -> Int? {
        guard t + 1 < tokens.count, tokens[t].length <= 3, lexicon.w.tuổi.matches(tokens[t + 1]), tokens[t + 1].space else {
            return nil
        }
        if t > 0 {
            let p = tokens[t - 1]
            if p.kind == .word && lexicon.ageBounds.contains(p) { return t + 2 }
            if t > 1, let m = lexicon.ageBounds.longest(tokens, at: t - 2), m.next == t { return t + 2 }
            // "14-30 tuổi", "14 – 30 tuổi"
            if p.isPunct(0x2D) && t > 1 && tokens[t - 2].kind == .number { return t + 2 }
        }
        if cohortBefore(t) || rangeAfter(t + 2) { return t + 2 }
        let range = tokens[t].start..<tokens[t + 1].end
        emit(.age, range, masked: "** tuổi", key: foldedKey(tokens[t].start..<tokens[t].end))
        return t + 2
    }

    /// "Hùng (1990)", "Nguyễn Văn A (1990)", "Nguyễn Văn A, 1990,".
    mutating func bracketedBirthYear(at t: Int) -> Int? {
        guard t >= 2, yearValue(t, twoDigits: false), tokens[t].length == 4 else { return nil }
        let before = tokens[t - 1]
        let closes = t + 1 >= tokens.count || tokens[t + 1].kind == .punct
        guard closes else { return nil }
        if before.isPunct(0x28) {
            let word = tokens[t - 2]
            let nameLike = lastNameEnd == t - 1
                || (word.kind == .word && word.isCapital && (lexicon.given.contains(word) || lexicon.nicknames.contains(word)))
            guard nameLike, t + 1 < tokens.count, tokens[t + 1].isPunct(0x29) else { return nil }
        } else if before.isPunct(0x2C) {
            guard lastNameEnd == t - 1 else { return nil }
        } else {
            return nil
        }
        let y = tokens[t]
        emit(.birthDate, y.start..<y.end, masked: text(y.start..<(y.start + 2)) + "**", key: foldedKey(y.start..<y.end))
        return t + 1
    }
}
