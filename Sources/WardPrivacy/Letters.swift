import Foundation

/// Scalar classes and the Vietnamese letter decomposition every matcher works on.
///
/// A Vietnamese letter is a base letter, at most one vowel mark (â ă ơ ư đ) and, once per
/// syllable, a tone. Words are compared on that decomposition rather than on code points, so
/// precomposed and decomposed input, and the two tone placements (Thuý/Thúy, Hoà/Hòa, Qùy/Quỳ),
/// give the same word; dropping marks and tone gives the folded form used for text typed
/// without diacritics.
enum Letters {
    static let markNone: UInt8 = 0, circumflex: UInt8 = 1, breve: UInt8 = 2, horn: UInt8 = 3, stroke: UInt8 = 4, otherMark: UInt8 = 5

    /// Packed per scalar: bits 0–7 base (lower-case ASCII, 0 = not a Latin letter), 8–11 vowel
    /// mark, 12–15 tone, bit 16 upper case, bit 17 letter.
    private static let latin: [UInt32] = build(0xC0...0x24F)
    private static let latinExtended: [UInt32] = build(0x1E00...0x1EFF)

    private static func build(_ range: ClosedRange<UInt32>) -> [UInt32] {
        range.map { v in
            guard let u = Unicode.Scalar(v) else { return 0 }
            if v == 0x110 || v == 0x111 { return pack(base: 0x64, mark: stroke, tone: 0, upper: v == 0x110) }
            guard u.properties.isAlphabetic else { return 0 }
            let upper = u.properties.isUppercase
            var base: UInt32 = 0, mark: UInt8 = 0, tone: UInt8 = 0
            for d in String(u).decomposedStringWithCanonicalMapping.unicodeScalars {
                let w = d.value
                if w < 0x80 {
                    base = w | 0x20
                } else if let t = toneOf(w) {
                    tone = t
                } else if let m = markOf(w) {
                    mark = m
                }
            }
            if base == 0 { return 1 << 17 | (upper ? 1 << 16 : 0) }
            return pack(base: base, mark: mark, tone: tone, upper: upper)
        }
    }

    private static func pack(base: UInt32, mark: UInt8, tone: UInt8, upper: Bool) -> UInt32 {
        base | UInt32(mark) << 8 | UInt32(tone) << 12 | (upper ? 1 << 16 : 0) | 1 << 17
    }

    /// Tones as combining marks: grave, acute, tilde, hook above, dot below.
    @inline(__always) static func toneOf(_ v: UInt32) -> UInt8? {
        switch v {
        case 0x300, 0x340: 1
        case 0x301, 0x341: 2
        case 0x303: 3
        case 0x309: 4
        case 0x323: 5
        default: nil
        }
    }

    @inline(__always) static func markOf(_ v: UInt32) -> UInt8? {
        switch v {
        case 0x302: circumflex
        case 0x306: breve
        case 0x31B: horn
        default: isCombining(v) ? otherMark : nil
        }
    }

    @inline(__always) static func info(_ v: UInt32) -> UInt32 {
        if v < 0x80 {
            if v &- 0x61 < 26 { return v | 1 << 17 }
            if v &- 0x41 < 26 { return (v | 0x20) | 1 << 16 | 1 << 17 }
            return 0
        }
        if v &- 0xC0 < 0x190 { return latin[Int(v - 0xC0)] }
        if v &- 0x1E00 < 0x100 { return latinExtended[Int(v - 0x1E00)] }
        return 0
    }

    @inline(__always) static func isDigit(_ v: UInt32) -> Bool { v &- 0x30 < 10 }
    @inline(__always) static func isASCIILetter(_ v: UInt32) -> Bool { (v | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isASCIIUpper(_ v: UInt32) -> Bool { v &- 0x41 < 26 }
    @inline(__always) static func isCombining(_ v: UInt32) -> Bool { v &- 0x300 < 0x70 }
    @inline(__always) static func isSpace(_ v: UInt32) -> Bool { v == 0x20 }

    /// Letters of any script; combining marks count as part of the letter before them.
    @inline(__always) static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { return isASCIILetter(v) }
        if isCombining(v) { return true }
        let i = info(v)
        if i != 0 { return true }
        if v < 0x370 { return false }
        guard let u = Unicode.Scalar(v) else { return false }
        return u.properties.isAlphabetic
    }

    @inline(__always) static func isAlnum(_ v: UInt32) -> Bool { isDigit(v) || isLetter(v) }

    @inline(__always) static func isUpper(_ v: UInt32) -> Bool {
        let i = info(v)
        if i != 0 { return i & 1 << 16 != 0 }
        if v < 0x370 { return false }
        return Unicode.Scalar(v)?.properties.isUppercase ?? false
    }

    /// Lower-case ASCII for Latin letters (ignoring marks), the scalar itself otherwise.
    @inline(__always) static func foldedBase(_ v: UInt32) -> UInt32 {
        let i = info(v)
        if i & 0xFF != 0 { return i & 0xFF }
        return v
    }
}

/// FNV-1a steps: words and phrases are compared by hash so that matching every word of a
/// province against the tables costs no allocation.
enum WordHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let phraseSeed: UInt64 = 0x6c62_272e_07bb_0142

    @inline(__always) static func step(_ h: UInt64, _ v: UInt32) -> UInt64 {
        (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3
    }

    /// Appends one word's hash to a phrase hash.
    @inline(__always) static func join(_ phrase: UInt64, _ word: UInt64) -> UInt64 {
        (phrase ^ word) &* 0x0000_0100_0000_01B3 &+ 0x9E37_79B9
    }
}
