import Foundation

/// Microsoft code page 1258, what Excel on a Vietnamese Windows writes for «CSV (Comma
/// delimited)». Bytes below 0x80 are ASCII. Most toned vowels are a base letter followed by one
/// of five combining tone bytes (0xCC grave, 0xD2 hook above, 0xDE tilde, 0xEC acute, 0xF2 dot
/// below), so the decoded text is composed to NFC to match what UTF-8 files hold.
enum Windows1258 {
    /// 0x80–0xFF, from the code page (cross-checked with Python's cp1258 codec in the tests);
    /// 0 marks the nine bytes the code page leaves undefined.
    static let high: [UInt16] = [
        0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80
        0x02C6, 0x2030, 0x0000, 0x2039, 0x0152, 0x0000, 0x0000, 0x0000,  // 88
        0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90
        0x02DC, 0x2122, 0x0000, 0x203A, 0x0153, 0x0000, 0x0000, 0x0178,  // 98
        0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,  // A0
        0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,  // A8
        0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,  // B0
        0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,  // B8
        0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7,  // C0
        0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD, 0x00CE, 0x00CF,  // C8
        0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7,  // D0
        0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF,  // D8
        0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7,  // E0
        0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED, 0x00EE, 0x00EF,  // E8
        0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7,  // F0
        0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF,  // F8
    ]

    static let toneMarks: Set<UInt8> = [0xCC, 0xD2, 0xDE, 0xEC, 0xF2]

    /// Nil when a byte is one the code page does not define.
    ///
    /// Composition is done pair by pair — each tone byte with the letter before it — because
    /// Foundation's whole-string NFC is quadratic on Linux (5 MB took over four minutes). The
    /// tone marks are the code page's only combining characters and `LegacyEncodingGuess` only
    /// lets one follow a vowel, so composing each pair is exactly NFC of the text.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String? {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var composed: [UInt64: [Unicode.Scalar]] = [:]
        for byte in bytes {
            if byte < 0x80 {
                scalars.append(Unicode.Scalar(byte))
                continue
            }
            let value = high[Int(byte) - 0x80]
            guard value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            if toneMarks.contains(byte), let base = scalars.popLast() {
                let key = UInt64(base.value) << 32 | UInt64(scalar.value)
                if composed[key] == nil {
                    var pair = String.UnicodeScalarView()
                    pair.append(base)
                    pair.append(scalar)
                    composed[key] = Array(String(pair).precomposedStringWithCanonicalMapping.unicodeScalars)
                }
                scalars.append(contentsOf: composed[key]!)
            } else {
                scalars.append(scalar)
            }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }
}
