import WardCSV

/// A sheet's cells as the input scan reads them, packed: every value's UTF-8 back to back in
/// one buffer and 12 bytes of place per cell. A province's three monthly sheets are 4 million
/// cells; held as parsed documents (a `String` and an array per row) until the scan, they were
/// the build's largest allocation, several times the size of the files themselves.
public struct SourceTable: Sendable {
    public let file: String
    /// For a workbook's table, the sheet's name: positions are then cells («ô D7»).
    public let sheet: String?
    public let legacyEncoding: LegacyEncoding?
    private let text: [UInt8]
    private let cells: [Cell]
    /// Where each row ends in `cells`; row 0 is the header.
    private let rowEnds: [UInt32]

    private struct Cell: Sendable {
        let end: UInt32
        let line: Int32
        let column: Int32
    }

    init(file: String, document: CSVDocument) {
        self.file = file
        sheet = document.sheet
        legacyEncoding = document.legacyEncoding
        var text: [UInt8] = [], cells: [Cell] = [], rowEnds: [UInt32] = []
        cells.reserveCapacity(document.header.count * (document.records.count + 1))
        rowEnds.reserveCapacity(document.records.count + 1)
        func add(_ fields: [CSVField]) {
            for f in fields {
                text.append(contentsOf: f.value.utf8)
                cells.append(Cell(end: UInt32(text.count), line: Int32(clamping: f.line), column: Int32(clamping: f.column)))
            }
            rowEnds.append(UInt32(cells.count))
        }
        add(document.header)
        for r in document.records { add(r.fields) }
        self.text = text
        self.cells = cells
        self.rowEnds = rowEnds
    }

    /// Data rows, not counting the header.
    var recordCount: Int { rowEnds.count - 1 }

    /// The cells of row `row` (0 = header), as indices for `withCell`.
    func cells(ofRow row: Int) -> Range<Int> {
        (row == 0 ? 0 : Int(rowEnds[row - 1]))..<Int(rowEnds[row])
    }

    /// Cell `index`'s value (UTF-8) and place.
    func withCell<R>(_ index: Int, _ body: (_ value: UnsafeBufferPointer<UInt8>, _ line: Int, _ column: Int) -> R) -> R {
        let c = cells[index]
        let start = index == 0 ? 0 : Int(cells[index - 1].end)
        return text.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<Int(c.end)]), Int(c.line), Int(c.column)) }
    }

    /// Every non-empty cell's value with its place, header first.
    func forEachValue(_ body: (_ value: String, _ line: Int, _ column: Int) -> Void) {
        for i in cells.indices {
            withCell(i) { value, line, column in
                if !value.isEmpty { body(String(decoding: value, as: UTF8.self), line, column) }
            }
        }
    }
}
