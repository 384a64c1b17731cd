/// Why an archive was refused, in the words ward staff will read (Vietnamese first). The caller
/// puts the file name in front; `entry` names the part inside the archive when there is one.
public struct ZipError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case notZip, truncated, multiDisk, zip64, duplicateEntry
        case tooManyEntries, entryTooLarge, totalTooLarge, ratioTooHigh
        case encrypted, unsupportedMethod(UInt16), corrupt(InflateError?), crcMismatch, sizeMismatch
    }

    public let kind: Kind
    public let entry: String?
    public let vi: String
    public let en: String

    public var description: String { "\(vi) | \(en)" }

    static func make(_ kind: Kind, entry: String? = nil) -> ZipError {
        let part = entry.map { (" (phần «\($0)»)", " (part “\($0)”)") } ?? ("", "")
        let resave = ("Hãy mở bằng Excel hoặc LibreOffice và lưu lại.", "Open it in Excel or LibreOffice and save it again.")
        let texts: (String, String)
        switch kind {
        case .notZip:
            texts = ("tệp không phải bảng tính Excel (.xlsx): nội dung không phải tệp nén ZIP. \(resave.0)",
                        "the file is not an Excel workbook (.xlsx): it is not a ZIP archive. \(resave.1)")
        case .truncated:
            texts = ("tệp bị cắt cụt hoặc chép chưa xong (thiếu phần cuối)\(part.0). Hãy chép lại tệp gốc.",
                        "the file is cut short or was not copied completely\(part.1). Copy the original again.")
        case .multiDisk:
            texts = ("tệp nén chia thành nhiều phần, không đọc được. \(resave.0)",
                        "the archive is split over several volumes and cannot be read. \(resave.1)")
        case .zip64:
            texts = ("tệp dùng định dạng ZIP64 dành cho tệp rất lớn; bảng tính của phường không cần. \(resave.0)",
                        "the file uses ZIP64, meant for huge files; a ward workbook never needs it. \(resave.1)")
        case .duplicateEntry:
            texts = ("tệp nén có hai phần cùng tên\(part.0), không biết đọc phần nào. \(resave.0)",
                        "the archive holds two parts with the same name\(part.1), so which one is meant is unclear. \(resave.1)")
        case .tooManyEntries:
            texts = ("tệp nén có quá nhiều phần; đây không phải bảng tính bình thường.",
                        "the archive has too many parts; this is not an ordinary workbook.")
        case .entryTooLarge, .totalTooLarge:
            texts = ("tệp khi giải nén quá lớn\(part.0) (vượt giới hạn an toàn); có thể là «bom nén». Hãy chia bảng tính nhỏ hơn.",
                        "the file is too large when decompressed\(part.1) (over the safety limit); it may be a zip bomb. Split the workbook.")
        case .ratioTooHigh:
            texts = ("tệp nén với tỉ lệ bất thường\(part.0), dấu hiệu của «bom nén»; không giải nén.",
                        "the file is compressed at an abnormal ratio\(part.1), the mark of a zip bomb; it is not decompressed.")
        case .encrypted:
            texts = ("bảng tính được đặt mật khẩu\(part.0). Hãy bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi lưu lại.",
                        "the workbook is password-protected\(part.1). Remove the password (File → Info → Protect Workbook) and save it again.")
        case .unsupportedMethod(let method):
            texts = ("tệp nén bằng phương pháp \(method) không được hỗ trợ\(part.0) (chỉ đọc «stored» và «deflate»). \(resave.0)",
                        "compression method \(method) is not supported\(part.1) (only stored and deflate). \(resave.1)")
        case .corrupt:
            texts = ("dữ liệu nén bị hỏng\(part.0). Hãy chép lại tệp gốc, hoặc mở bằng Excel rồi lưu lại.",
                        "the compressed data is damaged\(part.1). Copy the original again, or open it in Excel and save it again.")
        case .crcMismatch:
            texts = ("dữ liệu bị hỏng: mã kiểm tra CRC không khớp\(part.0). Hãy chép lại tệp gốc.",
                        "the data is damaged: its CRC checksum does not match\(part.1). Copy the original again.")
        case .sizeMismatch:
            texts = ("kích thước sau giải nén khác với kích thước ghi trong tệp\(part.0); tệp bị hỏng hoặc bị sửa.",
                        "the decompressed size differs from the size recorded in the file\(part.1); it is damaged or tampered with.")
        }
        return ZipError(kind: kind, entry: entry, vi: texts.0, en: texts.1)
    }
}
