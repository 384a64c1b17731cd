import Foundation

/// All Vietnamese-specific text, number and date conventions of WardKit live behind this one
/// namespace, so that a page, a print form and a chart can never format the same thing two ways.
public enum Vietnamese {
    /// The "no value" mark shown where a number cannot be given (a share of zero people, NaN):
    /// an em dash is what Vietnamese statistical tables print, and it cannot be misread as 0.
    public static let noValue = "\u{2014}"

    /// Search matching: lowercase, every diacritic removed, đ → d, so that staff typing without
    /// a Vietnamese keyboard ("ma tuy") still find "Ma Túy". Spaces and punctuation are kept so
    /// the caller decides how to tokenise. The result is NFC.
    public static func fold(_ s: String) -> String {
        // ASCII has no marks, no «đ» and no capital that lower-cases to more than one letter:
        // folding it is lower-casing it. Slugs of URLs, codes and file names take this path.
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        var out = String.UnicodeScalarView()
        // Lowercase before decomposing: some capitals (İ) lowercase to a letter plus a mark,
        // which must then be dropped like any other mark.
        for scalar in Normalization.decomposed(s.lowercased())
        where !VietnameseLetters.isCombiningMark(scalar) {
            out.append(VietnameseLetters.isStrokedD(scalar) ? "d" : scalar)
        }
        // Vietnamese text is all ASCII once folded, and ASCII is already NFC: skip the pass.
        let folded = String(out)
        return out.allSatisfy(\.isASCII) ? folded : Normalization.composed(folded)
    }

    /// URL path segment for a name: ASCII `[a-z0-9-]` only, because ward sites are opened from
    /// QR codes and shared over Zalo, where percent-encoded Vietnamese turns into unreadable
    /// `%E1%BB%95`. Every run of other characters becomes one dash; none leads or trails.
    /// Returns "" when nothing letter-like survives, so the caller must supply a fallback.
    public static func slug(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var dashPending = false
        for scalar in fold(s).unicodeScalars {
            guard VietnameseLetters.isASCIILetter(scalar) || VietnameseLetters.isASCIIDigit(scalar) else {
                dashPending = true
                continue
            }
            if dashPending && !out.isEmpty { out.append("-") }
            dashPending = false
            out.append(scalar)
        }
        return String(out)
    }
}
