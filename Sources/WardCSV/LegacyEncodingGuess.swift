/// Names the legacy Vietnamese encoding a non-UTF-8 file most likely uses, so the error tells
/// staff which conversion to make instead of just "invalid byte".
///
/// The two encodings put Vietnamese letters in different places, and each leaves a telltale:
/// - Windows-1258 writes most toned vowels as vowel + combining tone byte (0xCC grave, 0xD2 hook,
///   0xDE tilde, 0xEC acute, 0xF2 dot below): "Phường" = 50 68 FD F5 CC 6E 67.
/// - TCVN3 (ABC, .VnTime fonts) puts frequent letters (ă â ê ô ơ ư đ, à ả ã á ạ, ằ ẳ ẵ ắ) in
///   0xA1–0xBE, where Windows-1258 has only symbols: "Phường" = 50 68 AD EA 6E 67, which
///   shows as "Ph­êng" when misread as Latin-1.
/// Each byte is scored for the pattern it fits; one linear pass, run only on the error path.
enum LegacyEncodingGuess {
    static func guess(_ bytes: ArraySlice<UInt8>) -> SuspectedEncoding {
        var windows1258 = 0
        var tcvn3 = 0
        var previous: UInt8 = 0x20
        for index in bytes.indices {
            let byte = bytes[index]
            let next = index + 1 < bytes.endIndex ? bytes[index + 1] : 0x20
            if isWindows1258ToneMark(byte) && isWindows1258Vowel(previous) {
                windows1258 += 1
            } else if isTCVN3LetterAmongSymbols(byte) && (isLetterLike(previous) || isLetterLike(next)) {
                tcvn3 += 1
            }
            previous = byte
        }
        // A clear majority wins: TCVN3's "iề" (69 D2) also looks like Windows-1258 "i" + hook,
        // and Windows-1258 text may contain « » next to words.
        switch (windows1258, tcvn3) {
        case (0, 0): return .unknown
        case (_, 0): return .windows1258
        case (0, _): return .tcvn3
        case let (w, t) where w >= 3 * t: return .windows1258
        case let (w, t) where t >= 3 * w: return .tcvn3
        default: return .windows1258OrTCVN3
        }
    }

    private static func isWindows1258ToneMark(_ byte: UInt8) -> Bool {
        [0xCC, 0xD2, 0xDE, 0xEC, 0xF2].contains(byte)
    }

    /// ASCII vowels and Windows-1258's Â Ă Ê Ô Ơ Ư and their lower-case forms.
    private static func isWindows1258Vowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
             UInt8(ascii: "y"), UInt8(ascii: "A"), UInt8(ascii: "E"), UInt8(ascii: "I"), UInt8(ascii: "O"),
             UInt8(ascii: "U"), UInt8(ascii: "Y"):
            return true
        default:
            return [0xC2, 0xC3, 0xCA, 0xD4, 0xD5, 0xDD, 0xE2, 0xE3, 0xEA, 0xF4, 0xF5, 0xFD].contains(byte)
        }
    }

    /// TCVN3 letters in the range where Windows-1258 (like Latin-1) has punctuation and symbols.
    private static func isTCVN3LetterAmongSymbols(_ byte: UInt8) -> Bool {
        (0xA1...0xAE).contains(byte) || (0xB5...0xB9).contains(byte) || (0xBB...0xBE).contains(byte)
    }

    /// An ASCII letter or any byte from 0xA1 up, which in TCVN3 is almost always a letter.
    private static func isLetterLike(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0xA1
    }
}
