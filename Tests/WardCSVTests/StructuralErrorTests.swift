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
