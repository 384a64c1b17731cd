import Foundation

/// Words, numbers and sentences of Markdown prose, with positions.
enum ProseText {
    struct Token: Equatable {
        let text: String
        let line: Int
        let column: Int
    }

    /// What makes a sentence about people in a sensitive category (folded forms).
    static let sensitiveContexts = [
        "nghien", "nghien ma tuy", "su dung trai phep", "su dung ma tuy", "tiem chich", "methadone", "thuoc thay the",
        "cai nghien", "sau cai", "tai nghien", "bi can", "bi cao", "khoi to", "bat giu", "bi bat", "tam giu", "tam giam",
        "xu ly hinh su", "doi tuong", "ngoai xa hoi", "dang quan ly", "dua vao quan ly", "ho so quan ly", "hoc vien",
    ]

    static let numberWords = ["mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10]

    /// Folded nouns that count people; the second list counts them in a sensitive way by itself.
    /// «ca», «cá nhân», «công dân», «lượt người» came from an outside attacker's news posts:
    /// «7 ca nghiện» had passed, and the statistics tables then gave away the rest.
    static let peopleNouns = ["nguoi", "truong hop", "thanh nien", "thieu nien", "ho", "gia dinh", "em", "chau", "nam", "nu", "phu nu",
                              "ca", "ca nhan", "cong dan", "luot nguoi", "nhan khau", "hoc sinh", "sinh vien", "thanh vien"]
    static let sensitiveNouns = ["doi tuong", "bi can", "bi cao", "hoc vien", "con nghien", "nguoi nghien", "nguoi su dung", "nguoi sau cai"]

    static func number(_ text: String, folded: String) -> Int? {
        if let first = text.first, first.isNumber {
            let digits = text.filter { $0 != "." }
            guard !text.contains(","), digits.allSatisfy(\.isNumber) else { return nil }
            return Int(digits)
        }
        return numberWords[folded]
    }

    /// The index of the last token of a people noun right after a number (allowing one
    /// adjective word before it: «6 người nghiện», «3 trường hợp»); `strict` (number words,
    /// which double as articles) only accepts nouns that are sensitive by themselves.
    static func peopleNoun(_ folded: [String], after i: Int, strict: Bool) -> Int? {
        func matches(_ noun: String, at j: Int) -> Int? {
            let parts = noun.split(separator: " ").map(String.init)
            guard j + parts.count <= folded.count, Array(folded[j..<(j + parts.count)]) == parts else { return nil }
            return j + parts.count - 1
        }
        for noun in sensitiveNouns { if let e = matches(noun, at: i + 1) { return e } }
        guard !strict else { return nil }
        for noun in peopleNouns { if let e = matches(noun, at: i + 1) { return e } }
        return nil
    }

    /// Sentences end at . ! ? ; (not inside a number), at a blank line, and at each line of a
    /// table or list; soft-wrapped lines of one paragraph stay one sentence.
    static func sentences(_ text: String) -> [[Token]] {
        var out: [[Token]] = []
        var current: [Token] = []
        var word = ""
        var wordLine = 1, wordColumn = 1
        var line = 1, column = 0
        var lineStart = true
        var lineIsBlock = false
        let chars = Array(text)
        func flush() {
            if !word.isEmpty { current.append(Token(text: word, line: wordLine, column: wordColumn)); word = "" }
        }
        func end() {
            flush()
            if !current.isEmpty { out.append(current); current = [] }
        }
        for (i, c) in chars.enumerated() {
            column += 1
            if c == "\n" {
                flush()
                let next = i + 1 < chars.count ? chars[i + 1] : "\n"
                if lineIsBlock || next == "\n" || "|-*#>".contains(next) { end() }
                line += 1
                column = 0
                lineStart = true
                continue
            }
            if lineStart, !c.isWhitespace {
                lineIsBlock = "|-*#>".contains(c)
                lineStart = false
            }
            let isPartOfNumber = (c == "." || c == ",") && !word.isEmpty && word.last!.isNumber
                && i + 1 < chars.count && chars[i + 1].isNumber
            if c.isLetter || c.isNumber || isPartOfNumber || (c == "-" && !word.isEmpty && i + 1 < chars.count && chars[i + 1].isLetter) {
                if word.isEmpty { wordLine = line; wordColumn = column }
                word.append(c)
                continue
            }
            flush()
            if ".!?;".contains(c) {
                end()
            } else if c == "%" {
                current.append(Token(text: "%", line: line, column: column))
            }
        }
        end()
        return out
    }

    static func words(_ s: String) -> [String] {
        sentences(s).flatMap { $0.map(\.text) }
    }

    /// Lowercase, no diacritics, đ → d: what staff type varies, the word does not.
    static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue
            case 0x0111: out.append("d")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
