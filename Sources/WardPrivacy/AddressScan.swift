/// House and room numbers: "số nhà 12", "nhà số 12", "SN 12 ngõ 5", "số 45 đường Lê Lợi",
/// "tại 45 Lê Lợi", "123/4 Lê Văn Sỹ", "phòng trọ số 3", "phòng 203 nhà nghỉ …". A street, an
/// alley ("ngõ 12"), a group ("Tổ 3") or a document ("Số 265/KH-UBND") is not a home. The
/// office's own address, when declared, is public.
extension Analyzer {
    /// 12, 12A, 12/3, 45/12/7: the token after the house number.
    func houseNumber(_ p: Int) -> Int? {
        guard p < tokens.count, tokens[p].kind == .number, tokens[p].length <= 5 else { return nil }
        var e = p + 1
        func suffix() {
            if e < tokens.count, tokens[e].kind == .word, !tokens[e].space, tokens[e].length == 1 { e += 1 }
        }
        suffix()
        while e + 1 < tokens.count, tokens[e].isPunct(0x2F), !tokens[e].space, tokens[e + 1].kind == .number,
              !tokens[e + 1].space, tokens[e + 1].length <= 4 {
            e += 2
            suffix()
        }
        // "591/KH-UBND", "12/QĐ": a slash and letters make a document number.
        if e + 1 < tokens.count, tokens[e].isPunct(0x2F), tokens[e + 1].kind == .word { return nil }
        if e < tokens.count, !tokens[e].space, tokens[e].kind == .punct, tokens[e].isPunct(0x2E) || tokens[e].isPunct(0x2C),
           e + 1 < tokens.count, tokens[e + 1].kind == .number, !tokens[e + 1].space { return nil }
        return e
    }

    private func isAlley(_ t: Token) -> Bool { lexicon.w.alleys.contains(t) }

    /// What follows a house number: alleys with their numbers, then a street. `street` is the
    /// street name's token range, for the address key.
    private func addressTail(_ e: Int) -> (end: Int, street: Range<Int>?, alleys: Bool) {
        var end = e
        var q = e
        var alleys = false
        while q < tokens.count {
            if tokens[q].isPunct(0x2C) || tokens[q].path && PhraseKey.isPathSeparator(tokens[q]) { q += 1 }
            guard q < tokens.count, tokens[q].kind == .word else { break }
            if isAlley(tokens[q]), let n = houseNumber(step(q)) {
                alleys = true
                end = n
                q = n
                continue
            }
            if let p = placePhrase(at: q), p.value == .street, p.next < tokens.count, tokens[p.next].isCapital {
                let run = runEnd(from: p.next)
                return (run, p.next..<run, alleys)
            }
            if q == e || q == end, tokens[q].isCapital, tokens[q].space,
               lexicon.surnames.contains(tokens[q]) || publicEnd(at: q, aboutPerson: false) > q + 1 {
                let run = runEnd(from: q)
                if run > q + 1 { return (run, q..<run, alleys) }
            }
            break
        }
        return (end, nil, alleys)
    }

    private mutating func report(address trigger: Int, number: Int, numberEnd: Int, tail: (end: Int, street: Range<Int>?, alleys: Bool)) {
        let range = tokens[trigger].start..<tokens[tail.end - 1].end
        var key = foldedKey(tokens[number].start..<tokens[numberEnd - 1].end).replacingOccurrences(of: " ", with: "")
        if let street = tail.street { key += "|" + foldedKey(tokens[street.lowerBound].start..<tokens[street.upperBound - 1].end) }
        if allow.addresses.contains(key) {
            take(range)
            return
        }
        emit(.houseAddress, range, masked: starredDigits(range), key: key)
    }

    private func skip(_ t: Int, _ word: WordID) -> Int {
        t < tokens.count && word.matches(tokens[t]) ? t + 1 : t
    }

    mutating func address(at t: Int) -> Int? {
        let w = lexicon.w
        let tok = tokens[t]
        var numberAt: Int?
        var needsStreet = false
        if w.số.matches(tok), step(t) < tokens.count, w.nhà.matches(tokens[step(t)]) {
            numberAt = step(step(t))
        } else if w.nhà.matches(tok), step(t) < tokens.count, w.số.matches(tokens[step(t)]) {
            numberAt = step(step(t))
        } else if w.sn.matches(tok) && tok.length == 2 {
            numberAt = step(t)
        } else if w.số.matches(tok) {
            numberAt = step(t)
            needsStreet = true
        } else if w.ki.matches(tok), t + 2 < tokens.count, tokens[t + 1].isPunct(0x2D), !tokens[t + 1].space,
                  !tokens[t + 2].space, w.ốt.matches(tokens[t + 2]) {
            // "ki-ốt số 12": a market stall, its holder's place.
            numberAt = skip(t + 3, w.số)
        } else if isAlley(tok), let n = step(t) as Int?, n + 2 < tokens.count, tokens[n].kind == .number,
                  tokens[n + 1].isPunct(0x2F), !tokens[n + 1].space, tokens[n + 2].kind == .number, !tokens[n + 2].space {
            // "hẻm 45/12": the house 12 of alley 45 — a home, unlike the alley "hẻm 45" alone.
            numberAt = n
        } else if let room = lexicon.roomWords.longest(tokens, at: t) {
            numberAt = skip(room.next, w.số)
        } else if w.phòng.matches(tok), lodgingNear(t) {
            numberAt = skip(t + 1, w.số)
        } else if let m = lexicon.residenceWords.longest(tokens, at: t) {
            numberAt = m.next
            needsStreet = true
        }
        guard var p = numberAt else { return nil }
        if p < tokens.count && tokens[p].isPunct(0x3A) { p += 1 }
        guard let numberEnd = houseNumber(p) else { return nil }
        let tail = addressTail(numberEnd)
        if needsStreet && tail.street == nil && !(w.số.matches(tok) && tail.alleys) { return nil }
        report(address: t, number: p, numberEnd: numberEnd, tail: tail)
        return tail.end
    }

    /// "P.304": a room written short. Two digits or fewer are a ward ("P.5, Q.3"), not a room.
    mutating func roomAbbreviation(at t: Int) -> Int? {
        guard t + 2 < tokens.count, tokens[t].shape == .initial, lexicon.w.p.matches(tokens[t]), tokens[t + 1].isPunct(0x2E),
              !tokens[t + 1].space, tokens[t + 2].kind == .number, !tokens[t + 2].space, tokens[t + 2].length >= 3,
              let numberEnd = houseNumber(t + 2) else { return nil }
        let tail = addressTail(numberEnd)
        report(address: t, number: t + 2, numberEnd: numberEnd, tail: tail)
        return max(tail.end, numberEnd)
    }

    /// "phòng 12" is a room of a lodging when one is named near it or it is rented.
    private func lodgingNear(_ t: Int) -> Bool {
        if t > 0 && lexicon.w.thuê.matches(tokens[t - 1]) { return true }
        for k in max(0, t - 6)..<min(tokens.count, t + 6) where k != t {
            if lexicon.roomWords.longest(tokens, at: k) != nil || lexicon.w.trọ.matches(tokens[k])
                || lexicon.w.tầng.matches(tokens[k]) { return true }
        }
        return false
    }

    /// "123/4 Lê Văn Sỹ": a slashed house number before a street name.
    mutating func slashedHouseNumber(at t: Int) -> Int? {
        guard t + 2 < tokens.count, tokens[t + 1].isPunct(0x2F), !tokens[t + 1].space,
              !(t > 0 && (lexicon.w.ngày.matches(tokens[t - 1]) || lexicon.w.tháng.matches(tokens[t - 1]))),
              let numberEnd = houseNumber(t), numberEnd > t + 1 else { return nil }
        let tail = addressTail(numberEnd)
        guard tail.street != nil else { return nil }
        report(address: t, number: t, numberEnd: numberEnd, tail: tail)
        return tail.end
    }
}
