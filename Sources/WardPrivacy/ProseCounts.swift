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
