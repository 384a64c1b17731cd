/// Splits a template's source into text and tags, following set-delimiter tags, and checks that
/// sections, parents and blocks nest properly so that later stages can rely on it.
struct Scanner {
    let bytes: [UInt8]
    let name: String
    private var openDelimiter: [UInt8] = Array("{{".utf8)
    private var closeDelimiter: [UInt8] = Array("}}".utf8)
    /// Currently open tags, innermost last, with the offset where each one was written.
    private var open: [Tag] = []

    init(bytes: [UInt8], name: String) {
        self.bytes = bytes
        self.name = name
    }

    mutating func scan() throws(MustacheError) -> [Piece] {
        var pieces: [Piece] = []
        var position = 0
        while position < bytes.count {
            let tagStart = find(openDelimiter, from: position) ?? bytes.count
            appendText(position..<tagStart, to: &pieces)
            if tagStart == bytes.count { break }
            let tag = try scanTag(at: tagStart)
            pieces.append(.tag(tag))
            position = tag.end
        }
        if let unclosed = open.last {
            let words = unclosed.kind.scopeWords
            let shown = string(unclosed.offset..<unclosed.end)
            throw error(
                at: unclosed.offset,
                vi: "\(words.vi) \(shown) chưa được đóng",
                en: "\(words.en) \(shown)")
        }
        return pieces
    }

    private func appendText(_ range: Range<Int>, to pieces: inout [Piece]) {
        var start = range.lowerBound
        for index in range where bytes[index] == UInt8(ascii: "\n") {
            pieces.append(.text(string(start..<index + 1)))
            start = index + 1
        }
        if start < range.upperBound { pieces.append(.text(string(start..<range.upperBound))) }
    }

    private mutating func scanTag(at tagStart: Int) throws(MustacheError) -> Tag {
        var contentStart = tagStart + openDelimiter.count
        let sigil = contentStart < bytes.count ? bytes[contentStart] : 0
        var terminator = closeDelimiter
        let kind: TagKind
        switch sigil {
        case UInt8(ascii: "{"): kind = .unescaped; terminator = Array("}".utf8) + closeDelimiter
        case UInt8(ascii: "&"): kind = .unescaped
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .inverted
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        case UInt8(ascii: "="): kind = .delimiters; terminator = Array("=".utf8) + closeDelimiter
        default: kind = .escaped
        }
        if kind != .escaped { contentStart += 1 }
        // A name never spans lines or holds another tag's opening: when it seems to, the closing
        // braces were forgotten and the ones found belong to a later tag (`{{title</h1>…{{x}}`),
        // which would otherwise swallow everything in between without a word.
        let found = find(terminator, from: contentStart)
        let runsOn = kind != .comment && kind != .delimiters && found.map { end in
            let name = trimmed(contentStart..<end).utf8
            return name.contains(UInt8(ascii: "\n")) || Array(name).firstRange(of: openDelimiter) != nil
        } == true
        guard let contentEnd = found, !runsOn else {
            let shown = lineFragment(from: tagStart)
            let closing = String(decoding: terminator, as: UTF8.self)
            throw error(
                at: tagStart,
                vi: "thẻ \(shown) chưa được đóng bằng \(closing)",
                en: "tag \(shown) is not closed with \(closing)")
        }
        let tagEnd = contentEnd + terminator.count
        var tag = Tag(kind: kind, name: trimmed(contentStart..<contentEnd), offset: tagStart, end: tagEnd)
        switch kind {
        case .comment:
            tag.name = ""
        case .delimiters:
            try changeDelimiters(to: tag.name, tagStart: tagStart, tagEnd: tagEnd)
            tag.name = ""
        default:
            if tag.name.isEmpty {
                let shown = string(tagStart..<tagEnd)
                throw error(at: tagStart, vi: "thẻ \(shown) thiếu tên", en: "tag \(shown) has no name")
            }
        }
        if kind.opensScope {
            open.append(tag)
            if open.count > MustacheLimits.maxNesting {
                let shown = string(tagStart..<tagEnd)
                throw error(
                    at: tagStart,
                    vi: "thẻ \(shown) lồng quá sâu: một mẫu chỉ được lồng tối đa \(MustacheLimits.maxNesting) khối trong nhau",
                    en: "\(shown) is nested too deeply: a template may nest at most \(MustacheLimits.maxNesting) sections, parents and blocks")
            }
        }
        if kind == .close { tag.closes = try closeScope(tag) }
        return tag
    }

    /// Returns the kind of tag that `tag` closes, or throws when it closes nothing or the wrong one.
    private mutating func closeScope(_ tag: Tag) throws(MustacheError) -> TagKind {
        let shown = string(tag.offset..<tag.end)
        guard let opener = open.popLast() else {
            throw error(
                at: tag.offset,
                vi: "thẻ đóng \(shown) không có thẻ mở tương ứng",
                en: "closing tag \(shown) has no matching opening tag")
        }
        guard opener.name == tag.name else {
            let opened = string(opener.offset..<opener.end)
            let openedAt = SourcePosition(offset: opener.offset, in: bytes)
            let line = openedAt.line
            var mismatch = error(
                at: tag.offset,
                vi: "thẻ đóng \(shown) không khớp với thẻ mở \(opened) ở dòng \(line)",
                en: "closing tag \(shown) does not match \(opened) opened on line \(line)")
            mismatch = MustacheError(templateName: mismatch.templateName, line: mismatch.line, column: mismatch.column, vi: mismatch.vi, en: mismatch.en,
                                     mismatchedOpener: .init(name: opener.name, isParent: opener.kind == .parent, line: openedAt.line, column: openedAt.column))
            throw mismatch
        }
        return opener.kind
    }

    private mutating func changeDelimiters(
        to content: String, tagStart: Int, tagEnd: Int
    ) throws(MustacheError) {
        let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        // Long delimiters would make every search for a tag cost their length at each byte.
        guard parts.count == 2, !parts.contains(where: { $0.contains("=") || $0.utf8.count > 16 }) else {
            let shown = string(tagStart..<tagEnd)
            throw error(
                at: tagStart,
                vi: "thẻ đổi dấu phân cách \(shown) không hợp lệ: cần đúng hai dấu, cách nhau bởi khoảng trắng, không chứa dấu =, mỗi dấu tối đa 16 byte",
                en: "invalid set-delimiter tag \(shown): it needs exactly two delimiters, separated by whitespace, without '=', each at most 16 bytes")
        }
        openDelimiter = Array(parts[0].utf8)
        closeDelimiter = Array(parts[1].utf8)
    }

    // MARK: byte helpers

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var index = start
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first {
                var offset = 1
                while offset < needle.count, bytes[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private func trimmed(_ range: Range<Int>) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isWhitespace(bytes[lower]) { lower += 1 }
        while upper > lower, isWhitespace(bytes[upper - 1]) { upper -= 1 }
        return string(lower..<upper)
    }

    private func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }

    /// Up to the end of the line (at most 40 bytes, cut on a character boundary), for a tag that
    /// never ends.
    private func lineFragment(from offset: Int) -> String {
        var end = offset
        while end < bytes.count, end - offset < 40, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        while end < bytes.count, end > offset, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return string(offset..<end).trimmingSuffixWhitespace()
    }

    private func error(at offset: Int, vi: String, en: String) -> MustacheError {
        let position = SourcePosition(offset: offset, in: bytes)
        return MustacheError(templateName: name, line: position.line, column: position.column, vi: vi, en: en)
    }
}

extension String {
    fileprivate func trimmingSuffixWhitespace() -> String {
        var result = self
        while let last = result.last, last == " " || last == "\t" || last == "\r" { result.removeLast() }
        return result
    }
}
