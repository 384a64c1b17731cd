import XCTest
@testable import WardQR

final class QRCapacityTests: XCTestCase {
    /// ISO 18004 Table 7, byte-mode column, for versions 1–10 and 40 (L, M, Q, H).
    func testByteCapacitiesMatchISOTable() {
        let table: [Int: [Int]] = [
            1: [17, 14, 11, 7], 2: [32, 26, 20, 14], 3: [53, 42, 32, 24], 4: [78, 62, 46, 34],
            5: [106, 84, 60, 44], 6: [134, 106, 74, 58], 7: [154, 122, 86, 64],
            8: [192, 152, 108, 84], 9: [230, 180, 130, 98], 10: [271, 213, 151, 119],
            40: [2953, 2331, 1663, 1273],
        ]
        for (version, row) in table {
            for (level, expected) in zip([QRErrorCorrection.low, .medium, .quartile, .high], row) {
                XCTAssertEqual(QRCapacity.byteCapacity(version: version, correction: level), expected,
                               "\(version)-\(level.letter)")
            }
        }
    }

    /// ISO 18004 Table 1: total codewords and remainder bits per version.
    func testCodewordCountsAndRemainderBits() {
        let totals = [1: 26, 2: 44, 3: 70, 4: 100, 5: 134, 6: 172, 7: 196, 8: 242, 9: 292, 10: 346,
                      14: 581, 20: 1085, 27: 1828, 40: 3706]
        for (version, total) in totals {
            XCTAssertEqual(QRCapacity.totalCodewords(version: version), total, "version \(version)")
        }
        for version in QRCapacity.versions {
            let expected = switch version {
            case 1, 7...13, 35...40: 0
            case 2...6: 7
            case 14...20, 28...34: 3
            default: 4
            }
            XCTAssertEqual(QRCapacity.rawDataModules(version: version) % 8, expected, "version \(version)")
        }
    }

    /// ISO 18004 Table 9 block structure (count × (total, data)) for a few rows, derived here
    /// from the compact tables the encoder keeps.
    func testBlockStructureMatchesISOTable() {
        let rows: [(Int, QRErrorCorrection, short: (Int, Int, Int), long: (Int, Int, Int))] = [
            (1, .medium, (1, 26, 16), (0, 27, 17)),
            (5, .quartile, (2, 33, 15), (2, 34, 16)),
            (10, .high, (6, 43, 15), (2, 44, 16)),
            (21, .low, (4, 144, 116), (4, 145, 117)),
            (40, .high, (20, 45, 15), (61, 46, 16)),
        ]
        for (version, level, short, long) in rows {
            let blocks = QRCapacity.blockCount(version: version, correction: level)
            let ec = QRCapacity.ecCodewordsPerBlock(version: version, correction: level)
            let data = QRCapacity.dataCodewords(version: version, correction: level)
            let longCount = data % blocks
            let label = "\(version)-\(level.letter)"
            XCTAssertEqual(blocks - longCount, short.0, label)
            XCTAssertEqual(data / blocks + ec, short.1, label)
            XCTAssertEqual(data / blocks, short.2, label)
            XCTAssertEqual(longCount, long.0, label)
            if longCount > 0 { XCTAssertEqual(data / blocks + 1, long.2, label) }
        }
    }

    /// ISO 18004 Annex E, Table E.1, including the irregular version 32.
    func testAlignmentPatternCentres() {
        XCTAssertEqual(QRCapacity.alignmentCenters(version: 1), [])
        XCTAssertEqual(QRCapacity.alignmentCenters(version: 2), [6, 18])
        XCTAssertEqual(QRCapacity.alignmentCenters(version: 7), [6, 22, 38])
        XCTAssertEqual(QRCapacity.alignmentCenters(version: 14), [6, 26, 46, 66])
        XCTAssertEqual(QRCapacity.alignmentCenters(version: 15), [6, 26, 48, 70])
        XCTAssertEqual(QRCapacity.alignmentCenters(version: 21), [6, 28, 50, 72, 94])
        XCTAssertEqual(QRCapacity.alignmentCenters(version: 32), [6, 34, 60, 86, 112, 138])
        XCTAssertEqual(QRCapacity.alignmentCenters(version: 36), [6, 24, 50, 76, 102, 128, 154])
        XCTAssertEqual(QRCapacity.alignmentCenters(version: 40), [6, 30, 58, 86, 114, 142, 170])
    }

    func testSmallestVersionAtBoundaries() throws {
        let boundaries: [(QRErrorCorrection, bytes: Int, version: Int)] = [
            (.medium, 14, 1), (.medium, 15, 2), (.low, 17, 1), (.low, 18, 2),
            (.quartile, 11, 1), (.quartile, 12, 2), (.high, 7, 1), (.high, 8, 2),
            (.medium, 180, 9), (.medium, 181, 10), (.medium, 213, 10), (.medium, 214, 11),
            (.medium, 2331, 40), (.low, 2953, 40),
        ]
        for (level, bytes, version) in boundaries {
            let code = try QRCode(text: String(repeating: "a", count: bytes), correction: level)
            XCTAssertEqual(code.version, version, "\(bytes) bytes at \(level.letter)")
            XCTAssertEqual(code.size, 17 + 4 * version)
        }
    }

    func testDefaultLevelIsMedium() throws {
        XCTAssertEqual(try QRCode(text: "https://a.vn/").correction, .medium)
    }

    /// Capacity is in UTF-8 bytes: "Phụ Ổ" is 5 characters but 9 bytes.
    func testVietnameseTextCountsBytes() throws {
        let text = "https://x.vn/Phụ Ổ"   // 18 characters, 22 bytes
        XCTAssertEqual(text.utf8.count, 22)
        XCTAssertEqual(try QRCode(text: text, correction: .low).version, 2)
    }

    func testTooLongThrowsBilingualError() {
        XCTAssertThrowsError(try QRCode(text: String(repeating: "a", count: 2332))) { error in
            guard let error = error as? QRError else { return XCTFail("not a QRError: \(error)") }
            XCTAssertTrue(error.vi.contains("2332") && error.vi.contains("2331"), error.vi)
            XCTAssertTrue(error.en.contains("2332") && error.en.contains("2331"), error.en)
            XCTAssertTrue(error.vi.contains("quá dài"), error.vi)
        }
        XCTAssertThrowsError(try QRCode(text: String(repeating: "a", count: 1274), correction: .high))
    }

    func testEmptyTextEncodes() throws {
        let code = try QRCode(text: "")
        XCTAssertEqual(code.version, 1)
    }
}
