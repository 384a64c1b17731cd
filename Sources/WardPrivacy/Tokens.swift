/// A word, a digit run or one punctuation scalar of a segment.
struct Token {
    enum Kind: UInt8 { case word, number, punct }
    /// Case pattern: names are `title` or `upper` words (or slugs, `lower`, in paths).
    enum Shape: UInt8 { case lower, title, upper, initial, mixed }

    var kind: Kind
    var shape: Shape
    /// Has a diacritic or a letter outside ASCII: compared on `accent`, otherwise on `folded`,
    /// so that text typed without diacritics still matches the tables.
    var marked: Bool
    /// Whitespace separates it from the token before.
    var space: Bool
    /// Inside a URL or file name.
    var path: Bool
    var start: Int
    var end: Int
    /// Words: letters with vowel marks, tone mixed in once (placement-insensitive). Numbers:
    /// the digits. Punctuation: the scalar.
    var accent: UInt64
    /// Words: base letters only.
    var folded: UInt64

    var isWord: Bool { kind == .word }
    var isCapital: Bool { shape == .title || shape == .upper || shape == .initial }
    @inline(__always) func isPunct(_ v: UInt32) -> Bool { kind == .punct && accent == UInt64(v) }
    var length: Int { end - start }
}

extension Segment {
    func tokenize(into tokens: inout [Token]) {
        tokens.removeAll(keepingCapacity: true)
        let n = s.count
        var i = 0
        var space = false
        var pathHint = 0
        while i < n {
            let v = s[i]
            if v == 0x20 {
                space = true
                i += 1
                continue
            }
            let inPath = !paths.isEmpty && isPath(i, from: &pathHint)
            if Letters.isDigit(v) {
                var j = i
                var h = WordHash.seed
                while j < n && Letters.isDigit(s[j]) {
                    h = WordHash.step(h, s[j])
                    j += 1
                }
                tokens.append(Token(kind: .number, shape: .mixed, marked: false, space: space, path: inPath,
                                    start: i, end: j, accent: h, folded: h))
                i = j
            } else if Letters.isLetter(v) && !Letters.isCombining(v) {
                i = word(from: i, space: space, path: inPath, into: &tokens)
            } else {
                tokens.append(Token(kind: .punct, shape: .mixed, marked: false, space: space, path: inPath,
                                    start: i, end: i + 1, accent: UInt64(v), folded: UInt64(v)))
                i += 1
            }
            space = false
        }
    }

    private func word(from start: Int, space: Bool, path: Bool, into tokens: inout [Token]) -> Int {
        let n = s.count
        var accent = WordHash.seed, folded = WordHash.seed
        var pending: UInt32 = 0
        var tone: UInt32 = 0
        var marked = false
        var letters = 0, uppers = 0
        var firstUpper = false
        var lastLower = false
        var j = start
        while j < n {
            let v = s[j]
            if Letters.isCombining(v) {
                if let t = Letters.toneOf(v) {
                    tone = tone &* 7 &+ UInt32(t)
                } else if let m = Letters.markOf(v) {
                    pending |= UInt32(m) << 8
                }
                marked = true
                j += 1
                continue
            }
            guard Letters.isLetter(v) else { break }
            // In a file name CamelCase separates words: "NguyenThiThanhHuong".
            if path && lastLower {
                let i = Letters.info(v)
                if i & 0xFF != 0 ? i & 1 << 16 != 0 : Letters.isUpper(v) { break }
            }
            if pending != 0 { accent = WordHash.step(accent, pending) }
            let info = Letters.info(v)
            let base = info & 0xFF
            let upper: Bool
            if base != 0 {
                pending = info & 0xFFF
                let t = (info >> 12) & 0xF
                if t != 0 { tone = tone &* 7 &+ t }
                if info & 0xF00 != 0 || t != 0 { marked = true }
                folded = WordHash.step(folded, base)
                upper = info & 1 << 16 != 0
            } else {
                pending = v
                marked = true
                folded = WordHash.step(folded, v)
                upper = Letters.isUpper(v)
            }
            if upper { uppers += 1 }
            lastLower = !upper
            if letters == 0 { firstUpper = upper }
            letters += 1
            j += 1
        }
        if pending != 0 { accent = WordHash.step(accent, pending) }
        if tone != 0 { accent = WordHash.step(accent, 0x1000 &+ tone) }
        let shape: Token.Shape
        if uppers == 0 {
            shape = .lower
        } else if letters == 1 {
            shape = .initial
        } else if uppers == letters {
            shape = .upper
        } else if firstUpper && uppers == 1 {
            shape = .title
        } else {
            shape = .mixed
        }
        tokens.append(Token(kind: .word, shape: shape, marked: marked, space: space, path: path,
                            start: start, end: j, accent: accent, folded: folded))
        return j
    }
}
