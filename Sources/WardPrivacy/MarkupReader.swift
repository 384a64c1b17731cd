/// HTML, SVG and XML output as a reader (and a link) sees it: tags removed, text and the
/// attribute values a person reads or follows kept (alt, title, aria-label, content, href and
/// src with their paths and query strings), entities decoded. Geometry and machine attributes
/// are skipped. Inline tags do not split a word ("0912<b>345</b>678"); block tags do.
/// A linear scan over the bytes: the output comes from our templates, so knowing tags, quotes,
/// comments and raw-text elements is enough — no HTML parser.
enum MarkupReader {
    static let skippedAttributes: HashMap<Bool> = hashes([
        "d", "points", "viewbox", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "rx", "ry", "dx", "dy", "width",
        "height", "transform", "class", "id", "style", "integrity", "fill", "stroke", "stroke-width",
        "stroke-linecap", "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset", "stroke-opacity",
        "stroke-miterlimit", "fill-opacity", "fill-rule", "clip-rule", "clip-path", "mask", "opacity", "offset",
        "stop-color", "stop-opacity", "gradientunits", "gradienttransform", "patternunits", "preserveaspectratio",
        "font-size", "font-family", "font-weight", "text-anchor", "dominant-baseline", "version", "xmlns", "lang",
        "xml:lang", "dir", "charset", "rel", "type", "media", "sizes", "crossorigin", "loading", "decoding", "role",
        "tabindex", "colspan", "rowspan", "scope", "headers", "datetime", "aria-hidden", "aria-labelledby",
        "aria-describedby", "aria-controls", "aria-expanded", "aria-current", "aria-live", "aria-haspopup",
        "aria-selected", "aria-pressed", "aria-level", "aria-valuenow", "aria-valuemin", "aria-valuemax", "for",
        "name", "method", "target", "hidden", "focusable", "shape-rendering", "vector-effect", "pathlength",
        "cols", "rows", "maxlength", "minlength", "min", "max", "step", "autocomplete", "spellcheck", "draggable",
        "http-equiv", "property", "itemprop", "itemscope", "itemtype", "nonce", "referrerpolicy", "async",
        "defer", "media", "letter-spacing", "marker-end", "marker-start", "refx", "refy", "markerwidth",
        "markerheight", "orient", "filter", "color", "direction", "baseline-shift", "textlength", "lengthadjust",
        "start", "reversed", "value-type", "inputmode", "enterkeyhint", "accept", "translate", "hreflang", "sizes",
    ])
    static let urlAttributes: HashMap<Bool> = hashes(["href", "src", "srcset", "action", "formaction", "poster", "data", "cite",
                                                    "xlink:href", "ping", "background", "manifest"])
    static let inlineTags: HashMap<Bool> = hashes([
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "del", "ins", "tspan", "tt",
        "big", "strike", "nobr", "label", "output",
    ])
    /// The tables and names consulted on every tag, fetched once per text and passed down:
    /// each static's lazy-initialisation check (`swift_once`), made per tag, was a percent of
    /// a build.
    struct Names {
        let skipped = MarkupReader.skippedAttributes, url = MarkupReader.urlAttributes, inline = MarkupReader.inlineTags
        let br = MarkupReader.hash("br"), script = MarkupReader.hash("script"), style = MarkupReader.hash("style"),
            textarea = MarkupReader.hash("textarea"), title = MarkupReader.hash("title")
        let table = MarkupReader.hash("table"), tr = MarkupReader.hash("tr"), th = MarkupReader.hash("th"), td = MarkupReader.hash("td")
    }
    static let names = Names()

    /// Names are compared by hash so that the many tags of a page cost no allocation.
    static func hash(_ s: String) -> UInt64 { s.utf8.reduce(WordHash.seed) { WordHash.step($0, UInt32($1)) } }
    static func hashes(_ list: [String]) -> HashMap<Bool> {
        var m = HashMap<Bool>()
        for s in list { m.set(hash(s), true) }
        return m
    }

    static func read(_ r: RawText, into a: inout Analyzer) {
        let n = names
        var i = 0
        // Table columns headed by a street word ("Tuyến", "Tên đường"): their cells are streets,
        // as in the Markdown table the page was made from.
        var streets: [Bool] = []
        var column = 0
        while i < r.count {
            let c = r.b[i]
            if c == 0x3C, let (end, name) = tag(r, at: i, into: &a, n) {
                let closing = r.byte(i + 1) == 0x2F
                if name == n.table && !closing { streets = [] }
                if name == n.tr && !closing { column = 0 }
                if name == n.th && !closing, let close = r.find("</th", from: end, limit: min(r.count, end + 256)) {
                    let words = PhraseKey.words(of: String(decoding: UnsafeBufferPointer(rebasing: r.b[end..<close]), as: UTF8.self))
                    let m = a.lexicon.placeWords.longest(words, at: 0)
                    streets.append(m?.value == .street && m?.next == words.count)
                    if streets.count > 64 { streets.removeFirst() }
                }
                if name == n.td && !closing && column < streets.count && streets[column] {
                    for v in "đường ".unicodeScalars { a.put(v.value, end) }
                }
                if (name == n.td || name == n.th) && closing { column += 1 }
                i = end
                continue
            }
            if c == 0x26, let (v, end) = Entities.decode(r, at: i, limit: r.count) {
                a.put(v, i)
                i = end
                continue
            }
            let (v, n) = r.scalar(i)
            a.put(v, i)
            i += n
        }
        a.cut()
    }

    /// Handles the tag at `k` ("<"): where it ends and its lower-cased name's hash (that of ""
    /// for comments, CDATA and declarations); nil when it is a literal "<".
    static func tag(_ r: RawText, at k: Int, into a: inout Analyzer, _ n: Names) -> (end: Int, name: UInt64)? {
        let none = WordHash.seed
        if r.has("<!--", at: k) {
            let close = r.find("-->", from: k + 4) ?? r.count
            a.cut()
            r.emit((k + 4)..<close, into: &a, entities: false)
            a.cut()
            return (min(r.count, close + 3), none)
        }
        if r.has("<![cdata[", at: k) {
            let close = r.find("]]>", from: k + 9) ?? r.count
            a.cut()
            r.emit((k + 9)..<close, into: &a, entities: false)
            a.cut()
            return (min(r.count, close + 3), none)
        }
        let b1 = r.byte(k + 1)
        if b1 == 0x21 || b1 == 0x3F {
            return ((r.find(">", from: k + 2) ?? r.count - 1) + 1, none)
        }
        let closing = b1 == 0x2F
        var j = k + (closing ? 2 : 1)
        let nameStart = j
        while j < r.count, isNameByte(r.b[j]) { j += 1 }
        guard j > nameStart, Letters.isASCIILetter(UInt32(r.b[nameStart])) else { return nil }
        let name = lowerHash(r, nameStart..<j)
        if name == n.br {
            a.put(0x20, k)
        } else if !n.inline.contains(name) {
            a.cut()
        }
        let end = attributes(r, from: j, into: &a, closing: closing, n)
        if !closing && (name == n.script || name == n.style || name == n.textarea || name == n.title) {
            let closeTag = name == n.script ? r.find("</script", from: end) : name == n.style ? r.find("</style", from: end)
                : name == n.textarea ? r.find("</textarea", from: end) : r.find("</title", from: end)
            let stop = closeTag ?? r.count
            a.cut()
            if name == n.script || name == n.style {
                let wasCode = a.isCode
                a.isCode = true
                PlainReader.read(RawText(b: UnsafeBufferPointer(rebasing: r.b[end..<stop])), into: &a, format: .code, base: end)
                a.isCode = wasCode
            } else {
                r.emit(end..<stop, into: &a, entities: true)
            }
            a.cut()
            return (stop, name)
        }
        return (end, name)
    }

    /// Reads attributes up to ">", putting the readable values each in its own segment.
    private static func attributes(_ r: RawText, from start: Int, into a: inout Analyzer, closing: Bool, _ n: Names) -> Int {
        var j = start
        while j < r.count {
            let c = r.b[j]
            if c == 0x3E { return j + 1 }
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x2F { j += 1; continue }
            let nameStart = j
            while j < r.count, !(r.b[j] == 0x3D || r.b[j] == 0x3E || r.b[j] == 0x20 || r.b[j] == 0x09 || r.b[j] == 0x0A
                                  || r.b[j] == 0x0D || (r.b[j] == 0x2F && r.byte(j + 1) == 0x3E)) { j += 1 }
            let attr = lowerHash(r, nameStart..<j)
            let xmlns = r.has("xmlns", at: nameStart) || r.has("data-v", at: nameStart)
            while j < r.count && (r.b[j] == 0x20 || r.b[j] == 0x0A || r.b[j] == 0x09 || r.b[j] == 0x0D) { j += 1 }
            guard j < r.count, r.b[j] == 0x3D else { continue }
            j += 1
            while j < r.count && (r.b[j] == 0x20 || r.b[j] == 0x0A || r.b[j] == 0x09 || r.b[j] == 0x0D) { j += 1 }
            guard j < r.count else { break }
            let value: Range<Int>
            if r.b[j] == 0x22 || r.b[j] == 0x27 {
                let q = r.b[j]
                var e = j + 1
                while e < r.count && r.b[e] != q { e += 1 }
                value = (j + 1)..<e
                j = min(r.count, e + 1)
            } else {
                var e = j
                while e < r.count && !(r.b[e] == 0x20 || r.b[e] == 0x3E || r.b[e] == 0x09 || r.b[e] == 0x0A) { e += 1 }
                value = j..<e
                j = e
            }
            guard !closing, !value.isEmpty, !n.skipped.contains(attr), !xmlns else { continue }
            let isURL = n.url.contains(attr) || r.has("http", at: value.lowerBound) || r.byte(value.lowerBound) == 0x2F
            a.cut()
            if isURL { a.beginPath() }
            r.emit(value, into: &a, entities: true)
            if isURL { a.endPath() }
            a.cut()
        }
        return j
    }

    @inline(__always) private static func isNameByte(_ c: UInt8) -> Bool {
        (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x3A || c == 0x5F
    }

    private static func lowerHash(_ r: RawText, _ range: Range<Int>) -> UInt64 {
        var h = WordHash.seed
        for k in range {
            let c = r.b[k]
            h = WordHash.step(h, UInt32(c >= 0x41 && c <= 0x5A ? c | 0x20 : c))
        }
        return h
    }
}
