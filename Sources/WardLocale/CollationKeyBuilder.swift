/// Turns NFD text, one scalar at a time, into the levels of a `CollationKey`.
///
/// Decisions (and why):
/// - Alphabet a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z: the 29 letters
///   of the Vietnamese alphabet in dictionary order, with the Latin-only f j w z kept at their
///   Latin places so that loan words and foreign names land where a reader looks for them.
/// - ă â ê ô ơ ư đ are primary letters (so "Dương" < "Đà"); the tone is only secondary and
///   belongs to the word (syllable), not to the letter carrying it, so the old and new tone
///   placements "hòa"/"hoà" weigh the same. All base letters of the whole string are compared
///   before any tone ("Mạ" < "Mà A"), as in ICU/CLDR Vietnamese.
/// - Case is tertiary, lowercase first (the CLDR default).
/// - A run of ASCII digits is one number compared by value ("Tổ 2" < "Tổ 10"); leading zeros
///   are ignored and any length works, since numbers are compared as digit strings by length.
///   Numbers sort before letters, as in every Vietnamese index.
/// - Punctuation and spaces carry no weight of their own: a run of them between two words is a
///   single word break that sorts before every letter and digit ("La Chũ" < "Lai"), so "Vân Cù -
///   Nam Thanh", "Vân Cù – Nam Thanh" and "Vân Cù-Nam Thanh" are primary-equal. Leading and
///   trailing punctuation is ignored.
/// - Letters of other scripts, and Latin letters with no Vietnamese reading (ø, ß), sort after
///   z by code point; marks that are not Vietnamese (ç's cedilla) weigh nothing until the final
///   NFC tie-break.
struct CollationKeyBuilder {
    private enum Tag {
        static let levelSeparator: UInt8 = 0x00
        static let wordBreak: UInt8 = 0x01
        static let number: UInt8 = 0x02
        static let firstLetter: UInt8 = 0x10
        static let otherLetter: UInt8 = 0xF0
        static let wordEnd: UInt8 = 0x01
        static let lowercase: UInt8 = 0x01
        static let uppercase: UInt8 = 0x02
    }

    /// Alphabet positions of the plain letters a...z, counted in the full Vietnamese alphabet
    /// above (ă â sit between a and b, đ after d, ê after e, ô ơ after o, ư after u).
    private static let plainPosition: [UInt8] =
        [0, 3, 4, 5, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26, 28, 29, 30, 31, 32]
    private static let strokedDPosition: UInt8 = 6

    private struct PendingLetter {
        var position: UInt8
        var isUppercase: Bool
        var base: UInt8            // ASCII lowercase, or 0 for đ
        var modified = false
        var tone = VietnameseLetters.Tone.ngang

        /// Marks arrive in canonical order, not reading order (ậ is a + dot below + circumflex),
        /// so each is judged on its own; only the first modifier and the first tone count.
        mutating func apply(_ mark: VietnameseLetters.Mark) {
            switch mark {
            case .modifier(let modifier) where !modified:
                let offset: UInt8? = switch (base, modifier) {
                case (UInt8(ascii: "a"), .breve), (UInt8(ascii: "e"), .circumflex),
                     (UInt8(ascii: "o"), .circumflex), (UInt8(ascii: "u"), .horn): 1
                case (UInt8(ascii: "a"), .circumflex), (UInt8(ascii: "o"), .horn): 2
                default: nil
                }
                if let offset {
                    position += offset
                    modified = true
                }
            case .tone(let t) where tone == .ngang:
                tone = t
            default:
                break
            }
        }
    }

    private var primary: [UInt8] = []
    private var secondary: [UInt8] = []
    private var tertiary: [UInt8] = []
    private var pending: PendingLetter?
    private var digits: [UInt8] = []
    private var inNumber = false
    private var inWord = false
    private var breakPending = false

    mutating func add(_ scalar: Unicode.Scalar) {
        if VietnameseLetters.isCombiningMark(scalar) {
            // A mark with no Vietnamese letter under it (at the start, on a digit or a space)
            // has nothing to modify; the NFC tie-break still tells such strings apart.
            pending?.apply(VietnameseLetters.mark(scalar))
            return
        }
        flushLetter()
        if VietnameseLetters.isASCIIDigit(scalar) {
            addDigit(UInt8(scalar.value))
        } else if VietnameseLetters.isASCIILetter(scalar) {
            startLetter()
            let lower = UInt8(scalar.value) | 0x20
            pending = PendingLetter(position: Self.plainPosition[Int(lower - UInt8(ascii: "a"))],
                                    isUppercase: scalar.value < 0x61, base: lower)
        } else if VietnameseLetters.isStrokedD(scalar) {
            startLetter()
            pending = PendingLetter(position: Self.strokedDPosition,
                                    isUppercase: VietnameseLetters.isUppercaseStrokedD(scalar), base: 0)
        } else if Self.isOtherWordCharacter(scalar) {
            startLetter()
            addOtherLetter(scalar)
        } else {
            endNumber()
            endWord()
            breakPending = !primary.isEmpty
        }
    }

    mutating func finish(nfc: String) -> CollationKey {
        flushLetter()
        endNumber()
        endWord()
        var bytes = primary
        bytes.reserveCapacity(primary.count + secondary.count + tertiary.count + nfc.utf8.count + 3)
        bytes.append(Tag.levelSeparator)
        bytes += secondary
        bytes.append(Tag.levelSeparator)
        bytes += tertiary
        bytes.append(Tag.levelSeparator)
        bytes += nfc.utf8
        return CollationKey(bytes: bytes)
    }

    private static func isOtherWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    private mutating func startToken() {
        if breakPending {
            primary.append(Tag.wordBreak)
            breakPending = false
        }
    }

    private mutating func startLetter() {
        endNumber()
        startToken()
        inWord = true
    }

    private mutating func flushLetter() {
        guard let letter = pending else { return }
        pending = nil
        primary.append(Tag.firstLetter + letter.position)
        // Only toned letters are recorded, so a word's secondary entry is its tone (or nothing
        // for ngang) followed by the word end, which sorts below every tone.
        if letter.tone != .ngang { secondary.append(Tag.wordEnd + letter.tone.rawValue) }
        tertiary.append(letter.isUppercase ? Tag.uppercase : Tag.lowercase)
    }

    private mutating func addOtherLetter(_ scalar: Unicode.Scalar) {
        let properties = scalar.properties
        for lower in properties.lowercaseMapping.unicodeScalars {
            let v = lower.value
            primary += [Tag.otherLetter, UInt8(truncatingIfNeeded: v >> 16),
                        UInt8(truncatingIfNeeded: v >> 8), UInt8(truncatingIfNeeded: v)]
        }
        tertiary.append(properties.changesWhenLowercased ? Tag.uppercase : Tag.lowercase)
    }

    private mutating func addDigit(_ ascii: UInt8) {
        endWord()
        if !inNumber {
            startToken()
            inNumber = true
        }
        if digits.isEmpty && ascii == UInt8(ascii: "0") { return }
        digits.append(ascii)
    }

    /// Length first, then digits: a longer number (without leading zeros) is always larger.
    /// Lengths of 255 and more take a 0xFF escape and four big-endian bytes, which keeps the
    /// byte order equal to the numeric order.
    private mutating func endNumber() {
        guard inNumber else { return }
        primary.append(Tag.number)
        if digits.count < 0xFF {
            primary.append(UInt8(digits.count))
        } else {
            let n = UInt32(digits.count)
            primary += [0xFF, UInt8(n >> 24), UInt8(truncatingIfNeeded: n >> 16),
                        UInt8(truncatingIfNeeded: n >> 8), UInt8(truncatingIfNeeded: n)]
        }
        primary += digits
        digits.removeAll(keepingCapacity: true)
        inNumber = false
    }

    private mutating func endWord() {
        guard inWord else { return }
        secondary.append(Tag.wordEnd)
        inWord = false
    }
}
