/// An error meant for ward staff: Vietnamese first, English second, and where in the file it is.
public struct CSVError: Error, Sendable, CustomStringConvertible {
    /// 1-based.
    public let line: Int
    /// 1-based, counted in characters like `CSVField.column`.
    public let column: Int
    public let vi: String
    public let en: String
    /// Lets callers and tests react to the cause without parsing message text.
    public let kind: Kind

    public enum Kind: Sendable, Equatable {
        /// Bytes that are not UTF-8; `suspected` is the best guess at what they are instead.
        case notUTF8(suspected: SuspectedEncoding)
        /// A file with a UTF-16 byte order mark whose content is not valid UTF-16.
        case invalidUTF16
        /// A NUL byte: never part of a text CSV, usually UTF-16 saved without its byte order mark.
        case nulByte
        case unterminatedQuote
        case tooManyFields
        /// A row shorter than the header in a file whose other rows spell out empty cells.
        case tooFewFields
        case emptyFile
        case emptyHeader
        /// A C0 or C1 control character other than tab, CR and LF (`value` is its code point).
        case controlCharacter(UInt32)
        /// U+FEFF anywhere but at the very start of the file.
        case strayByteOrderMark
    }

    public init(line: Int, column: Int, vi: String, en: String, kind: Kind) {
        self.line = line
        self.column = column
        self.vi = vi
        self.en = en
        self.kind = kind
    }

    public var description: String {
        "dòng \(line), cột \(column): \(vi) | line \(line), column \(column): \(en)"
    }
}

/// What a non-UTF-8 file most likely is. Only the Vietnamese legacy encodings are named because
/// those are what ward computers still produce; anything else is `unknown`.
public enum SuspectedEncoding: Sendable, Equatable {
    case windows1258
    case tcvn3
    /// Evidence for both, neither clearly ahead.
    case windows1258OrTCVN3
    case unknown
}
