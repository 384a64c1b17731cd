/// A personal name by its shape: a surname from the closed list and one to three given-name
/// syllables, all capitalised, all in capitals, or — in a slug, or right after a word for a
/// person — all in lower case. It is refused unless a public name covers it whole.
struct NameRun {
    var end: Int
    var hasMiddle: Bool
    /// Syllables after the surname (a middle name counts).
    var given: Int
    var style: Token.Shape
}

extension Analyzer {
    func nameRun(at t: Int, aboutPerson: Bool) -> NameRun? {
        let first = tokens[t]
        guard first.kind == .word else { return nil }
        let abbreviated = abbreviatedSurname(t)
        guard let strong = abbreviated ? false : lexicon.surnames.value(first) else { return nil }
        let style: Token.Shape
        switch first.shape {
        case .title: style = .title
        case .upper: style = .upper
        case .initial where abbreviated: style = .title
        case .lower:
            guard !isCode else { return nil }
            // In running text only "nguyen van …": decided here, before any walk, because lower-case
            // words that are also family names ("từ", "ông", "cao", "mai") are everywhere.
            if !(first.path || aboutPerson) {
                guard strong, t + 1 < tokens.count, tokens[t + 1].space, lexicon.middles.contains(tokens[t + 1]) else { return nil }
            }
            style = .lower
        default: return nil
        }
        var given = 0
        var hasMiddle = false
        var afterMiddle = false
        var end = t + 1
        var k = abbreviated ? t + 2 : nextSyllable(after: t)
        // "Tôn Nữ Thị Hân", "Tôn Thất Phước": the family name has two words.
        if !abbreviated, let c = lexicon.compoundSurnames.longest(tokens, at: t), c.next > t + 1,
           tokens[(t + 1)..<c.next].allSatisfy({ $0.kind != .word || $0.shape == first.shape }) {
            end = c.next
            k = c.next < tokens.count && tokens[c.next].path && PhraseKey.isPathSeparator(tokens[c.next]) ? c.next + 1 : c.next
        }
        while k < tokens.count && given < 3 {
            let tok = tokens[k]
            guard tok.kind == .word, tok.space || (tok.path && k > 0 && tokens[k - 1].path) else { break }
            // In a path a name stays inside one segment: "tien-do/van-cu" is not "Đỗ Vân Cù".
            if tok.path && seg.s[tokens[end - 1].end..<tok.start].contains(0x2F) { break }
            let shapeOK: Bool
            switch style {
            case .title: shapeOK = tok.shape == .title || tok.shape == .initial
            case .upper: shapeOK = tok.shape == .upper || tok.shape == .initial
            default: shapeOK = tok.shape == .lower
            }
            guard shapeOK else { break }
            if given == 0 && lexicon.middles.contains(tok) {
                hasMiddle = true
                afterMiddle = true
                given = 1
                end = k + 1
                k = nextSyllable(after: k)
                continue
            }
            // "Nguyễn Văn A", "Nguyễn Văn H.": an initial ends the name.
            if tok.shape == .initial {
                if given >= 1 {
                    given += 1
                    end = k + 1
                }
                break
            }
            // "Trần Phú Hà Nội": a place starting here ends the name.
            if given >= 1, let m = lexicon.publicNames.longest(tokens, at: k), m.value, m.next > k + 1 { break }
            var ok = lexicon.given.contains(tok)
            if afterMiddle {
                // After a middle name any syllable is a given name — in capitals too, and in a slug
                // led by a common family name ("pham-van-tuoi", "giang-a-pao").
                let open = style == .title || style == .upper || style == .lower && first.path && strong
                if !ok && open && !lexicon.titleWords.contains(tok) { ok = true }
                if let m = lexicon.notAfterMiddle.longest(tokens, at: end - 1), m.next == k + 1 { ok = false }
            }
            guard ok else { break }
            afterMiddle = false
            given += 1
            end = k + 1
            k = nextSyllable(after: k)
        }
        guard given >= 1, !(hasMiddle && given == 1) else { return nil }
        if abbreviated && !(hasMiddle && given >= 2) { return nil }
        if let m = lexicon.notNames.longest(tokens, at: t), m.next > t + 1 { return nil }
        if style == .lower && !(given >= 2 && (strong || hasMiddle)) { return nil }
        // In running text lower case is a name only with a common family name and a middle
        // name ("nguyen van ty" typed in a sheet); in a slug or after a word for a person any.
        if style == .lower && !(first.path || aboutPerson) && !(strong && hasMiddle && given >= 2) { return nil }
        // Capitals are also headings ("CHỈ TIÊU CÔNG TÁC"): there a name has three syllables and
        // does not continue a capitalised word unless a role word ends there ("ĐỐI TƯỢNG …").
        if style == .upper && !hasMiddle {
            guard given >= 2 else { return nil }
            if t > 0, tokens[t].space, tokens[t - 1].shape == .upper, !roleEnds(at: t) { return nil }
        }
        return NameRun(end: end, hasMiddle: hasMiddle, given: given, style: style)
    }

    /// "Ng. Văn Tùng", "N. Văn Tùng": a family name cut to one or two letters and a dot, which a
    /// middle name must follow.
    func abbreviatedSurname(_ t: Int) -> Bool {
        let tok = tokens[t]
        guard tok.kind == .word, tok.length <= 2, tok.shape == .title || tok.shape == .initial || tok.shape == .upper,
              t + 2 < tokens.count, tokens[t + 1].isPunct(0x2E), !tokens[t + 1].space, tokens[t + 2].space,
              lexicon.middles.contains(tokens[t + 2]) else { return false }
        return true
    }

    /// "nguyenthithanhhuong" in a URL: a common family name, "van" or "thi" and one or two given
    /// names, run together in lower case (a slug made from «NguyenThiThanhHuong»). The word is
    /// split against the closed lists, so the cost stays bounded by the word's length.
    func joinedName(_ t: Int) -> Bool {
        let tok = tokens[t]
        guard tok.path, tok.kind == .word, !tok.marked, tok.length >= 8, tok.length <= 30 else { return false }
        let w = seg.s[tok.start..<tok.end].map { UInt8(truncatingIfNeeded: $0 | 0x20) }
        func given(_ r: ArraySlice<UInt8>) -> Bool { lexicon.joinedGiven.contains(Array(r)) }
        for s in lexicon.joinedSurnames where w.count > s.count + 4 && w.starts(with: s) {
            let m = w[s.count...]
            guard m.starts(with: [0x76, 0x61, 0x6E]) || m.starts(with: [0x74, 0x68, 0x69]) else { continue }
            let rest = m.dropFirst(3)
            if given(rest) { return true }
            for cut in 1..<max(1, rest.count) where given(rest.prefix(cut)) && given(rest.dropFirst(cut)) { return true }
        }
        return false
    }

    /// The next syllable of a name: the next token, or the one after a separator in a slug
    /// ("nguyen-van-hung"). Unlike place names, a dash between words never joins a name.
    private func nextSyllable(after k: Int) -> Int {
        let n = k + 1
        if n + 1 < tokens.count, tokens[n].path, PhraseKey.isPathSeparator(tokens[n]), !tokens[n + 1].space { return n + 1 }
        return n
    }

    func roleEnds(at t: Int) -> Bool {
        for length in 1...4 where t - length >= 0 {
            if let m = lexicon.roles.longest(tokens, at: t - length), m.next == t { return true }
        }
        return false
    }

    /// The end of the longest public name at `t`: a historical figure or a place shipped with
    /// WardKit, a unit of the site, a declared official. After a word for a person only places
    /// count ("đối tượng Lê Lợi" is a person called Lê Lợi).
    func publicEnd(at t: Int, aboutPerson: Bool) -> Int {
        var end = t
        if let m = lexicon.publicNames.longest(tokens, at: t), !aboutPerson || m.value { end = max(end, m.next) }
        if let m = allow.places.longest(tokens, at: t) { end = max(end, m.next) }
        if !aboutPerson, let m = allow.officials.longest(tokens, at: t) { end = max(end, m.next) }
        return end
    }

    mutating func nameOrPublic(at t: Int, aboutPerson: Bool) -> Int {
        let pub = publicEnd(at: t, aboutPerson: aboutPerson)
        if let run = nameRun(at: t, aboutPerson: aboutPerson) {
            // A public name covers the whole name ("Lê Thị Hồng" does not cover "Lê Thị Hồng
            // Nhung"); in a slug, where folding lengthens runs ("hoang-van-thu-tuyen-pho"), it
            // only has to start it.
            if pub >= run.end || (run.style == .lower && pub >= t + 2) { return pub }
            emitName(t, run.end, aboutPerson: aboutPerson)
            return run.end
        }
        return pub > t + 1 ? pub : t + 1
    }

    /// "Nguyễn Văn An" → "Nguyễn V** A**": the family name alone identifies nobody.
    mutating func emitName(_ t: Int, _ end: Int, aboutPerson: Bool, kind: IdentifierKind = .personName) {
        var masked = text(tokens[t].start..<tokens[t].end)
        var written = masked
        for k in (t + 1)..<end where tokens[k].kind == .word {
            let tok = tokens[k]
            var firstLetter = tok.start + 1
            while firstLetter < tok.end && Letters.isCombining(seg.s[firstLetter]) { firstLetter += 1 }
            masked += " " + text(tok.start..<firstLetter) + (tok.length == 1 ? "." : "**")
            written += " " + text(tok.start..<tok.end)
        }
        let range = tokens[t].start..<tokens[end - 1].end
        emit(kind, range, masked: masked, key: foldedKey(range), declaredName: aboutPerson ? nil : written, aboutPerson: aboutPerson)
        lastNameEnd = end
    }
}
