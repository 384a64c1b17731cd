/// Recognises the files that staff rename to .xlsx or save by mistake, so the refusal can say
/// what the file really is instead of "damaged".
enum FileKind {
    private static let compoundFileMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Excel 97–2003 files and password-protected .xlsx files are both OLE compound files; the
    /// latter hold an `EncryptedPackage` stream, whose name the directory stores in UTF-16 LE.
    static func refuseCompoundFile(_ bytes: [UInt8]) throws(XLSXError) {
        guard bytes.starts(with: compoundFileMagic) else { return }
        let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        if contains(bytes, marker) {
            throw XLSXError(.encrypted,
                vi: "bảng tính được đặt mật khẩu nên không đọc được. Hãy mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa trống) rồi lưu lại.",
                en: "the workbook is password-protected, so it cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it) and save it again.")
        }
        throw XLSXError(.legacyXLS,
            vi: "tệp là bảng tính Excel 97–2003 (.xls) mang tên .xlsx. Hãy mở bằng Excel và chọn Lưu thành → «Sổ làm việc Excel (*.xlsx)».",
            en: "the file is an Excel 97–2003 workbook (.xls) named .xlsx. Open it in Excel and Save As → “Excel Workbook (*.xlsx)”.")
    }

    /// A ZIP with no workbook part: say which office format it is when we can tell.
    static func notWorkbook(_ names: [String]) -> XLSXError {
        let lowered = Set(names.map { $0.lowercased() })
        let (whatVI, whatEN): (String, String)
        if lowered.contains("xl/workbook.bin") {
            (whatVI, whatEN) = ("sổ làm việc nhị phân Excel (.xlsb)", "an Excel binary workbook (.xlsb)")
        } else if lowered.contains("content.xml") && lowered.contains("mimetype") {
            (whatVI, whatEN) = ("bảng tính OpenDocument (.ods)", "an OpenDocument spreadsheet (.ods)")
        } else if lowered.contains("word/document.xml") {
            (whatVI, whatEN) = ("văn bản Word (.docx)", "a Word document (.docx)")
        } else {
            (whatVI, whatEN) = ("tệp nén ZIP nhưng không phải bảng tính", "a ZIP archive but not a workbook")
        }
        return XLSXError(.notWorkbook,
            vi: "tệp là \(whatVI), không phải bảng tính .xlsx. Hãy mở bằng Excel hoặc LibreOffice và lưu dạng «Sổ làm việc Excel (*.xlsx)».",
            en: "the file is \(whatEN), not an .xlsx workbook. Open it in Excel or LibreOffice and save it as “Excel Workbook (*.xlsx)”.")
    }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var i = 0
        while i <= bytes.count - needle.count {
            if bytes[i] == first && bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
