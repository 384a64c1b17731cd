import Foundation

/// A count of people in a sensitive category written in prose: «6 người nghiện ở tổ Bến Đò»,
/// «Bến Đò 6 người», «ba đối tượng». Held to the same rules as table cells: only 0 or ≥ k, never
/// for a place below ward level, never a figure the tables hide, and no rate of such people
/// (with a known denominator a rate is the count). It cannot know every way of writing a number;
/// it catches the ways ward news writes them.
public struct ProseCountFinding: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// 1…k−1 people.
        case small
        /// Any number of people tied to a group, village or hamlet.
        case belowWard(place: String)
        /// The same number as a figure the statistics tables hide.
        case hiddenFigure
        /// A percentage of people in a sensitive category, other than 0 % and 100 %.
        case rate
    }

    public let line: Int
    public let column: Int
    /// The words as written, e.g. «6 người nghiện».
    public let phrase: String
    public let count: Int
    public let kind: Kind

    public var vi: String {
        switch kind {
        case .small: "số người nhạy cảm nhỏ «\(phrase)»: chỉ đăng 0 hoặc từ \(threshold) người trở lên; hãy bỏ con số"
        case .belowWard(let place): "số người nhạy cảm «\(phrase)» gắn với «\(place)»: không đăng số người theo tổ, thôn; chỉ nêu số của cả phường, xã"
        case .hiddenFigure: "số người «\(phrase)» trùng với một ô bảng số liệu đang được ẩn; hãy bỏ con số hoặc viết «nhiều người»"
        case .rate: "tỷ lệ người nhạy cảm «\(phrase)»: cùng một mẫu số đã biết, tỷ lệ cho ra số người; hãy đưa số liệu vào bảng statistics"
        }
    }

    public var en: String {
        switch kind {
        case .small: "small sensitive count of people «\(phrase)»: only 0 or \(threshold) and more may be published; remove the number"
        case .belowWard(let place): "sensitive count of people «\(phrase)» tied to «\(place)»: people are not counted per group or village; give the ward's figure only"
        case .hiddenFigure: "count of people «\(phrase)» equals a statistics cell that is hidden; remove the number"
        case .rate: "rate of people in a sensitive category «\(phrase)»: with a known denominator it gives the count; put the figure in the statistics sheet"
        }
    }

    let threshold: Int
}

public struct ProseCountScanner: Sendable {
    let k: Int
    let places: [[String]]
    let hiddenValues: Set<Int>

    /// `placesBelowWard`: names of groups, villages and hamlets as written («Bến Đò», «Phụ Ổ 1»);
    /// `hiddenValues`: the values of the cells the site's tables hide.
    public init(policy: SuppressionPolicy, placesBelowWard: [String], hiddenValues: Set<Int> = []) {
        k = policy.k
        places = placesBelowWard.map { ProseText.words($0) }.filter { !$0.isEmpty }
        self.hiddenValues = hiddenValues
    }

    public func scan(_ text: String) -> [ProseCountFinding] {
        var out: [ProseCountFinding] = []
        for sentence in ProseText.sentences(text) {
            let folded = sentence.map { ProseText.fold($0.text) }
            let joined = " " + folded.joined(separator: " ") + " "
            guard ProseText.sensitiveContexts.contains(where: { joined.contains(" \($0) ") }) else { continue }
            let place = placeNamed(in: sentence)
            for (i, token) in sentence.enumerated() {
                guard let n = ProseText.number(token.text, folded: folded[i]) else { continue }
                let isWord = !token.text.first!.isNumber
                if i + 1 < folded.count, folded[i + 1] == "%" || (folded[i + 1] == "phan" && i + 2 < folded.count && folded[i + 2] == "tram") {
                    if !isWord && n != 0 && n != 100 {
                        out.append(finding(token, sentence[i...min(i + 3, sentence.count - 1)], n, .rate))
                    }
                    continue
                }
                guard let nounEnd = ProseText.peopleNoun(folded, after: i, strict: isWord) else { continue }
                let phrase = sentence[i...nounEnd]
                if k > n && n >= 1 {
                    out.append(finding(token, phrase, n, .small))
                } else if n >= 1, let place {
                    out.append(finding(token, phrase, n, .belowWard(place: place)))
                } else if hiddenValues.contains(n) {
                    out.append(finding(token, phrase, n, .hiddenFigure))
                }
            }
        }
        return out
    }

    private func finding(_ at: ProseText.Token, _ words: ArraySlice<ProseText.Token>, _ n: Int, _ kind: ProseCountFinding.Kind) -> ProseCountFinding {
        ProseCountFinding(line: at.line, column: at.column, phrase: words.map(\.text).joined(separator: " "), count: n, kind: kind, threshold: k)
    }

    /// A named group, village or hamlet: one from the unit list, or «tổ / thôn / xóm / bản / ấp /
    /// khu phố» followed by a capitalised name or a number («tổ Bến Đò», «Thôn 3»).
    private func placeNamed(in sentence: [ProseText.Token]) -> String? {
        let words = sentence.map(\.text)
        for name in places where words.count >= name.count {
            for s in 0...(words.count - name.count) where Array(words[s..<(s + name.count)]) == name {
                return name.joined(separator: " ")
            }
        }
        // Diacritics matter here: «tố» (prosecute) is not «tổ» (group), «bạn» is not «bản».
        func word(_ i: Int) -> String { sentence[i].text.lowercased().precomposedStringWithCanonicalMapping }
        for i in sentence.indices {
            var j = i
            let w = word(i)
            if ["tổ", "thôn", "xóm", "bản", "ấp"].contains(w) {
                j = i + 1
                if w == "tổ", j + 1 < sentence.count, word(j) == "dân", word(j + 1) == "phố" { j += 2 }
            } else if w == "khu", i + 1 < sentence.count, ["phố", "dân"].contains(word(i + 1)) {
                j = i + 2
                if j < sentence.count, word(j) == "cư" { j += 1 }
            } else { continue }
            func named(_ k: Int) -> Bool { sentence[k].text.first.map { $0.isUppercase || $0.isNumber } ?? false }
            guard j < sentence.count, named(j) else { continue }
            while j + 1 < sentence.count, named(j + 1) { j += 1 }
            return sentence[i...j].map(\.text).joined(separator: " ")
        }
        return nil
    }
}

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
    static let peopleNouns = ["nguoi", "truong hop", "thanh nien", "thieu nien", "ho", "gia dinh", "em", "chau", "nam", "nu", "phu nu"]
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
