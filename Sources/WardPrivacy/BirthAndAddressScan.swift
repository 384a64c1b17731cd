/// The values after "sinh năm", "ngày sinh", "SN" and after house-level address words.
extension LineScan {
    /// A year (1900–2099) or a full date after the keyword. A bare "12/3" is not taken: without
    /// the year it is as likely to be the day of the event.
    func birthValue(after keywordEnd: Int, dateOnly: Bool) -> (range: Range<Int>, masked: String)? {
        let i = skipGap(keywordEnd)
        if let date = fullDate(at: i) { return date }
        if dateOnly { return nil }
        guard let end = year(at: i) else { return nil }
        return (i..<end, text(i..<(i + 2)) + "**")
    }

    private func digitRun(at i: Int, max: Int) -> Int {
        var j = i
        while j < s.count && j - i < max && ScalarClass.isDigit(s[j]) { j += 1 }
        return j
    }

    private func endsNumber(_ j: Int) -> Bool {
        if j < s.count && (ScalarClass.isAlnum(s[j]) || s[j] == 0x2F) { return false }
        if j + 1 < s.count && (s[j] == 0x2E || s[j] == 0x2D || s[j] == 0x2C) && ScalarClass.isDigit(s[j + 1]) {
            return false
        }
        return true
    }

    private func year(at i: Int) -> Int? {
        let j = digitRun(at: i, max: 5)
        guard j - i == 4, endsNumber(j) else { return nil }
        let century = (s[i] - 0x30) * 10 + (s[i + 1] - 0x30)
        return century == 19 || century == 20 ? j : nil
    }

    /// 12/3/1990, 12-03-1990, 12.03.1990 or "12 tháng 3 năm 1990".
    private func fullDate(at i: Int) -> (range: Range<Int>, masked: String)? {
        let d = digitRun(at: i, max: 3)
        guard d - i >= 1, d - i <= 2, d < s.count else { return nil }
        let sep = s[d]
        if sep == 0x2F || sep == 0x2D || sep == 0x2E {
            let m = digitRun(at: d + 1, max: 3)
            guard m - d - 1 >= 1, m - d - 1 <= 2, m < s.count, s[m] == sep, let end = year(at: m + 1) else { return nil }
            return (i..<end, "**/**/" + text((m + 1)..<(m + 3)) + "**")
        }
        guard let afterMonthWord = word(lexicon.thang, after: d) else { return nil }
        let m = digitRun(at: afterMonthWord, max: 3)
        guard m - afterMonthWord >= 1, m - afterMonthWord <= 2, let afterYearWord = word(lexicon.nam, after: m),
              let end = year(at: afterYearWord) else { return nil }
        return (i..<end, "** tháng ** năm " + text(afterYearWord..<(afterYearWord + 2)) + "**")
    }

    /// If spaces, the word hashed `h`, and spaces follow `from`, the offset after them.
    private func word(_ h: UInt64, after from: Int) -> Int? {
        var i = from
        while i < s.count && ScalarClass.isSpace(s[i]) { i += 1 }
        guard i > from else { return nil }
        var hash = WordHash.seed
        var j = i
        while j < s.count && ScalarClass.isLetter(s[j]) {
            hash = WordHash.step(hash, s[j])
            j += 1
        }
        guard j > i, hash == h else { return nil }
        var k = j
        while k < s.count && ScalarClass.isSpace(s[k]) { k += 1 }
        return k > j ? k : nil
    }

    /// 12, 12A, 12/3, 45/12/7 — the end offset, or nil when the digits are a document number
    /// ("591/KH-UBND"), an amount or part of a code.
    func houseNumber(at i: Int) -> Int? {
        var j = digitRun(at: i, max: 6)
        guard j > i, j - i <= 5 else { return nil }
        func letterSuffix() {
            if j < s.count, ScalarClass.isASCIILetter(s[j]), j + 1 >= s.count || !ScalarClass.isAlnum(s[j + 1]) { j += 1 }
        }
        letterSuffix()
        while j + 1 < s.count, s[j] == 0x2F, ScalarClass.isDigit(s[j + 1]) {
            let k = digitRun(at: j + 1, max: 5)
            guard k - j - 1 <= 4 else { return nil }
            j = k
            letterSuffix()
        }
        return endsNumber(j) ? j : nil
    }

    /// `t` is the address word, `next` the token after its phrase. "số" (needsAlley) only counts
    /// when an alley word and number follow: "số 12 ngõ 5".
    mutating func address(trigger t: Int, next: Int, needsAlley: Bool) -> Int? {
        guard let numberEnd = houseNumber(at: skipGap(tokens[next - 1].end)) else { return nil }
        let end = extendAddress(from: numberEnd, tokenIndex: next)
        if needsAlley && end == numberEnd { return nil }
        emit(.houseAddress, at: tokens[t].start, masked: starredDigits(tokens[t].start..<end))
        return end
    }

    /// Follows "số nhà 12 ngõ 34 ngách 5" to its last number so one finding covers the address.
    func extendAddress(from numberEnd: Int, tokenIndex first: Int) -> Int {
        var end = numberEnd
        var r = first
        while true {
            r = tokenIndex(atOrAfter: end, from: r)
            if r < tokens.count, tokens[r].kind == .punct, tokens[r].hash == 0x2C { r += 1 }
            guard r < tokens.count, tokens[r].kind == .word, let (phrase, next) = matchPhrase(at: r),
                  phrase.role == .alleyWord, let more = houseNumber(at: skipGap(tokens[next - 1].end)) else {
                return end
            }
            end = more
            r = next
        }
    }
}
