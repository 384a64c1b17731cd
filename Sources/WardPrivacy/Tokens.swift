/// A word, a digit run or a single punctuation scalar of the line buffer.
struct Token {
    enum Kind: UInt8 { case word, number, punct }
    /// Case pattern of a word; names are `capitalised` words and `initial`s ("Nguyễn Văn A").
    enum Shape: UInt8 { case lower, capitalised, initial, upper, mixed }

    var kind: Kind
    var shape: Shape
    /// Separated from the previous token by spaces only (no punctuation).
    var spaceBefore: Bool
    var start: Int
    var end: Int
    /// Words: hash of the lower-cased word. Punctuation: the scalar value. Opaque spans: 0.
    var hash: UInt64
}

extension LineScan {
    mutating func tokenize() {
        tokens.removeAll(keepingCapacity: true)
        let n = s.count
        var i = 0
        var nextOpaque = 0
        var space = false
        while i < n {
            let limit = nextOpaque < opaque.count ? opaque[nextOpaque].lowerBound : n
            if i == limit {
                let span = opaque[nextOpaque]
                tokens.append(Token(kind: .punct, shape: .mixed, spaceBefore: space, start: i, end: span.upperBound, hash: 0))
                i = span.upperBound
                nextOpaque += 1
                space = false
                continue
            }
            let v = s[i]
            if ScalarClass.isSpace(v) {
                space = true
                i += 1
                continue
            }
            if ScalarClass.isDigit(v) {
                var j = i + 1
                while j < limit && ScalarClass.isDigit(s[j]) { j += 1 }
                tokens.append(Token(kind: .number, shape: .mixed, spaceBefore: space, start: i, end: j, hash: 0))
                i = j
            } else if ScalarClass.isLetter(v) {
                i = appendWord(from: i, limit: limit, spaceBefore: space)
            } else {
                tokens.append(Token(kind: .punct, shape: .mixed, spaceBefore: space, start: i, end: i + 1, hash: UInt64(v)))
                i += 1
            }
            space = false
        }
    }

    private mutating func appendWord(from i: Int, limit: Int, spaceBefore: Bool) -> Int {
        var j = i
        var h = WordHash.seed
        var letters = 0
        var upperAfterFirst = false
        var lowerAfterFirst = false
        while j < limit {
            let c = s[j]
            guard ScalarClass.isLetter(c) else { break }
            h = WordHash.step(h, c)
            if !ScalarClass.isCombining(c) {
                if letters > 0 {
                    if ScalarClass.isUpper(c) { upperAfterFirst = true } else { lowerAfterFirst = true }
                }
                letters += 1
            }
            j += 1
        }
        let shape: Token.Shape
        if !ScalarClass.isUpper(s[i]) {
            shape = upperAfterFirst ? .mixed : .lower
        } else if letters == 1 {
            shape = .initial
        } else if !upperAfterFirst {
            shape = .capitalised
        } else {
            shape = lowerAfterFirst ? .mixed : .upper
        }
        tokens.append(Token(kind: .word, shape: shape, spaceBefore: spaceBefore, start: i, end: j, hash: h))
        return j
    }
}
