/// Character classes on raw scalar values. The scanner runs over hundreds of megabytes, so the
/// Latin and Vietnamese ranges are answered from arithmetic and only rare scripts fall back to
/// the (slower) Unicode property tables.
enum ScalarClass {
    @inline(__always) static func isDigit(_ v: UInt32) -> Bool { v &- 0x30 < 10 }
    @inline(__always) static func isASCIIUpper(_ v: UInt32) -> Bool { v &- 0x41 < 26 }
    @inline(__always) static func isASCIILetter(_ v: UInt32) -> Bool { (v | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isCombining(_ v: UInt32) -> Bool { v &- 0x300 < 0x70 }

    /// Only the separators that occur inside a sentence; tab is a table cell boundary instead.
    @inline(__always) static func isSpace(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0xA0 || v == 0x202F || v &- 0x2000 < 0x0B
    }

    static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { return isASCIILetter(v) }
        if isCombining(v) { return true }
        if v >= 0xC0 && v <= 0x24F { return v != 0xD7 && v != 0xF7 }
        if v >= 0x1EA0 && v <= 0x1EF9 { return true }
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isAlphabetic
    }

    @inline(__always) static func isAlnum(_ v: UInt32) -> Bool { isDigit(v) || isLetter(v) }

    static func isUpper(_ v: UInt32) -> Bool {
        if v < 0x80 { return isASCIIUpper(v) }
        if v >= 0xC0 && v <= 0xDE { return v != 0xD7 }
        if v >= 0xDF && v <= 0xFF { return false }
        if v >= 0x1EA0 && v <= 0x1EF9 { return v & 1 == 0 }
        switch v {
        case 0x102, 0x110, 0x128, 0x168, 0x1A0, 0x1AF: return true
        case 0x103, 0x111, 0x129, 0x169, 0x1A1, 0x1B0: return false
        default: break
        }
        if isCombining(v) { return false }
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isUppercase
    }

    /// Lower-casing for the Vietnamese alphabet only; it feeds keyword hashing, where other
    /// scripts never match anyway.
    @inline(__always) static func lower(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return isASCIIUpper(v) ? v | 0x20 : v }
        if v >= 0xC0 && v <= 0xDE && v != 0xD7 { return v + 0x20 }
        if v >= 0x1EA0 && v <= 0x1EF9 { return v | 1 }
        switch v {
        case 0x102, 0x110, 0x128, 0x168, 0x1A0, 0x1AF: return v + 1
        default: return v
        }
    }
}

/// FNV-1a over lower-cased scalars: words are compared by hash first so that matching every
/// word of a province against the keyword tables costs no allocation.
enum WordHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always) static func step(_ h: UInt64, _ v: UInt32) -> UInt64 {
        (h ^ UInt64(ScalarClass.lower(v))) &* 0x0000_0100_0000_01B3
    }

    static func of(_ word: String) -> UInt64 {
        var h = seed
        for s in word.unicodeScalars { h = step(h, s.value) }
        return h
    }
}
