import WardCSV

/// Turns a worksheet into the document the CSV loaders already consume, with each field at its
/// cell (line = row, column = column number), so everything downstream — schema allowlist,
/// privacy scan, every loader's checks — treats a sheet exactly like a CSV file.
///
/// Spreadsheet layouts a CSV cannot have are handled as a reader would see them:
/// - leading empty rows and columns, and fully empty columns, are skipped;
/// - a title row above the header (one merged cell across several columns) is skipped;
/// - a merged cell's value stands in every cell it covers, so a header merged over two rows
///   (`A1:A2` «Mã tổ» beside `B1:G1` «Tiêu chí» over TC1…TC6) names its column once, and a
///   value merged down several data rows belongs to each of them;
/// - a header cell merged across several columns leaves them without their own names, which is
///   refused with the range, as is a column that holds data under an empty header cell.
extension Worksheet {
    /// Merged ranges larger than this many cells (beyond the filled area) are refused: a range
    /// like A1:XFD1048576 must not turn into seventeen billion cells.
    static let maxMergedCells = 2_000_000
    static let maxColumns = 1_000

    public func document() throws(XLSXError) -> CSVDocument {
        var grid = SheetGrid(cells: cells)
        try grid.fill(merges, sheet: name, limit: Self.maxMergedCells)
        guard var top = grid.rows.first else {
            throw layout(nil, vi: "trang tính trống: không có dòng tiêu đề.", en: "the sheet is empty: there is no header row.")
        }
        while let title = titleRange(top, grid), let next = grid.rows.first(where: { $0 > title.last.row }) { top = next }
        let bottom = merges.filter { $0.first.row == top }.map(\.last.row).max() ?? top
        let columns = grid.columns(from: top)
        guard columns.count <= Self.maxColumns else {
            throw layout(nil, vi: "trang tính có quá nhiều cột (\(columns.count)).", en: "the sheet has too many columns (\(columns.count)).")
        }

        var header: [CSVField] = []
        for column in columns {
            let named = (top...bottom).reversed().lazy.compactMap { grid.entry(CellReference(row: $0, column: column)) }.first
            guard let named else {
                let first = grid.rows.first { $0 > bottom && grid.entry(CellReference(row: $0, column: column)) != nil } ?? bottom
                let cell = CellReference(row: bottom, column: column)
                throw layout(cell, vi: "cột \(CellReference.letters(column)) có dữ liệu (từ ô \(CellReference(row: first, column: column))) nhưng ô tiêu đề \(cell) trống; hãy đặt tên cột hoặc xóa dữ liệu thừa.",
                             en: "column \(CellReference.letters(column)) holds data (from cell \(CellReference(row: first, column: column))) but its header cell \(cell) is empty; name the column or remove the stray data.")
            }
            if let range = named.merge, range.first.column != range.last.column {
                throw layout(range.first, vi: "ô tiêu đề \(range) được gộp nên các cột \(CellReference.letters(range.first.column))–\(CellReference.letters(range.last.column)) không có tên riêng; hãy bỏ gộp ô và đặt tên cho từng cột.",
                             en: "header cell \(range) is merged, so columns \(CellReference.letters(range.first.column))–\(CellReference.letters(range.last.column)) have no name of their own; unmerge it and name each column.")
            }
            header.append(CSVField(value: named.value, line: named.origin.row, column: named.origin.column))
        }

        var rows = [CSVRecord(fields: header, line: top)]
        for row in grid.rows where row > bottom {
            let fields = columns.map { column in
                CSVField(value: grid.entry(CellReference(row: row, column: column))?.value ?? "", line: row, column: column)
            }
            rows.append(CSVRecord(fields: fields, line: row))
        }
        do {
            return try CSVDocument(sheet: name, rows: rows)
        } catch {
            throw layout(CellReference(row: error.line, column: error.column), vi: error.vi, en: error.en)
        }
    }

    /// The cells `document()` left out — a title row, the group labels of a two-row header — as
    /// one row of fields at their own cells, so the privacy scan reads every cell of the sheet,
    /// not only those that reach the table. Nil when every cell is in the table.
    public func cellsOutside(_ document: CSVDocument) -> CSVDocument? {
        var used = Set<CellReference>()
        for field in document.header { used.insert(CellReference(row: field.line, column: field.column)) }
        for record in document.records {
            for field in record.fields { used.insert(CellReference(row: field.line, column: field.column)) }
        }
        let rest = cells.filter { !used.contains($0.reference) && !$0.value.allSatisfy(\.isWhitespace) }
        guard let first = rest.first else { return nil }
        let fields = rest.map { CSVField(value: $0.value, line: $0.reference.row, column: $0.reference.column) }
        return try? CSVDocument(sheet: name, rows: [CSVRecord(fields: fields, line: first.reference.row)])
    }

    /// A row holding a single cell that is the corner of a merge across several columns.
    private func titleRange(_ row: Int, _ grid: SheetGrid) -> CellRange? {
        let own = cells.filter { $0.reference.row == row }
        guard own.count == 1, let range = merges.first(where: { $0.first == own[0].reference }),
              range.last.column > range.first.column else { return nil }
        return range
    }

    private func layout(_ cell: CellReference?, vi: String, en: String) -> XLSXError {
        XLSXError(.layout, sheet: name, cell: cell, vi: vi, en: en)
    }
}

/// The sheet's values by cell after merged ranges are filled, with where each value came from.
struct SheetGrid {
    struct Entry {
        let value: String
        let origin: CellReference
        let merge: CellRange?
    }

    private var entries: [CellReference: Entry] = [:]
    private(set) var rows: [Int] = []

    init(cells: [Worksheet.Cell]) {
        entries.reserveCapacity(cells.count)
        for cell in cells where !cell.value.isEmpty {
            entries[cell.reference] = Entry(value: cell.value, origin: cell.reference, merge: nil)
        }
        rows = Array(Set(cells.filter { !$0.value.isEmpty }.map(\.reference.row))).sorted()
    }

    func entry(_ cell: CellReference) -> Entry? { entries[cell] }

    func columns(from top: Int) -> [Int] {
        Array(Set(entries.keys.filter { $0.row >= top }.map(\.column))).sorted()
    }

    /// Merges outside the filled area are cut to it: nothing is there to repeat.
    mutating func fill(_ merges: [CellRange], sheet: String, limit: Int) throws(XLSXError) {
        guard let lastRow = rows.last, let lastColumn = entries.keys.map(\.column).max() else { return }
        var budget = limit
        var newRows = Set<Int>()
        for range in merges {
            guard let corner = entries[range.first] else { continue }
            let rowEnd = min(range.last.row, lastRow), columnEnd = min(range.last.column, lastColumn)
            guard rowEnd >= range.first.row, columnEnd >= range.first.column else { continue }
            budget -= (rowEnd - range.first.row + 1) * (columnEnd - range.first.column + 1)
            guard budget >= 0 else {
                throw XLSXError(.layout, sheet: sheet, cell: range.first,
                    vi: "trang tính có vùng ô gộp quá lớn (\(range)); hãy bỏ gộp ô.", en: "the sheet has too large a merged range (\(range)); unmerge it.")
            }
            let filled = Entry(value: corner.value, origin: range.first, merge: range)
            for row in range.first.row...rowEnd {
                for column in range.first.column...columnEnd {
                    entries[CellReference(row: row, column: column)] = filled
                }
                newRows.insert(row)
            }
        }
        rows = Array(Set(rows).union(newRows)).sorted()
    }
}
