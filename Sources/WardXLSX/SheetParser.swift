import Foundation

/// Reads `<sheetData>` and `<mergeCells>` of one worksheet part. Cells without an `r`
/// attribute take the next column (rows the next row), as the schema allows.
final class SheetParser: XMLPart {
    private let sheet: String
    private let sharedStrings: [String]
    private let styles: CellStyles
    private let uses1904Dates: Bool

    private(set) var cells: [Worksheet.Cell] = []
    private(set) var merges: [CellRange] = []
    private(set) var problems: [XLSXError] = []

    private var row = 0, column = 0, previousRow = 0
    /// A `<row>` without `r` takes its number from its first cell, or else follows the last.
    private var rowNumberPending = false
    private var type = "n", style = 0
    private var value = "", inlineText = ""
    private var hasFormula = false, hasValue = false
    private var capture: Capture = .none
    private var inInline = false, inPhonetic = false
    private var reference = CellReference(row: 1, column: 1)

    private enum Capture { case none, value, inline }

    init(sheet: String, sharedStrings: [String], styles: CellStyles, uses1904Dates: Bool) {
        self.sheet = sheet
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.uses1904Dates = uses1904Dates
    }

    override func start(_ name: Substring, _ attributes: Attributes) {
        switch name {
        case "row":
            previousRow = row
            if let r = attributes["r"] {
                guard let n = Int(r), (1...CellReference.maxRow).contains(n), n > row else { return badReference(r) }
                row = n
                rowNumberPending = false
            } else {
                guard row < CellReference.maxRow else { return badReference("?") }
                row += 1
                rowNumberPending = true
            }
            column = 0
        case "c":
            guard row > 0 else { return badReference(attributes["r"] ?? "?") }
            if let r = attributes["r"] {
                guard let ref = CellReference(r), ref.row == row || (rowNumberPending && ref.row > previousRow),
                      ref.column > column else { return badReference(r) }
                reference = ref
                row = ref.row
            } else {
                guard column < CellReference.maxColumn else { return badReference("?") }
                reference = CellReference(row: row, column: column + 1)
            }
            rowNumberPending = false
            column = reference.column
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap { Int($0) } ?? 0
            value = ""; inlineText = ""
            hasFormula = false; hasValue = false
        case "v": capture = .value; hasValue = true
        case "f": hasFormula = true
        case "is": inInline = true
        case "rPh": inPhonetic = true
        case "t" where inInline && !inPhonetic: capture = .inline
        case "mergeCell":
            if let ref = attributes["ref"], let range = CellRange(ref) { merges.append(range) }
        default: break
        }
    }

    override func end(_ name: Substring) {
        switch name {
        case "v", "t": capture = .none
        case "is": inInline = false
        case "rPh": inPhonetic = false
        case "c": finishCell()
        default: break
        }
    }

    override func text(_ text: String) {
        switch capture {
        case .value: value += text
        case .inline: inlineText += text
        case .none: break
        }
    }

    private func finishCell() {
        let text: String
        switch type {
        case "s":
            guard let index = Int(value.trimmedSpaces), sharedStrings.indices.contains(index) else {
                if !hasValue && !hasFormula { return }
                return problem(vi: "ô trỏ tới chuỗi số \(value) không có trong bảng chuỗi của tệp (tệp bị hỏng)",
                               en: "the cell points at string \(value), which the workbook's string table lacks (the file is damaged)")
            }
            text = sharedStrings[index]
        case "inlineStr": text = EscapedText.decode(inlineText)
        case "str": text = EscapedText.decode(value)
        case "b": text = value.trimmedSpaces == "1" ? "TRUE" : "FALSE"
        case "e":
            return problem(vi: "ô có lỗi công thức \(value); hãy sửa công thức hoặc nhập giá trị",
                           en: "the cell holds the formula error \(value); fix the formula or type the value")
        case "d": text = CellText.isoDate(value)
        default:
            if hasFormula && value.trimmedSpaces.isEmpty {
                return problem(vi: "ô có công thức nhưng chưa có giá trị đã tính (tệp được tạo bằng chương trình không tính công thức); hãy mở bằng Excel hoặc LibreOffice và lưu lại",
                               en: "the cell has a formula but no calculated value (written by a program that does not calculate); open it in Excel or LibreOffice and save it again")
            }
            text = value.isEmpty ? "" : CellText.number(value, format: styles.format(forStyle: style), uses1904Dates: uses1904Dates)
        }
        if !text.isEmpty { cells.append(Worksheet.Cell(reference: reference, value: text)) }
    }

    private func problem(vi: String, en: String) {
        problems.append(XLSXError(.cell, sheet: sheet, cell: reference, vi: vi, en: en))
    }

    private func badReference(_ text: String) {
        fail(XLSXError(.malformedXML, sheet: sheet,
            vi: "trang tính bị hỏng: vị trí ô/dòng «\(text)» không hợp lệ hoặc sai thứ tự. Hãy mở bằng Excel hoặc LibreOffice và lưu lại.",
            en: "the sheet is damaged: cell/row reference “\(text)” is invalid or out of order. Open it in Excel or LibreOffice and save it again."))
    }
}
