/// Keyword-led matchers: names after role words, birth dates, house addresses, plus the
/// place-name context that keeps "chợ Bà Chiểu" and "đường Nguyễn Văn Cừ" quiet.
extension LineScan {
    mutating func scanWords() {
        let count = tokens.count
        var t = 0
        var inPlace = false
        var placePhraseEnd = -1
        var covered = 0
        while t < count {
            let token = tokens[t]
            if token.start < covered {
                t += 1
                continue
            }
            switch token.kind {
            case .number:
                t += 1
                continue
            case .punct:
                // "Bà Rịa - Vũng Tàu" and "TP. Hồ Chí Minh" stay one place name.
                if inPlace && !(token.hash == 0x2D || (token.hash == 0x2E && t == placePhraseEnd)) {
                    inPlace = false
                }
                t += 1
                continue
            case .word:
                break
            }
            if inPlace && token.shape != .lower {
                t += 1
                continue
            }
            inPlace = false
            if let (phrase, next) = matchPhrase(at: t) {
                switch phrase.role {
                case .place:
                    inPlace = true
                    placePhraseEnd = next
                case .strongName, .weakName:
                    if let end = nameAfterTrigger(next, strong: phrase.role == .strongName) {
                        covered = end
                    }
                case .birth(let dateOnly):
                    if !(phrase.startsWithSinh && followsSinhCompound(t)),
                       let value = birthValue(after: tokens[next - 1].end, dateOnly: dateOnly) {
                        emit(.birthDate, at: value.range.lowerBound, masked: value.masked)
                        covered = value.range.upperBound
                    }
                case .houseWord, .alleyWord, .houseNumberWord:
                    if let end = address(trigger: t, next: next, needsAlley: phrase.role == .houseNumberWord) {
                        covered = end
                    }
                }
                t = next
                continue
            }
            if token.hash == lexicon.sn, token.shape == .upper, token.end - token.start == 2 {
                covered = max(covered, abbreviatedSN(t))
            } else if token.shape == .capitalised, isCellStart(t), let end = nameInCell(t) {
                covered = end
            }
            t += 1
        }
    }

    /// Longest keyword phrase starting at word `t`; returns it and the token after it.
    func matchPhrase(at t: Int) -> (Phrase, Int)? {
        guard let candidates = lexicon.phrases(startingWith: tokens[t].hash) else { return nil }
        outer: for phrase in candidates {
            guard t + phrase.words.count <= tokens.count else { continue }
            for k in 1..<max(1, phrase.words.count) {
                let w = tokens[t + k]
                if w.kind != .word || !w.spaceBefore || w.hash != phrase.words[k] { continue outer }
            }
            return (phrase, t + phrase.words.count)
        }
        return nil
    }

    private func followsSinhCompound(_ t: Int) -> Bool {
        guard t > 0, tokens[t].spaceBefore else { return false }
        let previous = tokens[t - 1]
        return previous.kind == .word && lexicon.sinhCompounds.contains(previous.hash)
    }

    /// "SN 1990" is a birth year; "SN 12 ngõ 5" is the other common reading, "số nhà".
    private mutating func abbreviatedSN(_ t: Int) -> Int {
        let start = skipGap(tokens[t].end)
        if let value = birthValue(after: tokens[t].end, dateOnly: false) {
            emit(.birthDate, at: value.range.lowerBound, masked: value.masked)
            return value.range.upperBound
        }
        if let end = houseNumber(at: start) {
            let whole = extendAddress(from: end, tokenIndex: t + 1)
            emit(.houseAddress, at: tokens[t].start, masked: starredDigits(tokens[t].start..<whole))
            return whole
        }
        return 0
    }

    /// Skips spaces and one colon: "SN: 1990", "họ tên : Nguyễn Văn A".
    func skipGap(_ from: Int) -> Int {
        var i = from
        while i < s.count && ScalarClass.isSpace(s[i]) { i += 1 }
        if i < s.count && s[i] == 0x3A {
            i += 1
            while i < s.count && ScalarClass.isSpace(s[i]) { i += 1 }
        }
        return i
    }

    /// Index of the first token starting at or after scalar `offset`, searching from `from`.
    func tokenIndex(atOrAfter offset: Int, from: Int) -> Int {
        var r = from
        while r < tokens.count && tokens[r].start < offset { r += 1 }
        return r
    }
}
