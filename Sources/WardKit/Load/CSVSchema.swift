import Foundation
import WardCSV
import WardLocale

/// The declared columns of one kind of sheet. Headers may be written in English or Vietnamese,
/// with or without diacritics ("Số hộ", "so_ho", "households"), because staff type them in Excel.
/// Any other column is refused: a sheet with `ho_ten` or `so_dien_thoai` must never be loaded.
struct CSVSchema: Sendable {
    struct Column: Sendable {
        let name: String
        let aliases: [String]
        let required: Bool
    }

    let columns: [Column]
    /// Extra column names allowed by the content itself (criterion codes in progress sheets).
    var dynamicColumns: [String] = []

    func bind(_ document: CSVDocument, file: String) -> (CSVTable, [Diagnostic]) {
        var index: [String: Int] = [:]
        var diagnostics: [Diagnostic] = []
        var lookup: [String: String] = [:]
        for c in columns {
            lookup[Self.normalise(c.name)] = c.name
            for a in c.aliases { lookup[Self.normalise(a)] = c.name }
        }
        for d in dynamicColumns { lookup[Self.normalise(d)] = d }
        for (i, cell) in document.header.enumerated() {
            let pos = SourcePosition(file: file, sheet: document.sheet, line: cell.line, column: cell.column)
            guard let canonical = lookup[Self.normalise(cell.value)] else {
                let allowed = (columns.map(\.name) + dynamicColumns).joined(separator: ", ")
                let personal = Self.looksPersonal(cell.value)
                diagnostics.append(Diagnostic(pos, kind: personal ? .privacy : .error,
                    vi: "cột «\(cell.value)» không được khai báo\(personal ? " — có vẻ là dữ liệu cá nhân, không được đưa vào trang" : ""); các cột hợp lệ: \(allowed)",
                    en: "column «\(cell.value)» is not declared\(personal ? " — it looks like personal data, which must not be published" : ""); valid columns: \(allowed)"))
                continue
            }
            if index[canonical] != nil {
                diagnostics.append(Diagnostic(pos, vi: "cột «\(cell.value)» bị lặp", en: "column «\(cell.value)» is repeated"))
            }
            index[canonical] = i
        }
        for c in columns where c.required && index[c.name] == nil {
            diagnostics.append(Diagnostic(CSVTable.start(of: document, file: file),
                vi: "thiếu cột bắt buộc «\(c.name)»", en: "missing required column «\(c.name)»"))
        }
        return (CSVTable(file: file, document: document, index: index), diagnostics)
    }

    static func normalise(_ header: String) -> String {
        Vietnamese.fold(header).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "_")
    }

    private static let personalHints = ["ho_ten", "ten_nguoi", "ho_va_ten", "dien_thoai", "sdt", "phone", "dia_chi", "address",
                                        "ngay_sinh", "nam_sinh", "cccd", "cmnd", "can_cuoc", "email", "bien_so", "ma_so_thue"]
    private static func looksPersonal(_ header: String) -> Bool {
        let n = normalise(header)
        return personalHints.contains { n.contains($0) }
    }
}

/// A CSV document whose columns were checked against a schema.
struct CSVTable: Sendable {
    let file: String
    let document: CSVDocument
    let index: [String: Int]

    struct Cell {
        let value: String
        let position: SourcePosition
    }

    var records: [CSVRecord] { document.records }

    /// Where the table starts, for messages about it as a whole: line 1 of a CSV file, the
    /// first header cell of a sheet (which need not be A1).
    var start: SourcePosition { Self.start(of: document, file: file) }

    static func start(of document: CSVDocument, file: String) -> SourcePosition {
        guard let sheet = document.sheet, let first = document.header.first else { return SourcePosition(file: file, line: 1, column: 1) }
        return SourcePosition(file: file, sheet: sheet, line: first.line, column: first.column)
    }

    func has(_ column: String) -> Bool { index[column] != nil }

    func cell(_ record: CSVRecord, _ column: String) -> Cell {
        guard let i = index[column], i < record.fields.count else {
            return Cell(value: "", position: SourcePosition(file: file, sheet: document.sheet, line: record.line, column: 1))
        }
        let f = record.fields[i]
        return Cell(value: trimmedWhitespace(f.value),
                    position: SourcePosition(file: file, sheet: document.sheet, line: f.line, column: f.column))
    }
}

/// `trimmingCharacters(in: .whitespaces)`, skipped when the value starts and ends with a
/// printable ASCII character or a Latin letter (Vietnamese included), none of them a space:
/// nearly every cell of a sheet, and Foundation's trim of each cell was two percent of a build.
func trimmedWhitespace(_ s: String) -> String {
    guard let first = s.unicodeScalars.first?.value, let last = s.unicodeScalars.last?.value else { return s }
    @inline(__always) func plain(_ v: UInt32) -> Bool { (0x21...0x7E).contains(v) || (0xC0..<0x1680).contains(v) || (0x1E00..<0x2000).contains(v) }
    return plain(first) && plain(last) ? s : s.trimmingCharacters(in: .whitespaces)
}
