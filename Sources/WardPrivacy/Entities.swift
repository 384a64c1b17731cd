/// HTML character references: numeric ones, and the named ones a page about Vietnamese ward
/// life can contain — Latin letters, punctuation, and those that spell "@" and "." to dodge
/// filters ("a&commat;gmail&period;com").
enum Entities {
    private static let named: [String: UInt32] = {
        var t: [String: UInt32] = [
            "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0, "shy": 0xAD, "ensp": 0x2002,
            "emsp": 0x2003, "thinsp": 0x2009, "zwnj": 0x200C, "zwj": 0x200D, "lrm": 0x200E, "rlm": 0x200F,
            "ndash": 0x2013, "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A, "ldquo": 0x201C,
            "rdquo": 0x201D, "bdquo": 0x201E, "laquo": 0xAB, "raquo": 0xBB, "hellip": 0x2026, "middot": 0xB7,
            "bull": 0x2022, "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "deg": 0xB0, "plusmn": 0xB1, "times": 0xD7,
            "divide": 0xF7, "euro": 0x20AC, "cent": 0xA2, "pound": 0xA3, "yen": 0xA5, "sect": 0xA7, "para": 0xB6,
            "micro": 0xB5, "commat": 0x40, "period": 0x2E, "num": 0x23, "lpar": 0x28, "rpar": 0x29, "hyphen": 0x2010,
            "dash": 0x2010, "sol": 0x2F, "colon": 0x3A, "semi": 0x3B, "comma": 0x2C, "plus": 0x2B, "equals": 0x3D,
            "lowbar": 0x5F, "excl": 0x21, "quest": 0x3F, "percnt": 0x25, "lsqb": 0x5B, "rsqb": 0x5D, "lbrack": 0x5B,
            "rbrack": 0x5D, "verbar": 0x7C, "vert": 0x7C, "dollar": 0x24, "ast": 0x2A, "NewLine": 0x0A, "Tab": 0x09,
            "ZeroWidthSpace": 0x200B, "NoBreak": 0x2060, "minus": 0x2212, "prime": 0x2032, "Abreve": 0x102,
            "abreve": 0x103, "Dstrok": 0x110, "dstrok": 0x111, "Itilde": 0x128, "itilde": 0x129, "Utilde": 0x168,
            "utilde": 0x169, "ETH": 0xD0, "eth": 0xF0,
        ]
        // Latin-1 letters: &Agrave; … &yuml;
        let letters: [(String, UInt32)] = [
            ("Agrave", 0xC0), ("Aacute", 0xC1), ("Acirc", 0xC2), ("Atilde", 0xC3), ("Auml", 0xC4), ("Aring", 0xC5),
            ("AElig", 0xC6), ("Ccedil", 0xC7), ("Egrave", 0xC8), ("Eacute", 0xC9), ("Ecirc", 0xCA), ("Euml", 0xCB),
            ("Igrave", 0xCC), ("Iacute", 0xCD), ("Icirc", 0xCE), ("Iuml", 0xCF), ("Ntilde", 0xD1), ("Ograve", 0xD2),
            ("Oacute", 0xD3), ("Ocirc", 0xD4), ("Otilde", 0xD5), ("Ouml", 0xD6), ("Oslash", 0xD8), ("Ugrave", 0xD9),
            ("Uacute", 0xDA), ("Ucirc", 0xDB), ("Uuml", 0xDC), ("Yacute", 0xDD), ("THORN", 0xDE), ("szlig", 0xDF),
        ]
        for (name, v) in letters {
            t[name] = v
            if name != "szlig" { t[name.prefix(1).lowercased() + name.dropFirst()] = v + 0x20 }
        }
        t["aelig"] = 0xE6
        t["thorn"] = 0xFE
        t["yuml"] = 0xFF
        return t
    }()

    /// The scalar of the reference at `k` (which is "&") and the index after it.
    static func decode(_ r: RawText, at k: Int, limit: Int) -> (UInt32, Int)? {
        var j = k + 1
        guard j < limit else { return nil }
        if r.b[j] == 0x23 {
            j += 1
            let isHex = j < limit && (r.b[j] | 0x20) == 0x78
            if isHex { j += 1 }
            let start = j
            var v: UInt32 = 0
            while j < limit && j - start < 8 {
                let c = UInt32(r.b[j])
                if c >= 0x30 && c <= 0x39 {
                    v = v * (isHex ? 16 : 10) + c - 0x30
                } else if isHex && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 {
                    v = v * 16 + (c | 0x20) - 0x61 + 10
                } else {
                    break
                }
                j += 1
            }
            guard j > start, v < 0x110000, !(v >= 0xD800 && v < 0xE000) else { return nil }
            if j < limit && r.b[j] == 0x3B { j += 1 }
            return (v == 0 ? 0xFFFD : v, j)
        }
        let start = j
        while j < limit && j - start < 32 && ((r.b[j] | 0x20) >= 0x61 && (r.b[j] | 0x20) <= 0x7A || (r.b[j] >= 0x30 && r.b[j] <= 0x39)) {
            j += 1
        }
        guard j > start, j < limit, r.b[j] == 0x3B else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: r.b[start..<j]), as: UTF8.self)
        guard let v = named[name] else { return nil }
        return (v, j + 1)
    }
}
