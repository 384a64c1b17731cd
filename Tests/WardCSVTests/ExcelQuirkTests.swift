import Foundation
import XCTest
import WardCSV

final class ExcelQuirkTests: XCTestCase {
    func testUTF8ByteOrderMarkIsNotPartOfTheFirstHeader() throws {
        let document = try CSVReader.read(Data([0xEF, 0xBB, 0xBF] + Array("ten,so\nA,1\n".utf8)))
        XCTAssertEqual(document.header.map(\.value), ["ten", "so"])
        XCTAssertEqual(document.header[0].column, 1)
        XCTAssertEqual(cellValues(document), [["A", "1"]])
    }

    func testSemicolonDelimiterIsDetectedFromTheHeaderLine() throws {
        // The data row holds commas (decimal comma, address); only the header line decides.
        let document = try readCSV("Tên;Địa chỉ;Tỷ lệ\nAn;\"12, ngõ 5\";3,5\n")
        XCTAssertEqual(document.delimiter, ";")
        XCTAssertEqual(cellValues(document), [["An", "12, ngõ 5", "3,5"]])
    }

    func testDelimitersInsideQuotedHeaderCellsDoNotCount() throws {
        let document = try readCSV("\"a,b,c\";d\n1;2\n")
        XCTAssertEqual(document.delimiter, ";")
        XCTAssertEqual(document.header.map(\.value), ["a,b,c", "d"])
    }

    func testTabDelimiter() throws {
        let document = try readCSV("a\tb\n1\t2,5\n")
        XCTAssertEqual(document.delimiter, "\t")
        XCTAssertEqual(cellValues(document), [["1", "2,5"]])
    }

    func testExcelSeparatorHintLine() throws {
        let document = try readCSV("sep=;\na;b\n1;2\n")
        XCTAssertEqual(document.delimiter, ";")
        XCTAssertEqual(document.header.map(\.value), ["a", "b"])
        XCTAssertEqual(document.header[0].line, 2)
        XCTAssertEqual(cellValues(document), [["1", "2"]])
    }

    func testSingleColumnDefaultsToComma() throws {
        XCTAssertEqual(try readCSV("ten\nAn\n").delimiter, ",")
    }

    func testCRLFAndLoneCRLineEndsCountLinesAlike() throws {
        for lineEnd in ["\r\n", "\r", "\n"] {
            let document = try readCSV(["a,b", "1,2", "3,4"].joined(separator: lineEnd) + lineEnd)
            XCTAssertEqual(cellValues(document), [["1", "2"], ["3", "4"]], lineEnd.debugDescription)
            XCTAssertEqual(document.records.map(\.line), [2, 3], lineEnd.debugDescription)
        }
    }

    func testTrailingEmptyColumnsAreDropped() throws {
        let document = try readCSV("Họ tên,Tổ,,,\nAn,1,,,\nBình,,,,\n,,,,\n")
        XCTAssertEqual(document.header.map(\.value), ["Họ tên", "Tổ"])
        XCTAssertEqual(cellValues(document), [["An", "1"], ["Bình", ""]])
    }

    func testShortRowsArePaddedAtTheRowEnd() throws {
        let document = try readCSV("a,b,c\n1\n")
        XCTAssertEqual(cellValues(document), [["1", "", ""]])
        XCTAssertEqual(document.records[0].fields.map(\.column), [1, 2, 2])
        XCTAssertEqual(document.records[0].fields.map(\.line), [2, 2, 2])
    }

    func testEmptyLinesAndDelimiterOnlyRowsAreSkipped() throws {
        let document = try readCSV("\n\na,b\n\n1,2\r\n\r\n,\n \t, \n3,4\n\n")
        XCTAssertEqual(cellValues(document), [["1", "2"], ["3", "4"]])
        XCTAssertEqual(document.header[0].line, 3)
        XCTAssertEqual(document.records.map(\.line), [5, 9])
    }

    func testRawRecordsSkipOnlyFullyEmptyLines() throws {
        let records = try CSVReader.records(in: "a,b\n\n,\n\"\"\n", delimiter: ",")
        XCTAssertEqual(records.map { $0.fields.map(\.value) }, [["a", "b"], ["", ""], [""]])
        XCTAssertEqual(records.map(\.line), [1, 3, 4])
    }

    func testQuotedNewlinesKeepLaterLineNumbersRight() throws {
        let text = "tên,ghi chú\r\nAn,\"dòng 1\r\ndòng 2\ndòng 3\"\r\nBình,\"x\"\r\nChi,y\r\n"
        let document = try readCSV(text)
        XCTAssertEqual(document.records.map(\.line), [2, 5, 6])
        XCTAssertEqual(document.records[0].fields[1].value, "dòng 1\r\ndòng 2\ndòng 3")
        XCTAssertEqual(document.records[1].fields.map(\.line), [5, 5])
        XCTAssertEqual(document.records[2].fields.map(\.column), [1, 5])
    }

    func testDoubledQuotesAndTextAfterClosingQuote() throws {
        let document = try readCSV("a,b\n\"Tổ \"\"Phụ Ổ\"\" 1\",\"Nguyễn\" Văn A\n")
        XCTAssertEqual(cellValues(document), [["Tổ \"Phụ Ổ\" 1", "Nguyễn Văn A"]])
    }

    func testTrailingDelimiterAtEndOfFileIsAnEmptyCell() throws {
        let records = try CSVReader.records(in: "a,b,", delimiter: ",")
        XCTAssertEqual(records[0].fields.map(\.value), ["a", "b", ""])
        XCTAssertEqual(records[0].fields[2].column, 5)
    }

    func testHeaderNamesAreTrimmedButCellsAreNot() throws {
        let document = try readCSV(" Họ tên \u{00A0}, Tổ\t\n  An , 1 \n")
        XCTAssertEqual(document.header.map(\.value), ["Họ tên", "Tổ"])
        XCTAssertEqual(document.header.map(\.column), [1, 11])
        XCTAssertEqual(cellValues(document), [["  An ", " 1 "]])
    }

    func testVietnameseTextComesThroughByteForByte() throws {
        // Swift's == treats NFC and NFD as equal, so compare the UTF-8 bytes.
        let precomposed = ["Tổ dân phố Phụ Ổ 1", "Đồng Tâm"]
        let decomposed = "Phu\u{031B}\u{0300}o\u{031B}ng"  // "Phường" typed with combining marks
        let document = try readCSV("tổ,phường,nfd\n\(precomposed[0]),\(precomposed[1]),\(decomposed)\n")
        let cells = document.records[0].fields
        XCTAssertEqual(Array(cells[0].value.utf8), Array(precomposed[0].utf8))
        XCTAssertEqual(Array(cells[1].value.utf8), Array(precomposed[1].utf8))
        XCTAssertEqual(Array(cells[2].value.utf8), Array(decomposed.utf8))
        XCTAssertEqual(cells.map(\.column), [1, 20, 29])
    }

    func testColumnsCountDecomposedVietnameseAsCharacters() throws {
        // "Phường" is 6 characters whether written precomposed or with combining marks.
        let records = try CSVReader.records(in: "Phu\u{031B}\u{0300}o\u{031B}ng,x\nPhường,y\n", delimiter: ",")
        XCTAssertEqual(records.map { $0.fields[1].column }, [8, 8])
    }

    func testManyRowsKeepTheirLineNumbers() throws {
        var text = "stt,ghi chú\n"
        for row in 1...5_000 {
            text += row % 10 == 0 ? "\(row),\"hai\ndòng\"\n" : "\(row),Tổ dân phố \(row)\n"
        }
        let document = try readCSV(text)
        XCTAssertEqual(document.records.count, 5_000)
        // Each tenth row spans two lines, so row r starts at line 2 + (r - 1) + (r - 1) / 10.
        for (offset, record) in document.records.enumerated() {
            let row = offset + 1
            XCTAssertEqual(record.line, 2 + (row - 1) + (row - 1) / 10)
            XCTAssertEqual(record.fields[0].value, String(row))
        }
    }
}
