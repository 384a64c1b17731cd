/// Applies the spec's standalone-line rule: a line holding only whitespace and a tag that prints
/// nothing (section, comment, partial, …) disappears entirely, so that templates can put such tags
/// on their own lines without leaving blank lines in the output.
///
/// Inheritance tags may share such a line (`{{<layout}}{{$body}}`), because the spec lets a parent
/// and its first block, or a block's open and close, stand alone together.
enum LineFolder {
    static func fold(_ pieces: [Piece]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(pieces.count + pieces.count / 2)
        var line: [Piece] = []
        for piece in pieces {
            line.append(piece)
            if case .text(let text) = piece, text.utf8.last == UInt8(ascii: "\n") {
                foldLine(line, into: &tokens)
                line.removeAll(keepingCapacity: true)
            }
        }
        if !line.isEmpty { foldLine(line, into: &tokens) }
        return tokens
    }

    private static func foldLine(_ line: [Piece], into tokens: inout [Token]) {
        guard let standalone = standaloneParts(of: line) else {
            tokens.append(.lineStart)
            for piece in line {
                switch piece {
                case .text(let text): tokens.append(.text(text))
                case .tag(let tag): tokens.append(.tag(tag))
                }
            }
            return
        }
        for var tag in standalone.tags {
            tag.standaloneIndent = standalone.indent
            tokens.append(.tag(tag))
        }
        // An empty block written on one line keeps its newline (spec: "Standalone block"), since
        // its closing tag does not stand alone by itself.
        if standalone.tags.count == 2, standalone.tags[0].kind == .block,
            standalone.tags[1].closes == .block, !standalone.lineEnd.isEmpty
        {
            tokens.append(.text(standalone.lineEnd))
        }
    }

    /// The tags of a standalone line with its leading whitespace and line ending, or nil when the
    /// line prints something.
    private static func standaloneParts(
        of line: [Piece]
    ) -> (indent: String, tags: [Tag], lineEnd: String)? {
        var first = 0
        var last = line.count
        var indent = ""
        if case .text(let text) = line[0], isBlank(text) {
            indent = text
            first = 1
        }
        var lineEnd = ""
        if last > first, case .text(let text) = line[last - 1], let ending = lineEnding(ofBlank: text) {
            lineEnd = ending
            last -= 1
        }
        guard first < last else { return nil }
        var tags: [Tag] = []
        for piece in line[first..<last] {
            guard case .tag(let tag) = piece, tag.kind.canStandAlone else { return nil }
            tags.append(tag)
        }
        guard tags.count == 1 || tags.allSatisfy(\.isInheritance) else { return nil }
        return (indent, tags, lineEnd)
    }

    /// Spaces and tabs only.
    static func isBlank<S: StringProtocol>(_ text: S) -> Bool {
        text.utf8.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    /// For text made of spaces and tabs and an optional "\n" or "\r\n", the line ending ("" when
    /// there is none); nil for any other text.
    private static func lineEnding(ofBlank text: String) -> String? {
        // Bytes, not Characters: Swift treats "\r\n" as one Character.
        let bytes = Array(text.utf8)
        var end = bytes.count
        var ending = ""
        if end > 0, bytes[end - 1] == UInt8(ascii: "\n") {
            end -= 1
            ending = "\n"
            if end > 0, bytes[end - 1] == UInt8(ascii: "\r") {
                end -= 1
                ending = "\r\n"
            }
        }
        return bytes.prefix(end).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            ? ending : nil
    }
}
