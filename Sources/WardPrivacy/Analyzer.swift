/// A finding before its line and column are known: `offset` is the UTF-8 offset in the raw text.
struct RawFinding {
    var kind: IdentifierKind
    var offset: Int
    var masked: String
    var key: String
    var declaredName: String? = nil
    var aboutPerson = false
}

/// Working state of one scan. Readers feed it what a reader sees, segment by segment; each
/// segment is tokenised once and run through the matchers, which only look a bounded distance
/// ahead or back, so the whole scan is linear in the input.
struct Analyzer {
    let lexicon: Lexicon
    let allow: CompiledAllowlist
    /// `.code` text: no bare "@handle" (CSS at-rules), no lower-case names.
    var isCode: Bool
    var seg = Segment()
    var tokens: [Token] = []
    /// Scalars already reported in this segment, so a later matcher does not report them again.
    var taken: [Bool] = []
    var found: [RawFinding] = []
    /// Scratch buffers reused from segment to segment.
    var groups: [Range<Int>] = []
    var separators: [UInt32] = []
    var digits: [UInt8] = []
    /// Token index after the last name reported, for the birth year that may follow it.
    var lastNameEnd = -1
    /// Clean segments of earlier scans by the same scanner.
    var memo: SegmentMemo?

    init(lexicon: Lexicon, allow: CompiledAllowlist, isCode: Bool) {
        self.lexicon = lexicon
        self.allow = allow
        self.isCode = isCode
    }

    /// Buffers sized once for a text of `bytes`, instead of grown while reading it.
    mutating func reserve(_ bytes: Int) {
        let n = min(bytes, 4096)
        seg.s.reserveCapacity(n)
        seg.origin.reserveCapacity(n)
        tokens.reserveCapacity(n / 3)
        taken.reserveCapacity(n)
    }

    @inline(__always) mutating func put(_ v: UInt32, _ offset: Int) {
        seg.append(v, at: offset)
        // Only a paragraph of many megabytes is cut (at a space, so a word is never split); up to
        // there a segment is matched whole and no identifier is lost at an arbitrary boundary.
        if v == 0x20 && seg.s.count >= 1 << 24 { cut() }
    }

    mutating func beginPath() { seg.beginPath() }
    mutating func endPath() { seg.endPath() }

    /// Ends the current segment: what follows never joins what came before.
    mutating func cut() {
        seg.endPath()
        if !seg.isEmpty { analyse() }
        seg.removeAll()
    }

    private mutating func analyse() {
        // A name reported in the segment before is read by the birth-year matcher; only with no
        // such state is the segment's result a function of its content alone.
        let key = memo != nil && lastNameEnd == -1 && seg.s.count <= SegmentMemo.maxLength ? SegmentMemo.Key(seg, isCode: isCode) : nil
        if let key, memo!.isClean(key) { return }
        let before = found.count
        markURLs()
        seg.tokenize(into: &tokens)
        taken.removeAll(keepingCapacity: true)
        taken.append(contentsOf: repeatElement(false, count: seg.s.count))
        if seg.mayHaveAt { scanEmails() }
        scanSocial()
        if seg.hasDigit { scanNumbers() }
        scanWords()
        if let key, found.count == before, lastNameEnd == -1 { memo!.insertClean(key) }
    }

    mutating func emit(_ kind: IdentifierKind, _ range: Range<Int>, masked: String, key: String,
                       declaredName: String? = nil, aboutPerson: Bool = false) {
        found.append(RawFinding(kind: kind, offset: seg.origin[range.lowerBound], masked: masked, key: key,
                                declaredName: declaredName, aboutPerson: aboutPerson))
        take(range)
    }

    mutating func take(_ range: Range<Int>) {
        for k in range where k < taken.count { taken[k] = true }
    }

    func isTaken(_ range: Range<Int>) -> Bool {
        for k in range where taken[k] { return true }
        return false
    }

    // MARK: text of the segment

    func text(_ r: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        for v in seg.s[r] { if let u = Unicode.Scalar(v) { view.append(u) } }
        return String(view).precomposedStringWithCanonicalMapping
    }

    /// The text with every digit hidden: for addresses and plates, whose words are harmless.
    func starredDigits(_ r: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        for v in seg.s[r] { if let u = Unicode.Scalar(Letters.isDigit(v) ? 0x2A : v) { view.append(u) } }
        return String(view).precomposedStringWithCanonicalMapping
    }

    /// Lower-case letters without marks, digits kept, words separated by one space: the key the
    /// integrator compares between an input and an output finding.
    func foldedKey(_ r: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for v in seg.s[r] {
            if Letters.isCombining(v) { continue }
            if Letters.isLetter(v) || Letters.isDigit(v) {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                if let u = Unicode.Scalar(Letters.isLetter(v) ? Letters.foldedBase(v) : v) { out.append(u) }
            } else {
                space = true
            }
        }
        return String(out)
    }

    /// The token after `k`, or in a slug the one after a separator ("so-45-ngo-8", "sinh-nam-1993").
    @inline(__always) func step(_ k: Int) -> Int {
        let n = k + 1
        if n + 1 < tokens.count, tokens[n].path, PhraseKey.isPathSeparator(tokens[n]), !tokens[n + 1].space { return n + 1 }
        return n
    }

    @inline(__always) func digit(_ i: Int) -> Bool { i >= 0 && i < seg.s.count && Letters.isDigit(seg.s[i]) }
    @inline(__always) func scalar(_ i: Int) -> UInt32 { i >= 0 && i < seg.s.count ? seg.s[i] : 0 }
}
