/// Decides whether a non-UTF-8 file is Windows-1258 beyond doubt (then it is decoded), and
/// otherwise names the legacy Vietnamese encoding it most likely uses, so the error tells staff
/// which conversion to make instead of just "invalid byte".
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

    /// Whether non-UTF-8 bytes can be decoded as Windows-1258 without risk of mojibake. Every
    /// test must pass; anything doubtful is left to the refusal, which names the suspect:
    /// - every byte is defined in the code page;
    /// - the bytes are not mostly well-formed UTF-8 sequences (a UTF-8 file with a damaged byte);
    /// - every combining tone byte follows a vowel, as Windows writes them;
    /// - no byte 0xA1–0xBF (symbols in Windows-1258, letters in TCVN3) touches a letter, except
    ///   « » which hug words in Vietnamese typography;
    /// - no letter foreign to Vietnamese (ä, ñ, ß …: TCVN3's toned vowels read as Latin-1);
    /// - something only Vietnamese writes: a tone byte, or ă đ ơ ư.
    static func isWindows1258(_ bytes: ArraySlice<UInt8>) -> Bool {
        var vietnamese = false
        if isMostlyUTF8(bytes) { return false }
        var previous: UInt8 = 0x20
        for index in bytes.indices {
            let byte = bytes[index]
            let next = index + 1 < bytes.endIndex ? bytes[index + 1] : 0x20
            defer { previous = byte }
            guard byte >= 0x80 else { continue }
            if Windows1258.high[Int(byte) - 0x80] == 0 || foreignLetters.contains(byte) { return false }
            if Windows1258.toneMarks.contains(byte) {
                guard isWindows1258Vowel(previous) else { return false }
                vietnamese = true
            } else if (0xA1...0xBF).contains(byte) && byte != 0xAB && byte != 0xBB {
                if isLetterByte(previous) || isLetterByte(next) { return false }
            } else if [0xC3, 0xE3, 0xD0, 0xF0, 0xDD, 0xFD, 0xD5, 0xF5].contains(byte) {
                vietnamese = true
            }
        }
        return vietnamese
    }

    /// More well-formed UTF-8 sequences than stray high bytes: a UTF-8 file with a damaged
    /// byte (a Latin-1 no-break space pasted in), not a legacy code page.
    static func isMostlyUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var wellFormedUTF8 = 0, strayHigh = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= 0x80, let width = utf8SequenceWidth(bytes[index...]) {
                wellFormedUTF8 += 1
                index += width
                continue
            }
            if byte >= 0x80 { strayHigh += 1 }
            index += 1
        }
        return wellFormedUTF8 > strayHigh
    }

    /// Latin-1 letters Vietnamese never uses.
    private static let foreignLetters: Set<UInt8> = [0xC4, 0xC5, 0xC6, 0xC7, 0xCB, 0xCE, 0xCF, 0xD1, 0xD6, 0xD8, 0xDC, 0xDF,
                                                     0xE4, 0xE5, 0xE6, 0xE7, 0xEB, 0xEE, 0xEF, 0xF1, 0xF6, 0xF8, 0xFC, 0xFF]

    private static func isLetterByte(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (byte >= 0xA1 && byte != 0xD7 && byte != 0xF7)
    }

    /// The length of the well-formed UTF-8 sequence starting here (RFC 3629), if there is one.
    private static func utf8SequenceWidth(_ bytes: ArraySlice<UInt8>) -> Int? {
        let lead = bytes[bytes.startIndex]
        let width: Int
        var low: UInt8 = 0x80, highest: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: width = 2
        case 0xE0: width = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: width = 3
        case 0xED: width = 3; highest = 0x9F
        case 0xF0: width = 4; low = 0x90
        case 0xF1...0xF3: width = 4
        case 0xF4: width = 4; highest = 0x8F
        default: return nil
        }
        guard bytes.count >= width else { return nil }
        for (offset, byte) in bytes.dropFirst().prefix(width - 1).enumerated() {
            let range = offset == 0 ? low...highest : 0x80...0xBF
            guard range.contains(byte) else { return nil }
        }
        return width
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
