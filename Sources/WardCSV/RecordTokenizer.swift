/// The RFC 4180 state machine: one forward pass over the text's Unicode scalars, slicing cell
/// values out of the original storage rather than building them scalar by scalar.
///
/// Beyond the RFC it accepts what Excel and LibreOffice write or tolerate: LF, CRLF and lone CR
/// line ends (inside quotes they are kept verbatim), fully empty lines (skipped), and text after
/// a closing quote (`"Nguyễn" Văn A`), which is appended to the cell as Excel does.
struct RecordTokenizer {
    private let scalars: String.UnicodeScalarView
    /// The same text's bytes, for the run of printable ASCII that most cells are: stepped over a
    /// byte at a time without decoding a scalar (the indices are shared with `scalars`).
    private let bytes: String.UTF8View
    private let delimiter: Unicode.Scalar
    private var index: String.Index
    private var position = TextCursor()

    init(text: String, delimiter: Character) {
        precondition(delimiter.unicodeScalars.count == 1 && !["\"", "\r", "\n"].contains(delimiter),
                     "a CSV delimiter must be one scalar other than a quote or a line break")
        self.scalars = text.unicodeScalars
        self.bytes = text.utf8
        self.delimiter = delimiter.unicodeScalars.first!
        self.index = scalars.startIndex
        // A BOM left in by whoever decoded the text is not part of the first header cell.
        if index < scalars.endIndex && scalars[index] == "\u{FEFF}" { index = scalars.index(after: index) }
    }

    mutating func records() throws(CSVError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [CSVField] = []
        var recordLine = 1
        var afterDelimiter = false
        while index < scalars.endIndex {
            let first = scalars[index]
            if fields.isEmpty && isLineBreak(first) {
                try consumeLineBreak()  // a fully empty line is no record at all
                continue
            }
            if fields.isEmpty { recordLine = position.line }
            fields.append(first == "\"" ? try quotedField() : try unquotedField())
            afterDelimiter = false
            guard index < scalars.endIndex else { break }
            if scalars[index] == delimiter {
                try advance()
                afterDelimiter = true
                continue
            }
            records.append(CSVRecord(fields: fields, line: recordLine, endLine: position.line, endColumn: position.column))
            fields.removeAll(keepingCapacity: true)
            try consumeLineBreak()
        }
        if afterDelimiter {
            // "a,b," at the very end of the file still has a third, empty cell.
            fields.append(CSVField(value: "", line: position.line, column: position.column))
        }
        if !fields.isEmpty {
            records.append(CSVRecord(fields: fields, line: recordLine, endLine: position.line, endColumn: position.column))
        }
        return records
    }

    private mutating func unquotedField() throws(CSVError) -> CSVField {
        let line = position.line, column = position.column
        let start = index
        while index < scalars.endIndex {
            // Printable ASCII is no control character, no byte order mark and one column wide:
            // what `advance` would conclude, without decoding.
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F && UInt32(byte) != delimiter.value {
                position.advanceOverPrintableASCII()
                bytes.formIndex(after: &index)
                continue
            }
            if endsUnquotedText(scalars[index]) { break }
            try advance()
        }
        return CSVField(value: String(scalars[start..<index]), line: line, column: column)
    }

    private mutating func quotedField() throws(CSVError) -> CSVField {
        let line = position.line, column = position.column
        try advance()  // the opening quote
        var value = String.UnicodeScalarView()
        var segmentStart = index
        while true {
            guard index < scalars.endIndex else { throw CSVError.unterminatedQuote(line: line, column: column) }
            guard scalars[index] == "\"" else {
                try advance()
                continue
            }
            value.append(contentsOf: scalars[segmentStart..<index])
            try advance()
            guard index < scalars.endIndex && scalars[index] == "\"" else { break }
            try advance()  // a doubled quote stands for one literal quote, which the next segment starts with
            segmentStart = scalars.index(before: index)
        }
        let tailStart = index
        while index < scalars.endIndex && !endsUnquotedText(scalars[index]) { try advance() }
        value.append(contentsOf: scalars[tailStart..<index])
        return CSVField(value: String(value), line: line, column: column)
    }

    private func endsUnquotedText(_ scalar: Unicode.Scalar) -> Bool {
        scalar == delimiter || isLineBreak(scalar)
    }

    private func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r"
    }

    /// Consumes LF, CR or CRLF as one line break.
    private mutating func consumeLineBreak() throws(CSVError) {
        let wasCR = scalars[index] == "\r"
        try advance()
        if wasCR && index < scalars.endIndex && scalars[index] == "\n" { try advance() }
    }

    /// Every scalar of the text passes here, so this is where invisible characters are caught:
    /// a control character or a byte order mark inside a cell would be published as part of a
    /// name or a number and make it differ from the same text typed cleanly.
    private mutating func advance() throws(CSVError) {
        let scalar = scalars[index]
        if scalar.value < 0x20 ? !isAllowedControl(scalar) : (0x7F...0x9F).contains(scalar.value) {
            throw CSVError.controlCharacter(scalar, at: position)
        }
        if scalar == "\u{FEFF}" { throw CSVError.strayByteOrderMark(at: position) }
        position.advance(over: scalar)
        scalars.formIndex(after: &index)
    }

    private func isAllowedControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\n" || scalar == "\r"
    }
}
