/// How Unicode spells Vietnamese letters once decomposed (NFD): an ASCII base letter, at most one
/// letter-forming mark (ă â ê ô ơ ư are letters of their own, not accented variants) and at most
/// one tone mark. Slugs, search folding and collation all read text through this one table so
/// that they cannot disagree about what a letter is.
enum VietnameseLetters {
    enum Modifier: Sendable { case breve, circumflex, horn }

    /// Raw values are the conventional order of the six tones (ngang, huyền, hỏi, ngã, sắc, nặng),
    /// which is the secondary order of the collation.
    enum Tone: UInt8, Sendable { case ngang = 0, huyen, hoi, nga, sac, nang }

    enum Mark: Sendable {
        case modifier(Modifier)
        case tone(Tone)
        case other
    }

    /// Only non-spacing and enclosing marks count: spacing marks (Mc) are vowel signs of other
    /// scripts, not diacritics, and dropping them would change those words.
    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x300 { return false }
        if scalar.value <= 0x36F { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func mark(_ scalar: Unicode.Scalar) -> Mark {
        switch scalar.value {
        case 0x306: return .modifier(.breve)
        case 0x302: return .modifier(.circumflex)
        case 0x31B: return .modifier(.horn)
        case 0x300: return .tone(.huyen)
        case 0x309: return .tone(.hoi)
        case 0x303: return .tone(.nga)
        case 0x301: return .tone(.sac)
        case 0x323: return .tone(.nang)
        default: return .other
        }
    }

    /// đ/Đ have no decomposition. Ð (U+00D0, Icelandic eth) is accepted as Đ too because legacy
    /// VNI/TCVN3 converters and some keyboards emit it, and staff cannot see the difference;
    /// its lowercase ð follows so that case-folding the mistyped capital still lands on đ.
    static func isStrokedD(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x110, 0x111, 0xD0, 0xF0: return true
        default: return false
        }
    }

    static func isUppercaseStrokedD(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x110 || scalar.value == 0xD0
    }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }

    static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value)
    }
}
