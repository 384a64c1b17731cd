import Foundation
import XCTest
import WardCSV

/// Invisible characters inside cells would be published as part of a name or a number, so they
/// are refused where they stand; only tab, CR and LF (and a BOM at the very start) are text.
final class InvisibleCharacterTests: XCTestCase {
    func testControlCharactersInAnUnquotedCellPointAtTheCharacter() {
        assertError(Data("ten,so_ho\nĐồng Tâm,1\u{7}2\n".utf8), kind: .controlCharacter(7), line: 2, column: 11)
        assertError(Data("ten,so_ho\r\nHòa\u{1B}[31m,3\r\n".utf8), kind: .controlCharacter(0x1B), line: 2, column: 4)
    }

    func testEveryC0AndC1ControlExceptTabCRLFIsRefused() {
        let refused = Array(0x01...0x08) + [0x0B, 0x0C] + Array(0x0E...0x1F) + Array(0x7F...0x9F)
        for value in refused {
            let scalar = Unicode.Scalar(UInt32(value))!
            assertError(Data("a,b\nx\(scalar)y,2\n".utf8), kind: .controlCharacter(UInt32(value)), line: 2, column: 2)
        }
        XCTAssertEqual(try cellValues(readCSV("a,b\nx\ty,\"l1\nl2\"\r\n")), [["x\ty", "l1\nl2"]])
    }

    func testControlCharacterInsideQuotesAndAfterAClosingQuote() {
        assertError(Data("a,b\n\"Phường\n1\u{C}\",2\n".utf8), kind: .controlCharacter(0x0C), line: 3, column: 2)
        assertError(Data("a,b\n\"x\"\u{1F},2\n".utf8), kind: .controlCharacter(0x1F), line: 2, column: 4)
    }

    /// Printable ASCII is stepped over a byte at a time; whatever follows a run of it (a mark
    /// that combines with its last letter, a control character, a tab delimiter) is still
    /// read scalar by scalar, so columns and refusals are what they were.
    func testColumnsAndRefusalsAfterARunOfPlainText() throws {
        // «Hòa» with a decomposed ò (o + U+0300) counts three columns, as the precomposed one does.
        let records = try CSVReader.records(in: "TDP01\tHo\u{300}a Bi\u{300}nh 2\t110\nA\tB\tC\n", delimiter: "\t")
        XCTAssertEqual(records[0].fields.map(\.value), ["TDP01", "Ho\u{300}a Bi\u{300}nh 2", "110"])
        XCTAssertEqual(records[0].fields.map(\.column), [1, 7, 18])
        XCTAssertEqual(records[1].fields.map(\.column), [1, 3, 5])
        assertError(Data("ten,so_ho\nabc def\u{7F},1\n".utf8), kind: .controlCharacter(0x7F), line: 2, column: 8)
        assertError(Data("ten,so_ho\nabc\u{85}def,1\n".utf8), kind: .controlCharacter(0x85), line: 2, column: 4)
    }

    func testControlCharacterInTheHeader() {
        assertError(Data("ten,\u{8}so_ho\n1,2\n".utf8), kind: .controlCharacter(8), line: 1, column: 5)
    }

    func testStrayByteOrderMarkInsideACell() {
        // Two exports joined together: the second file's BOM ends up at the start of a row.
        let joined = Data([0xEF, 0xBB, 0xBF] + Array("ten,so_ho\nA,1\n".utf8) + [0xEF, 0xBB, 0xBF] + Array("B,2\n".utf8))
        assertError(joined, kind: .strayByteOrderMark, line: 3, column: 1)
        assertError(Data("ten,so_ho\nHòa\u{FEFF}Bình,1\n".utf8), kind: .strayByteOrderMark, line: 2, column: 4)
        assertError(Data("ten,so_ho\n\"x\u{FEFF}\",1\n".utf8), kind: .strayByteOrderMark, line: 2, column: 3)
    }

    func testByteOrderMarkAtTheStartIsStillAccepted() throws {
        let document = try CSVReader.read(Data([0xEF, 0xBB, 0xBF] + Array("ten,so_ho\nA,1\n".utf8)))
        XCTAssertEqual(document.header.map(\.value), ["ten", "so_ho"])
        XCTAssertEqual(try CSVReader.records(in: "\u{FEFF}a\n", delimiter: ",").map { $0.fields.map(\.value) }, [["a"]])
    }

    func testMessagesNameTheCharacterInBothLanguages() throws {
        let control = try XCTUnwrap(readError(Data("a\nx\u{1}\n".utf8)))
        XCTAssertTrue(control.vi.contains("ký tự điều khiển U+0001"), control.vi)
        XCTAssertTrue(control.en.contains("control character U+0001"), control.en)
        XCTAssertTrue(control.description.hasPrefix("dòng 2, cột 2:"), control.description)
        let c1 = try XCTUnwrap(readError(Data("a\nx\u{85}\n".utf8)))
        XCTAssertTrue(c1.vi.contains("U+0085"), c1.vi)
        let bom = try XCTUnwrap(readError(Data("a\nx\u{FEFF}\n".utf8)))
        XCTAssertTrue(bom.vi.contains("BOM (U+FEFF"), bom.vi)
        XCTAssertTrue(bom.en.contains("byte order mark"), bom.en)
    }
}
