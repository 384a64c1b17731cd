import Foundation
import WardCSV

/// Bytes of a text file as staff save them, checked before anything reads them: UTF-8 (a BOM at
/// the start is fine), and no control characters, which a copy from a terminal, a damaged save
/// or Word leaves behind and which would reach pages invisibly. Problems name the line and
/// column of the first bad byte, so staff can find it.
enum TextFile {
    struct Decoded {
        let text: String
        /// Set when the bytes were Windows-1258 (Notepad's «ANSI» on a Vietnamese Windows),
        /// decoded beyond doubt by the same rule as a CSV, for `check`'s note.
        let legacyEncoding: LegacyEncoding?
    }

    static func decode(_ data: Data, file: String) -> Result<String, Diagnostic> {
        decodeNoting(data, file: file).map(\.text)
    }

    static func decodeNoting(_ data: Data, file: String) -> Result<Decoded, Diagnostic> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var legacy: LegacyEncoding?
        let text: String
        if let utf8 = String(bytes: bytes, encoding: .utf8) {
            text = utf8
        } else if let decoded = LegacyText.windows1258(bytes) {
            text = decoded
            legacy = .windows1258
        } else {
            let (line, column) = firstInvalidUTF8(bytes)
            let named: (vi: String, en: String)
            switch LegacyText.suspected(bytes) {
            case .windows1258: named = (" (có vẻ là mã Windows-1258)", " (it looks like Windows-1258)")
            case .tcvn3: named = (" (có vẻ là mã TCVN3/ABC, phông .VnTime; hãy chuyển mã sang Unicode, ví dụ bằng UniKey)", " (it looks like TCVN3/ABC, .VnTime fonts; convert it to Unicode, e.g. with UniKey)")
            case .windows1258OrTCVN3: named = (" (có vẻ là mã Windows-1258 hoặc TCVN3)", " (it looks like Windows-1258 or TCVN3)")
            case .unknown: named = ("", "")
            }
            return .failure(Diagnostic(SourcePosition(file: file, line: line, column: column),
                vi: "tệp không phải UTF-8\(named.vi) (byte lạ ở đây); hãy lưu lại với mã hóa UTF-8 (Unicode)",
                en: "the file is not UTF-8\(named.en) (a stray byte here); save it again as UTF-8 (Unicode)"))
        }
        var line = 1, column = 1
        for ch in text.unicodeScalars {
            let v = ch.value
            if v == 0x0A { line += 1; column = 1; continue }
            if (v < 0x20 && v != 0x09 && v != 0x0D) || v == 0x7F || (0x80...0x9F).contains(v) || v == 0xFEFF {
                let name = v == 0xFEFF ? "dấu BOM (U+FEFF) giữa tệp" : String(format: "ký tự điều khiển U+%04X", v)
                return .failure(Diagnostic(SourcePosition(file: file, line: line, column: column),
                    vi: "\(name), không nhìn thấy được; hãy xóa nó (thường do dán từ Word, từ cửa sổ lệnh hoặc tệp bị hỏng)",
                    en: String(format: "an invisible control character U+%04X; delete it (usually pasted from Word or a terminal, or a damaged file)", v)))
            }
            if !(0xDC00...0xDFFF).contains(v) { column += 1 }
        }
        return .success(Decoded(text: text.replacingOccurrences(of: "\r\n", with: "\n"), legacyEncoding: legacy))
    }

    /// Line and column (in characters) of the first byte that is not valid UTF-8.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (Int, Int) {
        var line = 1, column = 1, i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            guard length > 0, i + length <= bytes.count, String(bytes: bytes[i..<(i + length)], encoding: .utf8) != nil else { return (line, column) }
            if b == 0x0A { line += 1; column = 1 } else { column += 1 }
            i += length
        }
        return (line, column)
    }
}
