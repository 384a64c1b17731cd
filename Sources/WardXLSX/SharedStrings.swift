/// `xl/sharedStrings.xml`: the strings cells point at by index. An item is plain (`<si><t>`) or
/// rich text (`<si><r><t>…</t></r><r>…`), whose runs are joined; phonetic guides (`<rPh>`, for
/// Japanese) are not part of the value.
enum SharedStrings {
    static func parse(_ bytes: [UInt8], part: String) throws(XLSXError) -> [String] {
        let parser = Parser()
        try parser.parse(bytes, part: part)
        return parser.strings
    }

    private final class Parser: XMLPart {
        var strings: [String] = []
        private var current = ""
        private var inItem = false, inText = false, inPhonetic = false

        override func start(_ name: Substring, _ attributes: Attributes) {
            switch name {
            case "si": inItem = true; current = ""
            case "t": inText = inItem && !inPhonetic
            case "rPh": inPhonetic = true
            default: break
            }
        }

        override func end(_ name: Substring) {
            switch name {
            case "si":
                strings.append(EscapedText.decode(current))
                inItem = false
            case "t": inText = false
            case "rPh": inPhonetic = false
            default: break
            }
        }

        override func text(_ text: String) {
            if inText { current += text }
        }
    }
}

/// OOXML writes characters XML cannot carry as `_xHHHH_` (`_x000D_` for a carriage return) and
/// a literal `_x` as `_x005F_x`.
enum EscapedText {
    static func decode(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "_", i + 6 < scalars.count, scalars[i + 1] == "x", scalars[i + 6] == "_",
               let value = UInt32(String(String.UnicodeScalarView(scalars[(i + 2)..<(i + 6)])), radix: 16),
               let scalar = Unicode.Scalar(value) {
                out.append(scalar)
                i += 7
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }
}
