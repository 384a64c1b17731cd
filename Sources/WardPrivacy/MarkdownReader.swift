/// Source Markdown as a reader sees it once rendered: emphasis (`**`, `_`, `~~`), code-span
/// backticks, backslash escapes and hard line breaks do not split a word ("0912**345**678");
/// link text, image alt text, link targets and titles are text; a paragraph's lines are one
/// segment; headings, list items, table cells and front-matter lines are segments of their own.
struct MarkdownReader {
    let r: RawText

    static func read(_ r: RawText, into a: inout Analyzer) {
        MarkdownReader(r: r).run(into: &a)
    }

    private func lineEnd(_ i: Int) -> Int {
        var e = i
        while e < r.count && r.b[e] != 0x0A && r.b[e] != 0x0D { e += 1 }
        return e
    }

    private func next(_ e: Int) -> Int {
        if e < r.count && r.b[e] == 0x0D { return e + 1 < r.count && r.b[e + 1] == 0x0A ? e + 2 : e + 1 }
        return e + 1
    }

    private func isBlank(_ range: Range<Int>) -> Bool {
        range.allSatisfy { r.b[$0] == 0x20 || r.b[$0] == 0x09 }
    }

    /// Only `c` (and spaces), at least three times: "---", "***", "===".
    private func isRule(_ range: Range<Int>) -> Bool {
        guard let first = range.first(where: { r.b[$0] != 0x20 }) else { return false }
        let c = r.b[first]
        guard c == 0x2D || c == 0x2A || c == 0x5F || c == 0x3D else { return false }
        var n = 0
        for k in range {
            if r.b[k] == c { n += 1 } else if r.b[k] != 0x20 { return false }
        }
        return n >= 3
    }

    func run(into a: inout Analyzer) {
        var i = 0
        var frontMatter = r.has("---", at: 0) && isRule(0..<lineEnd(0))
        var fence: UInt8 = 0
        var inParagraph = false
        var first = true
        // Table columns headed by a street word ("Tuyến", "Tên đường"): their cells are streets.
        var streetColumns: [Bool]?
        while i < r.count {
            let e = lineEnd(i)
            let line = i..<e
            defer {
                i = next(e)
                first = false
            }
            if frontMatter {
                if !first && isRule(line) { frontMatter = false }
                if !isRule(line) { PlainReader.read(RawText(b: UnsafeBufferPointer(rebasing: r.b[line])), into: &a, format: .plain, base: i) }
                a.cut()
                continue
            }
            var k = i
            while k < e && k - i < 4 && r.b[k] == 0x20 { k += 1 }
            if fence != 0 {
                if r.has("```", at: k) && fence == 0x60 || r.has("~~~", at: k) && fence == 0x7E {
                    fence = 0
                } else {
                    PlainReader.read(RawText(b: UnsafeBufferPointer(rebasing: r.b[line])), into: &a, format: .plain, base: i)
                }
                a.cut()
                continue
            }
            if isBlank(line) || isRule(line) {
                a.cut()
                inParagraph = false
                streetColumns = nil
                continue
            }
            if r.has("```", at: k) || r.has("~~~", at: k) {
                fence = r.b[k]
                a.cut()
                inParagraph = false
                continue
            }
            // Block markers: quotes, headings, list items. Each starts a new segment.
            var block = false
            while k < e && r.b[k] == 0x3E {
                k += 1
                if k < e && r.b[k] == 0x20 { k += 1 }
            }
            var h = k
            while h < e && h - k < 6 && r.b[h] == 0x23 { h += 1 }
            let heading = h > k && (h == e || r.b[h] == 0x20)
            if heading {
                k = h
                block = true
            } else if k + 1 < e, r.b[k] == 0x2D || r.b[k] == 0x2A || r.b[k] == 0x2B, r.b[k + 1] == 0x20 {
                k += 2
                block = true
            } else {
                var d = k
                while d < e && d - k < 9 && r.b[d] >= 0x30 && r.b[d] <= 0x39 { d += 1 }
                if d > k, d + 1 < e, r.b[d] == 0x2E || r.b[d] == 0x29, r.b[d + 1] == 0x20 {
                    k = d + 2
                    block = true
                }
            }
            if !block && k < e && r.b[k] == 0x7C {
                if streetColumns == nil, isDelimiterRow(next(e)) { streetColumns = headerStreets(k..<e, a: a) }
                tableRow(k..<e, streets: streetColumns ?? [], into: &a)
                inParagraph = false
                continue
            }
            streetColumns = nil
            if block || !inParagraph { a.cut() }
            inline(k..<e, into: &a)
            if heading {
                a.cut()
                inParagraph = false
            } else {
                // A soft or hard line break inside a paragraph reads as a space.
                a.put(0x20, e)
                inParagraph = true
            }
        }
        a.cut()
    }

    /// "|---|:--:|": the line under a table's header.
    private func isDelimiterRow(_ i: Int) -> Bool {
        guard i < r.count else { return false }
        let line = i..<lineEnd(i)
        return line.contains { r.b[$0] == 0x2D } && line.allSatisfy { [0x7C, 0x2D, 0x3A, 0x20, 0x09].contains(r.b[$0]) }
    }

    /// The cells of a row, split at unescaped "|".
    private func cells(_ range: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = range.lowerBound + 1
        var k = start
        while k < range.upperBound {
            if r.b[k] == 0x5C { k += 2; continue }
            if r.b[k] == 0x7C {
                out.append(start..<k)
                start = k + 1
            }
            k += 1
        }
        if start < range.upperBound, !isBlank(start..<range.upperBound) { out.append(start..<range.upperBound) }
        return out
    }

    private func headerStreets(_ range: Range<Int>, a: Analyzer) -> [Bool] {
        cells(range).map { cell in
            let words = PhraseKey.words(of: String(decoding: UnsafeBufferPointer(rebasing: r.b[cell]), as: UTF8.self))
            guard let m = a.lexicon.placeWords.longest(words, at: 0), m.value == .street else { return false }
            return m.next == words.count
        }
    }

    /// Each cell is a segment of its own; under a street header it reads as "đường <cell>".
    private func tableRow(_ range: Range<Int>, streets: [Bool], into a: inout Analyzer) {
        for (column, cell) in cells(range).enumerated() {
            a.cut()
            if column < streets.count && streets[column] {
                for v in "đường ".unicodeScalars { a.put(v.value, cell.lowerBound) }
            }
            inline(cell, into: &a)
        }
        a.cut()
    }

    private func inline(_ range: Range<Int>, into a: inout Analyzer) {
        var k = range.lowerBound
        let end = range.upperBound
        // "[ref]: https://…" link definitions.
        if r.byte(k) == 0x5B, let close = r.find("]:", from: k, limit: end) {
            inline((k + 1)..<close, into: &a)
            var u = close + 2
            while u < end && r.b[u] == 0x20 { u += 1 }
            path(u..<end, into: &a)
            return
        }
        while k < end {
            let c = r.b[k]
            switch c {
            case 0x5C:
                if k + 1 < end, isASCIIPunct(r.b[k + 1]) {
                    a.put(UInt32(r.b[k + 1]), k + 1)
                    k += 2
                } else {
                    if k + 1 < end { a.put(0x5C, k) }
                    k += 1
                }
            case 0x2A, 0x7E, 0x60:
                k += 1
            case 0x5F:
                // Intraword underscores are literal ("ho_so"); flanking ones are emphasis.
                if k > range.lowerBound, k + 1 < end, isWordByte(r.b[k - 1]), isWordByte(r.b[k + 1]) { a.put(0x5F, k) }
                k += 1
            case 0x21 where r.byte(k + 1) == 0x5B:
                k += 2
            case 0x5B:
                k += 1
            case 0x5D:
                k = afterBracket(k, end: end, into: &a)
            case 0x3C:
                k = angle(k, end: end, into: &a)
            case 0x26:
                if let (v, n) = Entities.decode(r, at: k, limit: end) {
                    a.put(v, k)
                    k = n
                } else {
                    a.put(0x26, k)
                    k += 1
                }
            case 0x7C:
                a.cut()
                k += 1
            default:
                let (v, n) = r.scalar(k)
                a.put(v, k)
                k += n
            }
        }
    }

    /// After "]": a link target "(url "title")", a reference label "[ref]", or nothing.
    private func afterBracket(_ k: Int, end: Int, into a: inout Analyzer) -> Int {
        if r.byte(k + 1) == 0x28 {
            var u = k + 2
            while u < end && r.b[u] == 0x20 { u += 1 }
            var target = u
            var depth = 0
            if r.byte(u) == 0x3C {
                u += 1
                target = u
                while target < end && r.b[target] != 0x3E { target += 1 }
                path(u..<target, into: &a)
                target += 1
            } else {
                while target < end {
                    let c = r.b[target]
                    if c == 0x20 { break }
                    if c == 0x28 { depth += 1 }
                    if c == 0x29 {
                        if depth == 0 { break }
                        depth -= 1
                    }
                    target += 1
                }
                path(u..<target, into: &a)
            }
            var t = target
            while t < end && r.b[t] == 0x20 { t += 1 }
            if t < end, r.b[t] == 0x22 || r.b[t] == 0x27 {
                let q = r.b[t]
                var close = t + 1
                while close < end && r.b[close] != q { close += 1 }
                a.put(0x20, t)
                inline((t + 1)..<close, into: &a)
                t = close + 1
            }
            while t < end && r.b[t] != 0x29 { t += 1 }
            return min(end, t + 1)
        }
        if r.byte(k + 1) == 0x5B {
            var close = k + 2
            while close < end && r.b[close] != 0x5D { close += 1 }
            return min(end, close + 1)
        }
        return k + 1
    }

    /// "<https://…>", "<a@b.vn>", or raw HTML (read like output markup).
    private func angle(_ k: Int, end: Int, into a: inout Analyzer) -> Int {
        // Autolinks are short: the search for ">" is bounded, so a line of "<" stays linear.
        if let close = r.find(">", from: k + 1, limit: min(end, k + 2048)), r.find(" ", from: k + 1, limit: close) == nil,
           r.has("http", at: k + 1) || r.find("@", from: k + 1, limit: close) != nil {
            path((k + 1)..<close, into: &a)
            return close + 1
        }
        let b1 = r.byte(k + 1)
        // Raw HTML on one line is read like output markup; the tag must close on its line.
        if Letters.isASCIILetter(UInt32(b1)) || b1 == 0x2F || b1 == 0x21 || b1 == 0x3F,
           let close = r.find(">", from: k + 1, limit: min(end, k + 4096)) {
            let line = RawText(b: UnsafeBufferPointer(rebasing: r.b[0..<(close + 1)]))
            if let next = MarkupReader.tag(line, at: k, into: &a, MarkupReader.names)?.end { return next }
        }
        a.put(0x3C, k)
        return k + 1
    }

    /// A link target: a path segment of its own within the paragraph.
    private func path(_ range: Range<Int>, into a: inout Analyzer) {
        guard !range.isEmpty else { return }
        a.put(0x20, range.lowerBound)
        a.beginPath()
        r.emit(range, into: &a, entities: true)
        a.endPath()
        a.put(0x20, range.upperBound)
    }

    private func isASCIIPunct(_ c: UInt8) -> Bool {
        (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E)
    }

    private func isWordByte(_ c: UInt8) -> Bool {
        (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || (c >= 0x30 && c <= 0x39) || c >= 0x80
    }
}
