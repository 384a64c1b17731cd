import Foundation
import WardZip
@testable import WardXLSX

/// Writes small .xlsx files for the tests, stored (uncompressed), part by part, so each test
/// shows the exact XML a writer would produce.
enum TestZip {
    static func archive(_ parts: [(String, [UInt8])]) -> [UInt8] {
        var out: [UInt8] = [], central: [UInt8] = []
        for (name, data) in parts {
            let offset = out.count
            let crc = CRC32.checksum(data)
            let header = fields(0x0403_4B50, 4) + fields(20, 2) + fields(0, 2) + fields(0, 2) + fields(0, 4)
                + fields(Int(crc), 4) + fields(data.count, 4) + fields(data.count, 4) + fields(name.utf8.count, 2) + fields(0, 2)
            out += header + Array(name.utf8) + data
            central += fields(0x0201_4B50, 4) + fields(20, 2) + fields(20, 2) + fields(0, 2) + fields(0, 2) + fields(0, 4)
                + fields(Int(crc), 4) + fields(data.count, 4) + fields(data.count, 4) + fields(name.utf8.count, 2)
                + fields(0, 2) + fields(0, 2) + fields(0, 2) + fields(0, 2) + fields(0, 4) + fields(offset, 4) + Array(name.utf8)
        }
        let start = out.count
        out += central
        out += fields(0x0605_4B50, 4) + fields(0, 2) + fields(0, 2) + fields(parts.count, 2) + fields(parts.count, 2)
            + fields(central.count, 4) + fields(start, 4) + fields(0, 2)
        return out
    }

    private static func fields(_ value: Int, _ width: Int) -> [UInt8] {
        (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
}

enum TestWorkbook {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    struct Sheet {
        var name: String
        var data: String
        var extra = ""
        var state = "visible"
    }

    /// A workbook with the given sheets (each `data` is the inside of `<sheetData>`), shared
    /// strings and number formats (`id: code`, with `styles` listing each xf's numFmtId).
    static func make(_ sheets: [Sheet], strings: [String] = [], formats: [Int: String] = [:], styles: [Int] = [0],
                     date1904: Bool = false, prefix: String = "") -> [UInt8] {
        let p = prefix.isEmpty ? "" : prefix + ":"
        let ns = prefix.isEmpty ? "xmlns=\"\(main)\"" : "xmlns:\(prefix)=\"\(main)\""
        var parts: [(String, String)] = [
            ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
        ]
        let sheetList = sheets.enumerated().map { "<\(p)sheet name=\"\($1.name)\" sheetId=\"\($0 + 1)\" state=\"\($1.state)\" r:id=\"rId\($0 + 1)\"/>" }.joined()
        parts.append(("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><\(p)workbook \(ns) xmlns:r=\"\(rel)\"><\(p)workbookPr date1904=\"\(date1904 ? "1" : "false")\"/><\(p)sheets>\(sheetList)</\(p)sheets></\(p)workbook>"))
        var rels = sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }
        rels.append("<Relationship Id=\"rS\" Type=\"\(rel)/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>")
        rels.append("<Relationship Id=\"rT\" Type=\"\(rel)/styles\" Target=\"./styles.xml\"/>")
        parts.append(("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels.joined())</Relationships>"))
        for (i, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(i + 1).xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><\(p)worksheet \(ns) xmlns:r=\"\(rel)\"><\(p)sheetData>\(sheet.data)</\(p)sheetData>\(sheet.extra)</\(p)worksheet>"))
        }
        parts.append(("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"\(main)\" count=\"\(strings.count)\">\(strings.joined())</sst>"))
        let numFmts = formats.map { "<numFmt numFmtId=\"\($0.key)\" formatCode=\"\(xmlEscaped($0.value))\"/>" }.joined()
        let xfs = styles.map { "<xf numFmtId=\"\($0)\" fontId=\"0\"/>" }.joined()
        parts.append(("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"\(main)\"><numFmts>\(numFmts)</numFmts><cellStyleXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>\(xfs)</cellXfs></styleSheet>"))
        return TestZip.archive(parts.map { ($0.0, Array($0.1.utf8)) })
    }

    static func xmlEscaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "<", with: "&lt;")
    }

    /// The one sheet of a one-sheet workbook.
    static func sheet(_ data: String, extra: String = "", strings: [String] = [], formats: [Int: String] = [:],
                      styles: [Int] = [0], date1904: Bool = false) throws -> Worksheet {
        let book = try Workbook(make([Sheet(name: "Trang1", data: data, extra: extra)], strings: strings, formats: formats,
                                     styles: styles, date1904: date1904))
        return try book.worksheet(book.sheets[0])
    }
}

extension Worksheet {
    var values: [String: String] {
        Dictionary(uniqueKeysWithValues: cells.map { ($0.reference.description, $0.value) })
    }
}

var fixturesDir: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("WardKitTests/Fixtures/Workbooks")
}
