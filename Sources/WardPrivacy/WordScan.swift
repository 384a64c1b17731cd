/// The word pass: one walk over the tokens that dispatches, at each word, to the longest
/// thing that starts there — a birth or address phrase, a place word and the place name after
/// it, a role word and the name after it, or a personal name by its shape.
extension Analyzer {
    mutating func scanWords() {
        var t = 0
        lastNameEnd = -1
        while t < tokens.count {
            let tok = tokens[t]
            if taken[tok.start] {
                t += 1
                continue
            }
            switch tok.kind {
            case .punct:
                t += 1
            case .number:
                t = numberLed(t)
            case .word:
                t = wordLed(t)
            }
        }
    }

    private mutating func wordLed(_ t: Int) -> Int {
        // Units of the site and declared officials may start with any word.
        let tok = tokens[t]
        guard lexicon.mayLead(tok) || allow.places.mayStart(tok) || allow.officials.mayStart(tok) else {
            return tok.length <= 2 || tok.path && tok.length >= 8 ? unlisted(at: t) : t + 1
        }
        if tok.length == 1, let next = comrade(at: t) ?? roomAbbreviation(at: t) { return next }
        if let next = birth(at: t) { return next }
        if let next = address(at: t) { return next }
        let role = lexicon.roles.longest(tokens, at: t)
        var place = placePhrase(at: t)
        // Without diacritics "duong" is both "đường" and "Dương": "Duong Van Hung" is a name.
        if place != nil, !tokens[t].marked, let run = nameRun(at: t, aboutPerson: false), run.hasMiddle { place = nil }
        // Likewise "Ngo Thanh Tung", "ngo-thanh-tung" ("ngõ"): a common family name and two
        // given names, unless what follows the place word is a public name ("Duong Le Loi").
        if place != nil, !tokens[t].marked, lexicon.surnames.value(tokens[t]) == true,
           let run = nameRun(at: t, aboutPerson: false), run.given >= 2, publicEnd(at: step(t), aboutPerson: false) <= step(t) {
            place = nil
        }
        if let place, place.next >= (role?.next ?? 0) {
            return placeName(after: place.next, kind: place.value)
        }
        if let role, roleApplies(t, role.value, single: role.next == t + 1) {
            return afterRole(t, role: role.value, next: role.next)
        }
        return nameOrPublic(at: t, aboutPerson: false)
    }

    /// Words no table lists that still start something: a family name cut short ("Ng. Văn
    /// Tùng"), a room written short ("P.304"), a name run together in a URL. Kept out of the
    /// common path, which most words take.
    @inline(never)
    private mutating func unlisted(at t: Int) -> Int {
        let tok = tokens[t]
        if tok.length <= 2 {
            if tok.isCapital, abbreviatedSurname(t) { return nameOrPublic(at: t, aboutPerson: false) }
            return roomAbbreviation(at: t) ?? t + 1
        }
        guard joinedName(t) else { return t + 1 }
        emit(.personName, tok.start..<tok.end, masked: text(tok.start..<(tok.start + 1)) + "***", key: foldedKey(tok.start..<tok.end))
        return t + 1
    }

    /// "Đ/c Hải", "đ/c Ng. Văn Tùng": "đồng chí" abbreviated. After it, a capitalised name is a
    /// person addressed as a comrade; "đ/c" before a number stays an address ("đ/c: 12 …").
    private mutating func comrade(at t: Int) -> Int? {
        guard t + 3 < tokens.count, tokens[t].length == 1, tokens[t + 1].isPunct(0x2F), !tokens[t + 1].space,
              !tokens[t + 2].space, tokens[t + 2].length == 1, lexicon.w.đ.matches(tokens[t]), lexicon.w.c.matches(tokens[t + 2]),
              tokens[t + 3].kind == .word, tokens[t + 3].isCapital else { return nil }
        return afterRole(t, role: .polite, next: t + 3)
    }

    /// A place phrase at `t`, unless it is a surname-like word written capitalised ("Hồ", "Đoàn").
    func placePhrase(at t: Int) -> (value: PlaceKind, next: Int)? {
        guard let m = lexicon.placeWords.longest(tokens, at: t) else { return nil }
        if tokens[t].shape != .lower && lexicon.lowerPlaceWords.contains(tokens[t]) && m.next == t + 1 { return nil }
        return m
    }

    /// Start of a sentence, a cell or a bracket: where a role word may be capitalised.
    func sentenceStart(_ t: Int) -> Bool {
        guard t > 0 else { return true }
        let p = tokens[t - 1]
        guard p.kind == .punct else { return false }
        let v = UInt32(truncatingIfNeeded: p.accent)
        return [0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x22, 0x28, 0x2D, 0x2A, 0x2022, 0x5B, 0x7C, 0x201C, 0x201D, 0xAB, 0xBB, 0x3E, 0x2C]
            .contains(v)
    }

    func roleStarts(at t: Int) -> Bool {
        guard let m = lexicon.roles.longest(tokens, at: t) else { return false }
        return roleApplies(t, m.value, single: m.next == t + 1)
    }

    /// Role words are lower case, capitalised only at a sentence start; the short ones that
    /// also begin names of places ("Nam Định", "Bà Rịa") only in lower case.
    func roleApplies(_ t: Int, _ role: RoleKind, single: Bool) -> Bool {
        let tok = tokens[t]
        switch tok.shape {
        case .lower: return true
        case .title:
            guard sentenceStart(t) else { return false }
            if !(single && lexicon.w.lowerOnlyRoles.contains(tok)) { return true }
            // "Cụ Tám", "Em Phương" open a sentence about a person; "Nam Định", "Ba Đình" do not.
            guard single, lexicon.w.kinWords.contains(tok), t + 1 < tokens.count else { return false }
            let next = tokens[t + 1]
            return next.space && next.shape == .title && (lexicon.given.contains(next) || lexicon.nicknames.contains(next))
                && (lexicon.publicNames.longest(tokens, at: t)?.next ?? t) <= t + 1
        case .upper: return role == .person
        case .initial, .mixed: return false
        }
    }

    /// Skips the place name after a place word: capitalised words and numbers, a dash between
    /// words ("Bà Rịa - Vũng Tàu"), and for streets a list ("Lê Văn Lương, Trần Khát Chân").
    private mutating func placeName(after p: Int, kind: PlaceKind) -> Int {
        var q = p
        // "TP. Hồ Chí Minh"
        if q + 1 < tokens.count && tokens[q].isPunct(0x2E) && tokens[q + 1].isCapital { q += 1 }
        guard q < tokens.count, tokens[q].space || tokens[q - 1].isPunct(0x2E) || tokens[q].path,
              tokens[q].isCapital || tokens[q].kind == .number else { return p }
        var end = runEnd(from: q)
        guard end > q else { return p }
        if kind == .admin && tokens[q].kind == .word && personLike(q, end) { return q }
        // "Tổ 5 - Lê Văn Khải": a person named after the unit's number.
        if kind == .admin, tokens[q].kind == .number, q + 2 < end, tokens[q + 1].isPunct(0x2D), tokens[q + 2].kind == .word,
           personLike(q + 2, end) {
            return q + 2
        }
        guard kind == .street else { return end }
        while end + 1 < tokens.count {
            let joiner = tokens[end]
            let joins = joiner.isPunct(0x2C) || joiner.isPunct(0x2F) || joiner.isPunct(0x3B)
                || lexicon.w.và.matches(joiner) || lexicon.w.cùng.matches(joiner)
            guard joins, tokens[end + 1].isCapital, tokens[end + 1].kind == .word else { break }
            let item = runEnd(from: end + 1)
            // A list item is followed by another joiner or ends the clause; "đường Lê Lợi,
            // Nguyễn Văn A bị bắt" is a street and then a person.
            if item < tokens.count && tokens[item].kind == .word && placePhrase(at: item) == nil
                && !lexicon.w.và.matches(tokens[item]) && !lexicon.w.cùng.matches(tokens[item]) { break }
            end = item
        }
        return end
    }

    /// The end of a run of capitalised words and numbers joined by spaces or lone dashes.
    func runEnd(from q: Int) -> Int {
        var e = q
        while e < tokens.count {
            let tok = tokens[e]
            guard tok.isCapital || tok.kind == .number else { break }
            if e > q && !PhraseKey.adjacent(tokens, e) { break }
            e = PhraseKey.nextWord(tokens, after: e)
            if e > q + 8 { break }
        }
        // A skipped dash at the end is not part of the name.
        while e > q && tokens[e - 1].kind == .punct { e -= 1 }
        return e
    }

    /// After an administrative word, a full name with a middle name or of three syllables that is
    /// no known place is a person: "Chủ tịch UBND phường Lê Văn A".
    private func personLike(_ q: Int, _ end: Int) -> Bool {
        guard let run = nameRun(at: q, aboutPerson: false) else { return false }
        if publicEnd(at: q, aboutPerson: false) >= run.end { return false }
        return run.hasMiddle || run.given >= 2
    }

    /// Numbers that start something: an age ("35 tuổi"), a birth year in brackets after a name
    /// ("Hùng (1990)"), a house number before a street ("123/4 Lê Văn Sỹ").
    private mutating func numberLed(_ t: Int) -> Int {
        if let next = age(at: t) { return next }
        if let next = bracketedBirthYear(at: t) { return next }
        if let next = slashedHouseNumber(at: t) { return next }
        return t + 1
    }
}
