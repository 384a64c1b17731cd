/// What follows a word for a person: a full name (found by its shape, with famous names not
/// excused after "đối tượng", "chủ hộ" …), a given name alone ("anh Tư", "đối tượng Tuấn"), or a
/// profile name after a social network ("Facebook Hùng Nguyễn").
extension Analyzer {
    mutating func afterRole(_ t: Int, role: RoleKind, next: Int) -> Int {
        var p = next
        // "nick Zalo", "tài khoản Facebook": the labels run on.
        while role == .social, let m = lexicon.roles.longest(tokens, at: p), m.value == .social, m.next - next < 4 { p = m.next }
        // "nick Zalo «Hùng Cầu Tre»": a profile name in quotes.
        if role == .social, p + 1 < tokens.count, tokens[p].kind == .punct,
           [0xAB, 0x22, 0x201C, 0x27].contains(UInt32(truncatingIfNeeded: tokens[p].accent)), tokens[p + 1].isCapital {
            return quotedProfile(p + 1) ?? p + 1
        }
        if role == .polite, let end = birthOrderInSlug(t, p) { return end }
        // "đối tượng tên là Tuấn", "họ tên: …"
        while p < tokens.count && p - next < 3
            && (tokens[p].isPunct(0x3A) || lexicon.w.là.matches(tokens[p]) || lexicon.labelFillers.contains(tokens[p]) && tokens[p].shape == .lower
                && !lexicon.roles.contains(tokens[p])) {
            p += 1
        }
        guard p < tokens.count, tokens[p].kind == .word, tokens[p].isCapital || (role == .person && lexicon.surnames.contains(tokens[p])) else {
            return next
        }
        // "Bà Triệu", "Bác Hồ", "Cô Giang", "Bà Rịa": the role word is part of a public name.
        // "ông Tạ Quang Vinh" is a man, though "Ông Tạ" is a market: the name runs past it.
        if role != .person, let m = lexicon.publicNames.longest(tokens, at: t), m.next > p {
            guard let run = nameRun(at: p, aboutPerson: false), run.end > m.next, publicEnd(at: p, aboutPerson: false) < run.end else {
                return m.next
            }
        }
        if placePhrase(at: p) != nil || roleStarts(at: p) && lexicon.surnames.value(tokens[p]) == nil {
            return p
        }
        if publicEnd(at: p, aboutPerson: role == .person) > p + 1 && nameRun(at: p, aboutPerson: role == .person) == nil {
            return publicEnd(at: p, aboutPerson: role == .person)
        }
        if lexicon.surnames.contains(tokens[p]), nameRun(at: p, aboutPerson: role == .person) != nil {
            if role == .social {
                let end = nameOrPublic(at: p, aboutPerson: true)
                return end
            }
            return nameOrPublic(at: p, aboutPerson: role == .person)
        }
        switch role {
        case .social: return profileName(p) ?? p
        case .person, .polite: return givenAlone(t, p, role: role) ?? p
        }
    }

    /// One or two given names alone after the role word.
    private mutating func givenAlone(_ t: Int, _ p: Int, role: RoleKind) -> Int? {
        let tok = tokens[p]
        let upperContext = tokens[t].shape == .upper
        guard tok.space, upperContext ? tok.shape == .upper : tok.shape == .title,
              lexicon.given.contains(tok) || lexicon.nicknames.contains(tok) else { return nil }
        if let m = lexicon.notRoleNames.longest(tokens, at: p - 1), m.next == p + 1 { return nil }
        if let m = lexicon.notRoleNames.longest(tokens, at: p), m.next == p + 2 { return nil }
        var end = p + 1
        if end < tokens.count, tokens[end].space, tokens[end].shape == tok.shape,
           lexicon.given.contains(tokens[end]) || lexicon.nicknames.contains(tokens[end]) {
            end += 1
        }
        // A longer capitalised run is a name of something else ("anh Hùng Lực Lượng …") — but
        // a name by birth order keeps its epithet ("anh Tư Cầu Tre", "bác Ba Hói").
        if end < tokens.count, tokens[end].space, tokens[end].kind == .word, tokens[end].isCapital, tokens[end].shape != .initial {
            guard end == p + 1, lexicon.nicknames.contains(tok),
                  (lexicon.publicNames.longest(tokens, at: p)?.next ?? p) <= p + 1 else { return nil }
        }
        let range = tokens[t].start..<tokens[end - 1].end
        var masked = text(tokens[t].start..<tokens[p - 1].end)
        for k in p..<end {
            masked += " " + text(tokens[k].start..<(tokens[k].start + 1)) + "**"
        }
        found.append(RawFinding(kind: .personName, offset: seg.origin[range.lowerBound], masked: masked,
                                key: foldedKey(range), aboutPerson: true))
        take(range)
        lastNameEnd = end
        return end
    }

    /// "anh-tu-cau-tre-giu-hom-thu": in a slug nothing is capitalised, but a form of address
    /// before a birth-order name is still «anh Tư» — the nickname a ward knows a person by.
    private mutating func birthOrderInSlug(_ t: Int, _ next: Int) -> Int? {
        let p = step(next - 1)
        guard p < tokens.count, tokens[t].path, tokens[p].path, tokens[t].shape == .lower, tokens[p].shape == .lower,
              lexicon.w.slugKin.contains(tokens[t]), lexicon.w.birthOrder.contains(tokens[p]) else { return nil }
        // "ảnh tư liệu", "bắc nam", "em út": the same letters as a phrase that is nobody.
        if let m = lexicon.notRoleNames.longest(tokens, at: t), m.next > p { return nil }
        let range = tokens[t].start..<tokens[p].end
        emit(.personName, range, masked: text(tokens[t].start..<tokens[t].end) + "-" + text(tokens[p].start..<(tokens[p].start + 1)) + "**",
             key: foldedKey(range), aboutPerson: true)
        lastNameEnd = p + 1
        return p + 1
    }

    /// «Hùng Cầu Tre» after a social label: a quoted capitalised run that a given name or a
    /// nickname opens is what the account is called.
    private mutating func quotedProfile(_ p: Int) -> Int? {
        var end = p
        while end < tokens.count && end - p < 5 && tokens[end].kind == .word && tokens[end].isCapital && (end == p || tokens[end].space) {
            end += 1
        }
        guard end < tokens.count, tokens[end].kind == .punct, lexicon.given.contains(tokens[p]) || lexicon.nicknames.contains(tokens[p]) else {
            return nil
        }
        let range = tokens[p].start..<tokens[end - 1].end
        emit(.socialProfile, range, masked: text(tokens[p].start..<(tokens[p].start + 1)) + "**", key: foldedKey(range), aboutPerson: true)
        lastNameEnd = end
        return end
    }

    /// "Facebook Hùng Nguyễn", "nick Zalo Tuấn Trần": a name written given name first.
    private mutating func profileName(_ p: Int) -> Int? {
        var end = p
        while end < tokens.count && end - p < 4 && tokens[end].kind == .word && tokens[end].isCapital
                && (end == p || tokens[end].space) {
            end += 1
        }
        guard end - p >= 2, lexicon.surnames.contains(tokens[end - 1]),
              tokens[p..<(end - 1)].allSatisfy({ lexicon.given.contains($0) }) else { return nil }
        let range = tokens[p].start..<tokens[end - 1].end
        emit(.socialProfile, range, masked: text(tokens[p].start..<(tokens[p].start + 1)) + "** " + text(tokens[end - 1].start..<tokens[end - 1].end),
             key: foldedKey(range), aboutPerson: true)
        lastNameEnd = end
        return end
    }
}
