/// A template that cannot be parsed. Ward staff edit templates by hand, so the error names the
/// file and the 1-based line and column of the offending tag, in Vietnamese first.
public struct MustacheError: Error, Sendable, Equatable, CustomStringConvertible {
    public let templateName: String
    public let line: Int
    public let column: Int
    public let vi: String
    public let en: String

    /// For a closing tag that does not match the scope it closes: that scope's opening tag.
    /// When it names a template that does not exist («{{<basee}}» closed by «{{/base}}»), the
    /// caller, which knows the template names, can report the misspelt name as the cause.
    public let mismatchedOpener: Opener?

    public struct Opener: Sendable, Equatable {
        public let name: String
        /// `{{<name}}`: a parent template, whose name must exist.
        public let isParent: Bool
        public let line: Int
        public let column: Int
    }

    public init(templateName: String, line: Int, column: Int, vi: String, en: String, mismatchedOpener: Opener? = nil) {
        self.templateName = templateName
        self.line = line
        self.column = column
        self.vi = vi
        self.en = en
        self.mismatchedOpener = mismatchedOpener
    }

    public var description: String {
        "\(templateName):\(line):\(column): \(vi) (\(en))"
    }
}

/// The parser tracks positions as UTF-8 byte offsets (cheap while scanning) and converts one to
/// a line and column only when it actually reports an error.
struct SourcePosition {
    let line: Int
    let column: Int

    /// Columns count characters, not bytes, so that "Phường" before a tag counts as 6, as an
    /// editor shows it.
    init(offset: Int, in bytes: [UInt8]) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let before = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self)
        self.line = line
        self.column = before.count + 1
    }
}

extension SourcePosition {
    /// Positions of many offsets (ascending) in one pass over the text, rather than one pass
    /// each: a template may hold thousands of tags.
    static func positions(of offsets: [Int], in bytes: [UInt8]) -> [SourcePosition] {
        var result: [SourcePosition] = []
        result.reserveCapacity(offsets.count)
        var line = 1
        var column = 1
        var scanned = 0
        for offset in offsets {
            let end = min(offset, bytes.count)
            var segmentStart = scanned
            for index in scanned..<max(scanned, end) where bytes[index] == UInt8(ascii: "\n") {
                line += 1
                column = 1
                segmentStart = index + 1
            }
            if segmentStart < end {
                column += String(decoding: bytes[segmentStart..<end], as: UTF8.self).count
            }
            scanned = max(scanned, end)
            result.append(SourcePosition(line: line, column: column))
        }
        return result
    }

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

