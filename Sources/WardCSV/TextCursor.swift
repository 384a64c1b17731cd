/// Line and column bookkeeping shared by the decoders and the tokenizer, so a decoding error and a
/// parsed cell agree on what "line 12, column 7" means.
///
/// Lines end at CRLF, LF or a lone CR (old Mac Excel). Columns count user-perceived characters:
/// every scalar except combining marks and the zero-width joiner, so decomposed Vietnamese
/// ("ư" + U+0300) counts like precomposed "ừ". This is an approximation of grapheme clusters that
/// is exact for Vietnamese and Latin text and costs O(1) per scalar (emoji sequences may count
/// per component).
struct TextCursor: Sendable {
    private(set) var line = 1
    private(set) var column = 1
    private var afterCR = false

    mutating func advance(over scalar: Unicode.Scalar) {
        switch scalar {
        case "\n":
            if afterCR {
                afterCR = false  // second half of CRLF; the CR already started the new line
                return
            }
            line += 1
            column = 1
        case "\r":
            line += 1
            column = 1
            afterCR = true
            return
        default:
            if !Self.extendsPrevious(scalar) { column += 1 }
        }
        afterCR = false
    }

    /// `advance(over:)` for a scalar in U+0020…U+007E.
    mutating func advanceOverPrintableASCII() {
        column += 1
        afterCR = false
    }

    private static func extendsPrevious(_ scalar: Unicode.Scalar) -> Bool {
        // Fast paths: nothing below U+0300 combines, nor do precomposed Vietnamese letters
        // (Latin Extended Additional), which make up most non-ASCII text in ward files.
        guard scalar.value >= 0x300, !(0x1E00...0x1EFF).contains(scalar.value) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar.value == 0x200D
        }
    }
}
