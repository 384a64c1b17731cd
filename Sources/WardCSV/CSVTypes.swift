/// One cell as the reader saw it. `line` and `column` are where the cell starts (for a quoted
/// cell: its opening quote), so the pipeline can point staff at the exact spot in the file.
public struct CSVField: Sendable, Equatable {
    public let value: String
    // Kept in 32 bits: a province's sheets hold millions of cells until the privacy guard has
    // read them, and two 64-bit positions were a third of each cell.
    private let line32: Int32
    private let column32: Int32
    /// 1-based.
    public var line: Int { Int(line32) }
    /// 1-based, counted in user-perceived characters (see `TextCursor`).
    public var column: Int { Int(column32) }

    public init(value: String, line: Int, column: Int) {
        self.value = value
        line32 = Int32(clamping: line)
        column32 = Int32(clamping: column)
    }
}

public struct CSVRecord: Sendable {
    public let fields: [CSVField]
    /// Line where the record starts; a quoted cell with line breaks makes a record span lines.
    public let line: Int
    /// Where the record's line break (or the end of the file) begins: the position given to cells
    /// the reader adds when padding a short row, so an error about such a cell points at the row's end.
    let endLine: Int
    let endColumn: Int

    public init(fields: [CSVField], line: Int) {
        let last = fields.last
        self.init(fields: fields, line: line,
                  endLine: last?.line ?? line,
                  endColumn: (last?.column ?? 1) + (last?.value.count ?? 0))
    }

    init(fields: [CSVField], line: Int, endLine: Int, endColumn: Int) {
        self.fields = fields
        self.line = line
        self.endLine = endLine
        self.endColumn = endColumn
    }
}

public struct CSVDocument: Sendable {
    /// Header cells with surrounding whitespace trimmed; trailing empty header cells (Excel's
    /// padding) are dropped.
    public let header: [CSVField]
    /// Data rows (not the header, no blank rows), each exactly `header.count` fields wide.
    public let records: [CSVRecord]
    public let delimiter: Character
    /// For a table read from a workbook, the sheet's name; its fields' `line` is then the row
    /// number and `column` the column number (1 = A), so positions render as cells («ô D7»).
    public let sheet: String?
    /// The code page the file was decoded from when it was not Unicode (Excel's default
    /// «CSV (Comma delimited)» on a Vietnamese Windows), so `check` can say so.
    public let legacyEncoding: LegacyEncoding?

    init(header: [CSVField], records: [CSVRecord], delimiter: Character, sheet: String? = nil, legacyEncoding: LegacyEncoding? = nil) {
        self.header = header
        self.records = records
        self.delimiter = delimiter
        self.sheet = sheet
        self.legacyEncoding = legacyEncoding
    }

    /// Shapes a sheet's rows exactly as a CSV file's: the first row is the header, trailing
    /// empty header cells go, blank rows go, short rows are padded and a filled cell beyond the
    /// header is an error. Each row must already hold one field per column, at its cell.
    public init(sheet: String, rows: [CSVRecord]) throws(CSVError) {
        let shaped = try DocumentShaping.document(from: rows, delimiter: ",")
        self.init(header: shaped.header, records: shaped.records, delimiter: ",", sheet: sheet)
    }
}

public enum LegacyEncoding: String, Sendable {
    case windows1258 = "Windows-1258"
}
