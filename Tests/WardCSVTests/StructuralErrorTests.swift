import Foundation
import XCTest
import WardCSV

final class StructuralErrorTests: XCTestCase {
    func testUnterminatedQuotePointsAtTheOpeningQuote() {
        assertError(Data("a,b\n1,\"mở\nmãi".utf8), kind: .unterminatedQuote, line: 2, column: 3)
    }

    func testUnterminatedQuoteAfterAMultiLineCell() {
        assertError(Data("a,b\r\n\"x\r\ny\",1\r\nPhường,\"z\r\n".utf8), kind: .unterminatedQuote, line: 4, column: 8)
    }

    func testRawRecordsAlsoReportUnterminatedQuotes() {
        XCTAssertThrowsError(try CSVReader.records(in: "a\n\"b", delimiter: ",")) { error in
            XCTAssertEqual((error as? CSVError).map { [$0.line, $0.column] }, [2, 1])
        }
    }

    func testExtraCellPointsAtTheFirstExtraField() {
        assertError(Data("a,b\n1,2,3\n".utf8), kind: .tooManyFields, line: 2, column: 5)
    }

    func testExtraCellCountsVietnameseCharacters() {
        assertError(Data("Tên,Tổ\nPhường Đồng Tâm,1,thừa\n".utf8), kind: .tooManyFields, line: 2, column: 19)
    }

    func testExtraCellBeyondExcelPaddingIsTheFirstNonEmptyOne() {
        // The header's trailing empty cells are padding; "x" has no column to go in.
        assertError(Data("a,b,,\n1,2,,x\n".utf8), kind: .tooManyFields, line: 2, column: 6)
    }

    func testARowThatLostACellIsRefusedWhenOtherRowsSpellOutEmptyCells() {
        // «SM,Sông Mây,,» writes its empty cells, so «TDP07,Đồng Tâm» lost one: at its end.
        assertError(Data("id,name,parent\nSM,Sông Mây,\nTDP07,Đồng Tâm\nTDP08,Đồng Xuân,SM\n".utf8), kind: .tooFewFields, line: 3, column: 15)
    }

    func testShortRowsStayPaddedWithoutEvidenceOfAKeptEmptyCell() throws {
        // Excel may drop a row's trailing delimiters; no row here spells out an empty last cell.
        let document = try CSVReader.read(Data("id,name,parent\nSM,Sông Mây\nTDP07,Đồng Tâm,SM\n".utf8))
        XCTAssertEqual(document.records.map { $0.fields.map(\.value) }, [["SM", "Sông Mây", ""], ["TDP07", "Đồng Tâm", "SM"]])
    }

    func testEmptyInputHasNoHeader() {
        assertError(Data(), kind: .emptyFile, line: 1, column: 1)
        assertError(Data([0xEF, 0xBB, 0xBF]), kind: .emptyFile, line: 1, column: 1)
        assertError(Data("\r\n\n".utf8), kind: .emptyFile, line: 1, column: 1)
    }

    func testHeaderOfOnlyDelimitersHasNoNames() {
        assertError(Data("\n , ,\n1,2\n".utf8), kind: .emptyHeader, line: 2, column: 1)
    }

    func testErrorMessagesAreInBothLanguages() throws {
        let error = try XCTUnwrap(readError(Data("a,b\n1,\"x".utf8)))
        XCTAssertTrue(error.vi.contains("dấu ngoặc kép"), error.vi)
        XCTAssertTrue(error.en.contains("double quote"), error.en)
        XCTAssertTrue(error.description.hasPrefix("dòng 2, cột 3:"), error.description)
    }
}
