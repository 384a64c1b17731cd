/// Words and multi-word phrases keyed by hash, looked up on tokens without building strings.
/// Each entry is stored twice: with its diacritics (compared placement-insensitively) and
/// folded, for text typed without any. A class, so that matchers share one table instead of
/// copying (and retaining) its storage on every lookup; it is only mutated while being built,
/// before it is shared.
final class PhraseTable<Value: Sendable>: @unchecked Sendable {
    // Written only while the table is built, before it is shared: no dynamic exclusivity
    // checks on the lookups, which run several times per word.
    @exclusivity(unchecked) private var accent = HashMap<Value>()
    @exclusivity(unchecked) private var folded = HashMap<Value>()
    /// 4096-bit filter on the first word, so that most tokens skip the tables.
    @exclusivity(unchecked) private var firstBits = [UInt64](repeating: 0, count: 64)
    @exclusivity(unchecked) private(set) var maxWords = 0

    init() {}

    init(_ entries: [String], _ value: Value) {
        for e in entries { add(e, value) }
    }

    func add(_ text: String, _ value: Value) {
        let words = PhraseKey.words(of: text)
        guard !words.isEmpty else { return }
        var a = WordHash.phraseSeed, f = WordHash.phraseSeed
        for w in words {
            a = WordHash.join(a, w.accent)
            f = WordHash.join(f, w.folded)
        }
        accent.set(a, value)
        folded.set(f, value)
        for h in [words[0].accent, words[0].folded] { firstBits[Int(h & 4095) >> 6] |= 1 << (h & 63) }
        maxWords = max(maxWords, words.count)
    }

    var isEmpty: Bool { maxWords == 0 }

    /// The first-word filter, to merge several tables' into one ("may anything start here?").
    var filter: [UInt64] { firstBits }

    @inline(__always) func mayStart(_ t: Token) -> Bool {
        let h = t.marked ? t.accent : t.folded
        return firstBits[Int(h & 4095) >> 6] & (1 << (h & 63)) != 0
    }

    /// Single-word lookup.
    @inline(__always) func value(_ t: Token) -> Value? {
        guard t.kind != .punct, mayStart(t) else { return nil }
        let h = WordHash.join(WordHash.phraseSeed, t.marked ? t.accent : t.folded)
        return t.marked ? accent.get(h) : folded.get(h)
    }

    func contains(_ t: Token) -> Bool { value(t) != nil }

    /// The longest entry starting at token `i`: its value and the index after its last token.
    /// Words must follow each other with only spaces between them (or path separators inside
    /// a path); a lone dash between words is skipped ("Bà Rịa - Vũng Tàu").
    func longest(_ tokens: [Token], at i: Int, maxCount: Int = .max) -> (value: Value, next: Int)? {
        guard i < tokens.count, tokens[i].kind != .punct, mayStart(tokens[i]) else { return nil }
        var a = WordHash.phraseSeed, f = WordHash.phraseSeed
        var allPlain = true
        var best: (Value, Int)?
        var k = i
        var words = 0
        while k < tokens.count && words < min(maxWords, maxCount) {
            let t = tokens[k]
            guard t.kind != .punct else { break }
            if words > 0 && !PhraseKey.adjacent(tokens, k) { break }
            a = WordHash.join(a, t.accent)
            f = WordHash.join(f, t.folded)
            if t.marked { allPlain = false }
            words += 1
            if let v = allPlain ? folded.get(f) : accent.get(a) { best = (v, k + 1) }
            k = PhraseKey.nextWord(tokens, after: k)
        }
        return best
    }
}

enum PhraseKey {
    /// Tokens of a lexicon entry, through the same tokenizer as scanned text.
    static func words(of text: String) -> [Token] {
        var seg = Segment()
        for (offset, u) in text.unicodeScalars.enumerated() { seg.append(u.value, at: offset) }
        var tokens: [Token] = []
        seg.tokenize(into: &tokens)
        return tokens.filter { $0.kind != .punct }
    }

    /// Index of the token after `k` that may continue a phrase: the next one, or the one after
    /// a lone dash or a path separator.
    @inline(__always) static func nextWord(_ tokens: [Token], after k: Int) -> Int {
        let n = k + 1
        guard n < tokens.count else { return n }
        let t = tokens[n]
        if t.kind == .punct && n + 1 < tokens.count {
            if t.isPunct(0x2D) && t.space && tokens[n + 1].space { return n + 1 }
            if t.path && isPathSeparator(t) { return n + 1 }
        }
        return n
    }

    /// Whether token `k` continues the word before it within a phrase or a name.
    @inline(__always) static func adjacent(_ tokens: [Token], _ k: Int) -> Bool {
        let t = tokens[k]
        let p = tokens[k - 1]
        if p.kind != .punct { return t.space }
        // After a skipped separator.
        if p.isPunct(0x2D) && p.space && t.space { return true }
        return p.path && isPathSeparator(p) && !t.space
    }

    @inline(__always) static func isPathSeparator(_ t: Token) -> Bool {
        t.kind == .punct && (t.accent == 0x2D || t.accent == 0x5F || t.accent == 0x2E || t.accent == 0x2F
                             || t.accent == 0x2B || t.accent == 0x3D)
    }
}
