import Foundation

/// A finding before its column is known: offsets are scalar positions in the line buffer.
struct RawFinding {
    let offset: Int
    let kind: IdentifierKind
    let masked: String
}

/// Working state for one line, reused from line to line so that a large text allocates
/// its buffers once.
struct LineScan {
    let allowlist: PublicAllowlist
    let lexicon: Lexicon
    /// The line's scalar values, NFC-composed.
    var s: [UInt32] = []
    private var hasCombiningMarks = false
    var tokens: [Token] = []
    /// URLs and e-mail addresses: nothing inside them is looked at again.
    var opaque: [Range<Int>] = []
    var raw: [RawFinding] = []
    var groups: [Range<Int>] = []
    var separators: [UInt32] = []

    init(allowlist: PublicAllowlist, lexicon: Lexicon) {
        self.allowlist = allowlist
        self.lexicon = lexicon
    }

    @inline(__always) mutating func append(_ v: UInt32) {
        if ScalarClass.isCombining(v) { hasCombiningMarks = true }
        s.append(v)
    }

    /// Runs the matchers on the buffered line (the UTF-8 range `bytes` of `text`), converts
    /// scalar offsets to Character columns and clears the buffer for the next line.
    mutating func finish(text: String, bytes: Range<Int>, number: Int, into out: inout [PrivacyFinding]) {
        defer {
            s.removeAll(keepingCapacity: true)
            hasCombiningMarks = false
        }
        guard !s.isEmpty else { return }
        func line() -> Substring {
            let utf8 = text.utf8
            return text[utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: bytes.upperBound)]
        }
        var composed: String?
        if hasCombiningMarks {
            // Decomposed input (e.g. pasted from macOS) must match the same keywords; NFC keeps
            // the Character count, so columns still refer to the original line.
            let nfc = Self.composed(line())
            s.removeAll(keepingCapacity: true)
            for u in nfc.unicodeScalars { s.append(u.value) }
            composed = nfc
        }
        raw.removeAll(keepingCapacity: true)
        markOpaqueSpans()
        scanNumbers()
        tokenize()
        scanWords()
        guard !raw.isEmpty else { return }
        raw.sort { $0.offset < $1.offset }
        let lineText = composed.map { Substring($0) } ?? line()
        var column = 1
        var position = 0
        var characters = lineText.makeIterator()
        for finding in raw {
            while position < finding.offset, let ch = characters.next() {
                position += ch.unicodeScalars.count
                column += 1
            }
            out.append(PrivacyFinding(kind: finding.kind, line: number, column: column, masked: finding.masked))
        }
    }

    /// NFC in pieces cut before ASCII scalars (which never compose with what precedes them):
    /// Foundation's normalisation slows down badly on one very long string.
    static func composed(_ line: Substring) -> String {
        let scalars = line.unicodeScalars
        var result = ""
        var pieceStart = scalars.startIndex
        var length = 0
        var i = scalars.startIndex
        while i < scalars.endIndex {
            if length >= 256 && scalars[i].isASCII {
                result += String(scalars[pieceStart..<i]).precomposedStringWithCanonicalMapping
                pieceStart = i
                length = 0
            }
            length += 1
            scalars.formIndex(after: &i)
        }
        return result + String(scalars[pieceStart..<scalars.endIndex]).precomposedStringWithCanonicalMapping
    }

    mutating func emit(_ kind: IdentifierKind, at offset: Int, masked: String) {
        raw.append(RawFinding(offset: offset, kind: kind, masked: masked))
    }

    func text(_ r: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        for v in s[r] { if let u = Unicode.Scalar(v) { view.append(u) } }
        return String(view)
    }

    /// Lower-cased text, as `PublicAllowlist.nameKey` builds it.
    func lowerText(_ r: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        for v in s[r] { if let u = Unicode.Scalar(ScalarClass.lower(v)) { view.append(u) } }
        return String(view)
    }

    /// The text with every digit hidden, for addresses and plates whose words are harmless.
    func starredDigits(_ r: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        for v in s[r] {
            let shown = ScalarClass.isDigit(v) ? 0x2A : v
            if let u = Unicode.Scalar(shown) { view.append(u) }
        }
        return String(view)
    }
}
