import Foundation
import XCTest
@testable import WardXLSX

/// Each kind of cell Excel and LibreOffice write, read to the text a CSV export would hold.
final class CellValueTests: XCTestCase {
    func testSharedPlainRichAndPhoneticStrings() throws {
        let strings = ["<si><t>Tổ dân phố</t></si>",
                       "<si><r><rPr><b/></rPr><t>Phụ </t></r><r><t xml:space=\"preserve\">Ổ 1 </t></r></si>",
                       "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si>",
                       "<si><t>dòng 1_x000D_\ndòng 2 và _x005F_x000D_</t></si>",
                       "<si><t>&lt;a&gt; &amp; «b»</t></si>"]
        let sheet = try TestWorkbook.sheet("<row r=\"1\">" + (0..<5).map { "<c r=\"\(CellReference.letters($0 + 1))1\" t=\"s\"><v>\($0)</v></c>" }.joined() + "</row>",
                                           strings: strings)
        XCTAssertEqual(sheet.values, ["A1": "Tổ dân phố", "B1": "Phụ Ổ 1 ", "C1": "東京", "D1": "dòng 1\r\ndòng 2 và _x000D_", "E1": "<a> & «b»"])
        XCTAssertEqual(sheet.problems.count, 0)
    }

    func testInlineFormulaBooleanErrorAndISODateCells() throws {
        let sheet = try TestWorkbook.sheet("""
            <row r="2"><c r="A2" t="inlineStr"><is><t>Bàu Sen</t></is></c>\
            <c r="B2" t="inlineStr"><is><r><t>Bến </t></r><r><rPr><i/></rPr><t>Đò</t></r></is></c>\
            <c r="C2" t="str"><f>"Tổ "&amp;"1"</f><v>Tổ 1</v></c>\
            <c r="D2" t="b"><v>1</v></c><c r="E2" t="b"><f>A1&gt;5</f><v>0</v></c>\
            <c r="F2"><f>SUM(G2:H2)</f><v>12</v></c>\
            <c r="G2" t="e"><f>1/0</f><v>#DIV/0!</v></c>\
            <c r="H2"><f>1+1</f></c><c r="I2"><f t="shared" si="0"/><v></v></c>\
            <c r="J2" t="d"><v>2026-06-01T00:00:00Z</v></c><c r="K2" t="d"><v>2026-06-01T07:30:00</v></c>\
            <c r="L2" s="0"/></row>
            """)
        XCTAssertEqual(sheet.values, ["A2": "Bàu Sen", "B2": "Bến Đò", "C2": "Tổ 1", "D2": "TRUE", "E2": "FALSE", "F2": "12",
                                      "J2": "2026-06-01", "K2": "2026-06-01 07:30:00"])
        XCTAssertEqual(sheet.problems.map { $0.cell?.description }, ["G2", "H2", "I2"])
        XCTAssertTrue(sheet.problems[0].vi.contains("lỗi công thức #DIV/0!"), sheet.problems[0].vi)
        XCTAssertTrue(sheet.problems[1].vi.contains("chưa có giá trị đã tính"), sheet.problems[1].vi)
        XCTAssertEqual(sheet.problems[0].sheet, "Trang1")
    }

    func testNumbersReadAsACSVExportWritesThem() throws {
        let raw = ["110", "0.1", "55.600000000000001", "1E+20", "-3", "2026", "0.30000000000000004", "1.5E-7", "12345678901234567890"]
        let data = "<row r=\"1\">" + raw.enumerated().map { "<c r=\"\(CellReference.letters($0 + 1))1\"><v>\($1)</v></c>" }.joined() + "</row>"
        let sheet = try TestWorkbook.sheet(data)
        XCTAssertEqual(raw.indices.map { sheet.values["\(CellReference.letters($0 + 1))1"] },
                       ["110", "0.1", "55.6", "1e+20", "-3", "2026", "0.3", "1.5e-07", "1.23456789012346e+19"])
    }

    func testZeroPaddedAndTextFormatsKeepWhatStaffSee() throws {
        let sheet = try TestWorkbook.sheet("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>7</v></c><c r=\"B1\" s=\"2\"><v>7</v></c><c r=\"C1\" s=\"3\"><v>1234.5</v></c></row>",
                                           formats: [164: "000", 165: "@"], styles: [0, 164, 165, 4])
        XCTAssertEqual(sheet.values, ["A1": "007", "B1": "7", "C1": "1234.5"])
    }

    /// Serial dates in both systems, through built-in and custom formats; 1900-02-29 (serial
    /// 60, Lotus's invented day) has no date and stays a number.
    func testDatesInBothDateSystems() throws {
        let cells = [("A", 0, "45658"), ("B", 1, "45658"), ("C", 2, "45658.75"), ("D", 3, "0.5"), ("E", 4, "46320"),
                     ("F", 0, "1"), ("G", 0, "59"), ("H", 0, "60"), ("I", 0, "61"), ("J", 5, "45658.999999")]
        let data = "<row r=\"1\">" + cells.map { "<c r=\"\($0.0)1\" s=\"\($0.1)\"><v>\($0.2)</v></c>" }.joined() + "</row>"
        let formats = [164: "dd/mm/yyyy", 165: "[$-42A]h:mm:ss AM/PM", 166: "\"Ngày \"d \"tháng\" m \"năm\" yyyy", 167: "yyyy\\-mm\\-dd hh:mm"]
        let styles = [14, 164, 22, 165, 166, 167]
        let s1900 = try TestWorkbook.sheet(data, formats: formats, styles: styles)
        XCTAssertEqual(s1900.values, ["A1": "2025-01-01", "B1": "2025-01-01", "C1": "2025-01-01 18:00", "D1": "12:00:00",
                                      "E1": "2026-10-25", "F1": "1900-01-01", "G1": "1900-02-28", "H1": "60", "I1": "1900-03-01",
                                      "J1": "2025-01-02 00:00"])
        let s1904 = try TestWorkbook.sheet(data, formats: formats, styles: styles, date1904: true)
        XCTAssertEqual(s1904.values["A1"], "2029-01-02", "1,462 days later")
        XCTAssertEqual(s1904.values["H1"], "1904-03-01")
    }

    func testDateFormatDetection() {
        let dates = ["dd/mm/yyyy", "d/m/yy", "[$-42A]d mmmm yyyy", "yyyy\\-mm\\-dd", "mmm-yy", "dd\" tháng \"mm", "[Blue]d-mmm",
                     "DD.MM.YYYY", "m/d/yyyy h:mm", "yyyy-mm-dd;@"]
        for code in dates { XCTAssertEqual(NumberFormat.custom(code).isDate, true, code) }
        let times = ["h:mm", "hh:mm:ss", "[h]:mm", "mm:ss", "h:mm AM/PM", "[$-409]h:mm:ss AM/PM"]
        for code in times { XCTAssertEqual(NumberFormat.custom(code).isTimeOnly, true, code) }
        let numbers = ["General", "0.00", "#,##0", "0%", "[Red]0.00", "@", "\"d\"0", "0.00E+00", "#,##0 \"đ\"", "_(* #,##0_)", "[>=100]0;0.0"]
        for code in numbers { XCTAssertEqual(NumberFormat.custom(code).isDate || NumberFormat.custom(code).isTimeOnly, false, code) }
        for id in [14, 15, 16, 17, 22, 27, 30, 36, 50, 57] { XCTAssertTrue(NumberFormat.builtin(id).isDate, "\(id)") }
        for id in [18, 19, 20, 21, 45, 46, 47] { XCTAssertTrue(NumberFormat.builtin(id).isTimeOnly, "\(id)") }
        for id in [0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 37, 44, 48, 49] { XCTAssertEqual(NumberFormat.builtin(id), .number, "\(id)") }
    }

    /// Formulas openpyxl wrote and LibreOffice calculated: their cached values are what is read.
    func testCachedValuesOfFormulasCalculatedByLibreOffice() throws {
        let book = try Workbook([UInt8](Data(contentsOf: fixturesDir.appendingPathComponent("formulas.xlsx"))))
        let sheet = try book.worksheet(XCTUnwrap(book.sheet(named: "CÔNG THỨC")))
        XCTAssertEqual(sheet.values, ["A1": "households", "B1": "pledged", "C1": "text", "D1": "flag", "E1": "date", "F1": "ratio",
                                      "A2": "100", "B2": "120", "C2": "Tổ Phụ Ổ 1", "D2": "TRUE", "E2": "2026-06-01", "F2": "1.2",
                                      "A3": "7", "B3": "107", "C3": "TDP", "D3": "FALSE", "E3": "2026-07-01"])
        XCTAssertEqual(sheet.problems.map { $0.cell?.description }, ["F3"])
    }
}

extension NumberFormat {
    var isDate: Bool { if case .dateTime(true, _, _) = self { return true }; return false }
    var isTimeOnly: Bool { if case .dateTime(false, true, _) = self { return true }; return false }
}
