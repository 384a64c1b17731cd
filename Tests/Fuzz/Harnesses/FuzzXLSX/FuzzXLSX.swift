// libFuzzer harness for WardZip (ZIP + DEFLATE), WardXLSX and the Windows-1258 CSV path; built
// and run by scripts/fuzz like the others.
//
// Every input goes to the raw DEFLATE decoder, the CSV reader and the workbook reader. An input
// that starts with "<" is also wrapped, as xl/worksheets/sheet1.xml, into a stored workbook with
// real shared strings and date styles, so the sheet parser is reached past the CRC check.
// Anything may be refused; nothing may crash, leak, hang or grow without bound.
import Foundation
import WardCSV
import WardXLSX
import WardZip
import FuzzDriver

private let limits: ZipLimits = {
    var l = ZipLimits()
    l.maxEntrySize = 4 << 20
    l.maxTotalSize = 8 << 20
    return l
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func workbookFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(fuzzInput(data, size))
    _ = try? Inflate.decompress(bytes, limit: 1 << 20)
    _ = try? CSVReader.read(Data(bytes))
    readWorkbook(bytes)
    if bytes.first == UInt8(ascii: "<") { readWorkbook(FuzzWorkbook.wrapping(sheet: bytes)) }
    return 0
}

private func readWorkbook(_ bytes: [UInt8]) {
    guard let book = try? Workbook(bytes, limits: limits) else { return }
    for sheet in book.sheets {
        guard let worksheet = try? book.worksheet(sheet) else { continue }
        for cell in worksheet.cells { precondition(cell.reference.row >= 1 && cell.reference.column >= 1) }
        _ = try? worksheet.document()
    }
}

enum FuzzWorkbook {
    private static let rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let parts: [(String, String)] = [
        ("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r\" Type=\"\(rels)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
        ("xl/workbook.xml", "<workbook xmlns:r=\"\(rels)\"><sheets><sheet name=\"s\" sheetId=\"1\" r:id=\"a\"/></sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"a\" Type=\"\(rels)/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"b\" Type=\"\(rels)/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"c\" Type=\"\(rels)/styles\" Target=\"styles.xml\"/></Relationships>"),
        ("xl/sharedStrings.xml", "<sst><si><t>group</t></si><si><r><t>Phụ </t></r><r><t>Ổ</t></r></si><si><t>đạt</t></si></sst>"),
        ("xl/styles.xml", "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/><numFmt numFmtId=\"165\" formatCode=\"000\"/></numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"21\"/></cellXfs></styleSheet>"),
    ]

    static func wrapping(sheet: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [], central: [UInt8] = []
        for (name, data) in parts.map({ ($0.0, Array($0.1.utf8)) }) + [("xl/worksheets/sheet1.xml", sheet)] {
            let common = le(20, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(Int(CRC32.checksum(data)), 4)
                + le(data.count, 4) + le(data.count, 4) + le(name.utf8.count, 2)
            central += le(0x0201_4B50, 4) + le(20, 2) + common + le(0, 10) + le(0, 4) + le(out.count, 4) + Array(name.utf8)
            out += le(0x0403_4B50, 4) + common + le(0, 2) + Array(name.utf8) + data
        }
        let start = out.count
        return out + central + le(0x0605_4B50, 4) + le(0, 4) + le(parts.count + 1, 2) + le(parts.count + 1, 2)
            + le(central.count, 4) + le(start, 4) + le(0, 2)
    }

    private static func le(_ value: Int, _ width: Int) -> [UInt8] {
        (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
}

@main
enum Harness {
    static func main() { fuzzMain(workbookFuzz) }
}
