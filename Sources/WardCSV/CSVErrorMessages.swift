// The wording of every staff-facing error lives here so the two languages stay in step.
extension CSVError {
    static func notUTF8(at position: TextCursor, byte: UInt8, suspected: SuspectedEncoding) -> CSVError {
        let hex = "0x" + String(byte, radix: 16, uppercase: true)
        let excelVI = "Hãy mở bằng Excel và lưu lại dạng «CSV UTF-8 (Comma delimited)»"
        let excelEN = "Open it in Excel and save it again as “CSV UTF-8 (Comma delimited)”"
        // Excel cannot read TCVN3 itself (it needs the .VnTime fonts), so re-saving would only
        // bake the garbled letters into UTF-8; a TCVN3 → Unicode converter must come first.
        let converterVI = "chuyển mã sang Unicode (ví dụ: UniKey → Công cụ chuyển mã, TCVN3 → Unicode)"
        let converterEN = "convert it to Unicode (e.g. UniKey's converter, TCVN3 → Unicode)"
        let vi: String
        let en: String
        switch suspected {
        case .windows1258:
            vi = "tệp không phải UTF-8 (có vẻ là mã Windows-1258). \(excelVI)."
            en = "the file is not UTF-8 (it looks like Windows-1258). \(excelEN)."
        case .tcvn3:
            vi = "tệp không phải UTF-8 (có vẻ là mã TCVN3/ABC, phông .VnTime). Hãy \(converterVI), rồi lưu lại dạng «CSV UTF-8 (Comma delimited)»."
            en = "the file is not UTF-8 (it looks like TCVN3/ABC, .VnTime fonts). Please \(converterEN), then save it as “CSV UTF-8 (Comma delimited)”."
        case .windows1258OrTCVN3:
            vi = "tệp không phải UTF-8 (có vẻ là mã Windows-1258 hoặc TCVN3). \(excelVI); nếu là TCVN3 thì trước hết hãy \(converterVI)."
            en = "the file is not UTF-8 (it looks like Windows-1258 or TCVN3). \(excelEN); if it is TCVN3, first \(converterEN)."
        case .unknown:
            vi = "tệp không phải UTF-8. \(excelVI)."
            en = "the file is not UTF-8. \(excelEN)."
        }
        return CSVError(line: position.line, column: position.column,
                        vi: vi + " Byte lỗi đầu tiên: \(hex).",
                        en: en + " First invalid byte: \(hex).",
                        kind: .notUTF8(suspected: suspected))
    }

    static func invalidUTF16(at position: TextCursor) -> CSVError {
        CSVError(line: position.line, column: position.column,
                 vi: "tệp UTF-16 bị hỏng ở đây. Hãy mở bằng Excel và lưu lại dạng «CSV UTF-8 (Comma delimited)».",
                 en: "the UTF-16 file is damaged here. Open it in Excel and save it again as “CSV UTF-8 (Comma delimited)”.",
                 kind: .invalidUTF16)
    }

    static func nulByte(at position: TextCursor) -> CSVError {
        CSVError(line: position.line, column: position.column,
                 vi: "tệp chứa byte NUL nên không phải CSV văn bản (có thể là UTF-16 thiếu BOM). Hãy mở bằng Excel và lưu lại dạng «CSV UTF-8 (Comma delimited)».",
                 en: "the file contains a NUL byte, so it is not a text CSV (perhaps UTF-16 without a BOM). Open it in Excel and save it again as “CSV UTF-8 (Comma delimited)”.",
                 kind: .nulByte)
    }

    static func unterminatedQuote(line: Int, column: Int) -> CSVError {
        CSVError(line: line, column: column,
                 vi: "ô này mở dấu ngoặc kép (\") nhưng không bao giờ đóng lại. Hãy thêm dấu \" đóng, hoặc viết \"\" nếu muốn có dấu ngoặc kép trong nội dung.",
                 en: "this cell opens a double quote (\") that is never closed. Add the closing \", or write \"\" for a literal quote inside the text.",
                 kind: .unterminatedQuote)
    }

    static func tooManyFields(_ extra: CSVField, headerCount: Int) -> CSVError {
        CSVError(line: extra.line, column: extra.column,
                 vi: "dòng này có nhiều ô dữ liệu hơn dòng tiêu đề (\(headerCount) cột); ô thừa đầu tiên bắt đầu ở đây. Hãy thêm tên cột vào tiêu đề hoặc xoá ô thừa.",
                 en: "this row has more data cells than the header (\(headerCount) columns); the first extra cell starts here. Add a column name to the header or remove the extra cell.",
                 kind: .tooManyFields)
    }

    static func tooFewFields(_ row: CSVRecord, count: Int, headerCount: Int) -> CSVError {
        CSVError(line: row.endLine, column: row.endColumn,
                 vi: "dòng này chỉ có \(count) ô trong khi dòng tiêu đề có \(headerCount) cột (các dòng khác ghi đủ cả ô trống); một ô và dấu phân cách của nó đã bị xóa. Hãy thêm lại ô còn thiếu (để trống thì vẫn ghi dấu phân cách).",
                 en: "this row has only \(count) cells while the header has \(headerCount) columns (other rows write even their empty cells); a cell and its delimiter were deleted. Put the missing cell back (an empty one still needs its delimiter).",
                 kind: .tooFewFields)
    }

    static func emptyFile() -> CSVError {
        CSVError(line: 1, column: 1,
                 vi: "tệp CSV trống: không có dòng tiêu đề.",
                 en: "the CSV file is empty: there is no header row.",
                 kind: .emptyFile)
    }

    static func emptyHeader(line: Int) -> CSVError {
        CSVError(line: line, column: 1,
                 vi: "dòng tiêu đề không có tên cột nào.",
                 en: "the header row has no column names.",
                 kind: .emptyHeader)
    }

    static func controlCharacter(_ scalar: Unicode.Scalar, at position: TextCursor) -> CSVError {
        let code = "U+" + String(repeating: "0", count: scalar.value < 0x10 ? 3 : 2) + String(scalar.value, radix: 16, uppercase: true)
        return CSVError(line: position.line, column: position.column,
                        vi: "ô này chứa ký tự điều khiển \(code), một ký tự vô hình thường do sao chép từ phần mềm khác. Hãy xoá ký tự này (trong Excel: dùng hàm CLEAN) rồi lưu lại.",
                        en: "this cell contains the control character \(code), an invisible character usually pasted from another program. Delete it (in Excel: the CLEAN function) and save again.",
                        kind: .controlCharacter(scalar.value))
    }

    static func strayByteOrderMark(at position: TextCursor) -> CSVError {
        CSVError(line: position.line, column: position.column,
                 vi: "ô này chứa dấu BOM (U+FEFF, một ký tự vô hình) giữa nội dung, thường do ghép nhiều tệp CSV thành một. Hãy xoá ký tự này rồi lưu lại.",
                 en: "this cell contains a byte order mark (U+FEFF, an invisible character) inside its text, usually left by joining CSV files together. Delete it and save again.",
                 kind: .strayByteOrderMark)
    }
}
