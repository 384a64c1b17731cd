/// Measures and removes the indentation shared by the lines of a block's content, at token level,
/// before the block's nodes are built. Outer blocks are handled before inner ones, so an inner
/// block measures what remains after its enclosing block was dedented, which makes nested blocks
/// keep their indentation relative to the enclosing one.
enum Indentation {
    /// The longest run of spaces and tabs that starts every non-blank line in `range`.
    static func common(in tokens: [Token], _ range: Range<Int>) -> String {
        var shared: [UInt8]?
        func include<S: StringProtocol>(_ indent: S) {
            let bytes = Array(indent.utf8)
            guard let current = shared else {
                shared = bytes
                return
            }
            var length = 0
            while length < min(current.count, bytes.count), current[length] == bytes[length] { length += 1 }
            shared = Array(current.prefix(length))
        }
        for index in range {
            switch tokens[index] {
            case .lineStart:
                if let indent = lineIndent(after: index, in: tokens, range) { include(indent) }
            case .tag(let tag):
                if let indent = tag.standaloneIndent { include(indent) }
            case .text:
                break
            }
            if shared?.isEmpty == true { return "" }
        }
        return String(decoding: shared ?? [], as: UTF8.self)
    }

    /// Strips `indent` (or as much of it as is there) from the start of every line in `range`.
    static func remove(_ indent: String, from tokens: inout [Token], _ range: Range<Int>) {
        for index in range {
            switch tokens[index] {
            case .lineStart where index + 1 < range.upperBound:
                if case .text(let text) = tokens[index + 1] {
                    tokens[index + 1] = .text(dropping(indent, from: text))
                }
            case .tag(var tag) where tag.standaloneIndent != nil:
                tag.standaloneIndent = dropping(indent, from: tag.standaloneIndent!)
                tokens[index] = .tag(tag)
            default:
                break
            }
        }
    }

    /// The leading whitespace of the line beginning at `index`, or nil when that line is blank
    /// (blank lines do not limit the common indentation, as in Python's textwrap.dedent).
    private static func lineIndent(after index: Int, in tokens: [Token], _ range: Range<Int>) -> Substring? {
        guard index + 1 < range.upperBound else { return nil }
        guard case .text(let text) = tokens[index + 1] else { return "" }
        let indentEnd = text.utf8.firstIndex { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
        guard let indentEnd else {
            // Whitespace then a tag counts; whitespace then the block's end does not.
            return index + 2 < range.upperBound ? Substring(text) : nil
        }
        let rest = text[indentEnd...]
        if rest == "\n" || rest == "\r\n" { return nil }
        return text[..<indentEnd]
    }

    private static func dropping(_ indent: String, from text: String) -> String {
        var shared = 0
        for (a, b) in zip(indent.utf8, text.utf8) {
            guard a == b else { break }
            shared += 1
        }
        return String(decoding: text.utf8.dropFirst(shared), as: UTF8.self)
    }
}
