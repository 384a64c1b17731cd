import Foundation
import XCTest
import WardCSV

/// Legacy Vietnamese bytes are built here from the code page tables (Microsoft cp1258; TCVN
/// 5712:1993 VN3, the "ABC"/.VnTime encoding), one entry per letter the phrases use.
private enum LegacyBytes {
    /// Windows-1258 has a few precomposed letters (â, Đ, ư, ơ, Ô) and writes the other tones as
    /// a combining byte: 0xCC grave, 0xD2 hook above, 0xEC acute, 0xF2 dot below.
    static let windows1258: [Character: [UInt8]] = [
        "ư": [0xFD], "ờ": [0xF5, 0xCC], "Đ": [0xD0], "ồ": [0xF4, 0xCC], "â": [0xE2],
        "ổ": [0xF4, 0xD2], "ố": [0xF4, 0xEC], "ụ": [0x75, 0xF2], "Ổ": [0xD4, 0xD2],
    ]
    /// TCVN3 gives every lower-case toned letter one byte; capitals with tones do not exist.
    static let tcvn3: [Character: [UInt8]] = [
        "ư": [0xAD], "ờ": [0xEA], "Đ": [0xA7], "ồ": [0xE5], "â": [0xA9],
        "ổ": [0xE6], "ố": [0xE8], "ụ": [0xF4], "ề": [0xD2],
    ]
    static let windows1252: [Character: [UInt8]] = ["é": [0xE9]]

    static func encode(_ text: String, _ table: [Character: [UInt8]]) -> Data {
        Data(text.flatMap { character -> [UInt8] in
            if let ascii = character.asciiValue { return [ascii] }
            return table[character]!
        })
    }
}

final class EncodingTests: XCTestCase {
    func testTheTablesGiveTheKnownBytesForPhuong() {
        // Cross-checked with glibc iconv (CP1258, TCVN5712-1); TCVN3's reads as "Ph­êng" in Latin-1.
        XCTAssertEqual([UInt8](LegacyBytes.encode("Phường", LegacyBytes.windows1258)), [0x50, 0x68, 0xFD, 0xF5, 0xCC, 0x6E, 0x67])
        XCTAssertEqual([UInt8](LegacyBytes.encode("Phường", LegacyBytes.tcvn3)), [0x50, 0x68, 0xAD, 0xEA, 0x6E, 0x67])
    }

    func testWindows1258IsDecodedComposedAndMarked() throws {
        let data = LegacyBytes.encode("To,Phuong\nTổ dân phố Phụ Ổ 1,Phường Đồng Tâm\n", LegacyBytes.windows1258)
        let document = try CSVReader.read(data)
        XCTAssertEqual(document.legacyEncoding, .windows1258)
        // Byte for byte the NFC text a UTF-8 file holds: "ổ" is one scalar, not o + ^ + hook.
        XCTAssertEqual(document.records[0].fields.map { Array($0.value.unicodeScalars) },
                       [Array("Tổ dân phố Phụ Ổ 1".unicodeScalars), Array("Phường Đồng Tâm".unicodeScalars)])
        XCTAssertEqual(document.records[0].fields.map(\.column), [1, 20])
        XCTAssertNil(try readCSV("a,b\nTổ,1\n").legacyEncoding)
    }

    func testDoubtfulWindows1258IsStillRefusedAndNamed() throws {
        // 0x81 is undefined in Windows-1258: decoding would be a guess, so the file is refused.
        let data = LegacyBytes.encode("To,Phuong\nTổ dân phố Phụ Ổ 1,Phường Đồng Tâm\n", LegacyBytes.windows1258) + Data([0x81])
        assertError(data, kind: .notUTF8(suspected: .windows1258), line: 2, column: 2)
        let error = try XCTUnwrap(readError(data))
        XCTAssertTrue(error.vi.contains("tệp không phải UTF-8 (có vẻ là mã Windows-1258)"), error.vi)
        XCTAssertTrue(error.vi.contains("«CSV UTF-8 (Comma delimited)»"), error.vi)
        XCTAssertTrue(error.en.contains("Windows-1258"), error.en)
        XCTAssertTrue(error.vi.contains("0xF4"), error.vi)
    }

    func testTCVN3IsRefusedAndNamed() throws {
        let data = LegacyBytes.encode("Ten,To\nPhường Đồng Tâm,Tổ dân phố Phụ\n", LegacyBytes.tcvn3)
        // "Ph" then 0xAD, a continuation byte with no lead.
        assertError(data, kind: .notUTF8(suspected: .tcvn3), line: 2, column: 3)
        let error = try XCTUnwrap(readError(data))
        XCTAssertTrue(error.vi.contains("TCVN3"), error.vi)
        XCTAssertTrue(error.vi.contains("UniKey"), error.vi)
        XCTAssertTrue(error.en.contains("TCVN3"), error.en)
    }

    func testEvenEvidenceNamesBothEncodings() throws {
        // TCVN3 "iề" (69 D2) also reads as Windows-1258 "i" + hook above; "ư" (AD) only fits TCVN3.
        let data = LegacyBytes.encode("nhiều người", LegacyBytes.tcvn3)
        assertError(data, kind: .notUTF8(suspected: .windows1258OrTCVN3), line: 1, column: 4)
        let error = try XCTUnwrap(readError(data))
        XCTAssertTrue(error.vi.contains("có vẻ là mã Windows-1258 hoặc TCVN3"), error.vi)
    }

    func testOtherLegacyBytesAreRefusedWithoutAGuess() {
        let data = LegacyBytes.encode("mon\ncafé\n", LegacyBytes.windows1252)
        assertError(data, kind: .notUTF8(suspected: .unknown), line: 2, column: 4)
    }

    func testUTF16LittleEndianWithBOMIsDecoded() throws {
        // Excel's "Unicode text" export: UTF-16 LE with BOM, tab-delimited, CRLF.
        let text = "Tổ\tPhường\r\nPhụ Ổ 1\tĐồng Tâm\r\n"
        let data = Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let document = try CSVReader.read(data)
        XCTAssertEqual(document.delimiter, "\t")
        XCTAssertEqual(document.header.map(\.value), ["Tổ", "Phường"])
        XCTAssertEqual(document.records[0].fields.map { Array($0.value.utf8) },
                       [Array("Phụ Ổ 1".utf8), Array("Đồng Tâm".utf8)])
    }

    func testUTF16BigEndianWithBOMIsDecoded() throws {
        let data = Data([0xFE, 0xFF] + "a;b\nĐồng;Tâm\n".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        XCTAssertEqual(cellValues(try CSVReader.read(data)), [["Đồng", "Tâm"]])
    }

    func testBrokenUTF16IsRefusedWithItsPosition() {
        let units: [UInt16] = Array("a,b\r\nx".utf16) + [0xD800] + Array("y".utf16)  // lone high surrogate
        let data = Data([0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        assertError(data, kind: .invalidUTF16, line: 2, column: 2)
        assertError(Data([0xFF, 0xFE, 0x61, 0x00, 0x62]), kind: .invalidUTF16, line: 1, column: 2)
    }

    func testUTF16WithoutBOMIsRefusedNotReadWithNULs() {
        let data = Data("ab,c\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        assertError(data, kind: .nulByte, line: 1, column: 2)
    }

    func testDescriptionCarriesBothLanguagesAndThePosition() throws {
        let error = try XCTUnwrap(readError(LegacyBytes.encode("Phường", LegacyBytes.tcvn3)))
        XCTAssertTrue(error.description.hasPrefix("dòng 1, cột 3: tệp không phải UTF-8"), error.description)
        XCTAssertTrue(error.description.contains("line 1, column 3: the file is not UTF-8"), error.description)
    }
}
