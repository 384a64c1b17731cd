import Foundation
import XCTest
import WardCSV
@testable import WardXLSX

/// A sheet becomes the same document a CSV would, with spreadsheet layouts read as a person
/// reads them and every field at its cell.
final class SheetLayoutTests: XCTestCase {
    private func row(_ r: Int, _ cells: [String: String]) -> String {
        "<row r=\"\(r)\">" + cells.sorted { CellReference($0.key)! < CellReference($1.key)! }
            .map { "<c r=\"\($0.key)\" t=\"inlineStr\"><is><t>\($0.value)</t></is></c>" }.joined() + "</row>"
    }

    private func fields(_ d: CSVDocument) -> [[String]] { d.records.map { $0.fields.map(\.value) } }
    private func places(_ fields: [CSVField]) -> [String] { fields.map { CellReference(row: $0.line, column: $0.column).description } }

    func testSparseCellsEmptyRowsAndColumnsAreSkippedButPositionsKept() throws {
        let data = row(3, ["C3": "id", "E3": "name"]) + row(5, ["C5": "TDP01"]) + row(7, ["C7": "TDP02", "E7": "Bến Đò"])
        let document = try TestWorkbook.sheet(data).document()
        XCTAssertEqual(document.sheet, "Trang1")
        XCTAssertEqual(document.header.map(\.value), ["id", "name"])
        XCTAssertEqual(places(document.header), ["C3", "E3"])
        XCTAssertEqual(fields(document), [["TDP01", ""], ["TDP02", "Bến Đò"]])
        XCTAssertEqual(places(document.records[0].fields), ["C5", "E5"], "an empty cell is still at its own cell")
        XCTAssertEqual(document.records.map(\.line), [5, 7])
    }

    func testRowsAndCellsWithoutReferencesFollowOnePerRowAndColumn() throws {
        let data = "<row><c t=\"inlineStr\"><is><t>id</t></is></c><c t=\"inlineStr\"><is><t>name</t></is></c></row>"
            + "<row><c><v>1</v></c><c t=\"inlineStr\"><is><t>An Phú</t></is></c></row><row r=\"9\"><c r=\"B9\"><v>2</v></c></row>"
        let document = try TestWorkbook.sheet(data).document()
        XCTAssertEqual(fields(document), [["1", "An Phú"], ["", "2"]])
        XCTAssertEqual(places(document.records[1].fields), ["A9", "B9"])
    }

    func testTitleRowAndTwoRowHeaderAreReadAsStaffMeanThem() throws {
        let data = row(1, ["A1": "BẢNG THEO DÕI THÁNG 11"])
            + row(2, ["A2": "group", "B2": "Tiêu chí", "D2": "pledged"])
            + row(3, ["B3": "TC1", "C3": "TC2"])
            + row(4, ["A4": "TDP01", "B4": "đạt", "C4": "đạt", "D4": "77"])
            + row(5, ["A5": "TDP02", "C5": "chưa đạt", "D5": "80"])
        let merges = "<mergeCells count=\"4\"><mergeCell ref=\"A1:D1\"/><mergeCell ref=\"A2:A3\"/><mergeCell ref=\"B2:C2\"/><mergeCell ref=\"B4:B5\"/></mergeCells>"
        let document = try TestWorkbook.sheet(data, extra: merges).document()
        XCTAssertEqual(document.header.map(\.value), ["group", "TC1", "TC2", "pledged"])
        XCTAssertEqual(places(document.header), ["A2", "B3", "C3", "D2"])
        XCTAssertEqual(fields(document), [["TDP01", "đạt", "đạt", "77"], ["TDP02", "đạt", "chưa đạt", "80"]],
                       "a value merged down two rows belongs to both")
        XCTAssertEqual(places([document.records[1].fields[1]]), ["B5"])
        let outside = try XCTUnwrap(try TestWorkbook.sheet(data, extra: merges).cellsOutside(document))
        XCTAssertEqual(outside.header.map(\.value), ["BẢNG THEO DÕI THÁNG 11", "Tiêu chí"], "left out of the table, still scanned")
        XCTAssertEqual(places(outside.header), ["A1", "B2"])
    }

    func testHeaderMergedAcrossColumnsIsRefusedWithItsRange() throws {
        let data = row(1, ["A1": "id", "B1": "Tên đơn vị"]) + row(2, ["A2": "TDP01", "B2": "An", "C2": "Phú"])
        XCTAssertThrowsError(try TestWorkbook.sheet(data, extra: "<mergeCells><mergeCell ref=\"B1:C1\"/></mergeCells>").document()) { error in
            let e = error as! XLSXError
            XCTAssertEqual(e.kind, .layout)
            XCTAssertEqual(e.cell?.description, "B1")
            XCTAssertTrue(e.vi.contains("ô tiêu đề B1:C1 được gộp nên các cột B–C không có tên riêng"), e.vi)
        }
    }

    func testDataWithoutAHeaderAndRowsWiderThanTheHeaderAreRefusedAtTheCell() throws {
        let data = row(1, ["A1": "id", "C1": "name"]) + row(2, ["A2": "1", "B2": "x", "C2": "y"])
        XCTAssertThrowsError(try TestWorkbook.sheet(data).document()) { error in
            XCTAssertEqual((error as! XLSXError).cell?.description, "B1")
            XCTAssertTrue((error as! XLSXError).vi.contains("cột B có dữ liệu (từ ô B2) nhưng ô tiêu đề B1 trống"))
        }
        XCTAssertThrowsError(try TestWorkbook.sheet("").document()) { error in
            XCTAssertTrue((error as! XLSXError).vi.contains("trang tính trống"))
        }
    }

    /// A merge over the whole grid costs only the filled area, not 17 billion cells.
    func testHugeMergedRangesAreCutToTheFilledArea() throws {
        let data = row(1, ["A1": "id", "B1": "name"]) + row(2, ["A2": "1", "B2": "x"])
        let document = try TestWorkbook.sheet(data, extra: "<mergeCells><mergeCell ref=\"A2:XFD1048576\"/></mergeCells>").document()
        XCTAssertEqual(fields(document), [["1", "1"]])
    }

    func testColumnLettersRoundTripOverTheWholeGrid() {
        for column in 1...CellReference.maxColumn {
            let reference = CellReference(row: 7, column: column)
            XCTAssertEqual(CellReference(reference.description), reference)
        }
        XCTAssertEqual(CellReference.letters(16_384), "XFD")
        XCTAssertEqual(CellReference("$D$7")?.description, "D7")
        for bad in ["", "7", "D", "D0", "XFE1", "A1048577", "7D", "D-1", "Đ7"] { XCTAssertNil(CellReference(bad), bad) }
    }
}
