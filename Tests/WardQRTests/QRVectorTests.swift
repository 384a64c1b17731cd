import XCTest
@testable import WardQR

/// Known values printed in ISO/IEC 18004 and its widely reproduced worked examples, so the
/// encoder is checked against the standard rather than against itself.
final class QRVectorTests: XCTestCase {
    /// ISO 18004 Annex C, Table C.1: format information after masking with 101010000010010.
    func testFormatInformationMatchesISOTable() {
        let table: [QRErrorCorrection: [String]] = [
            .low: ["111011111000100", "111001011110011", "111110110101010", "111100010011101",
                   "110011000101111", "110001100011000", "110110001000001", "110100101110110"],
            .medium: ["101010000010010", "101000100100101", "101111001111100", "101101101001011",
                      "100010111111001", "100000011001110", "100111110010111", "100101010100000"],
            .quartile: ["011010101011111", "011000001101000", "011111100110001", "011101000000110",
                        "010010010110100", "010000110000011", "010111011011010", "010101111101101"],
            .high: ["001011010001001", "001001110111110", "001110011100111", "001100111010000",
                    "000011101100010", "000001001010101", "000110100001100", "000100000111011"],
        ]
        for (level, words) in table {
            for (mask, expected) in words.enumerated() {
                XCTAssertEqual(QRFormat.formatWord(correction: level, mask: mask), Int(expected, radix: 2),
                               "format word for \(level.letter), mask \(mask)")
            }
        }
    }

    /// ISO 18004 Annex D, Table D.1: version information for versions 7–40.
    func testVersionInformationMatchesISOTable() {
        let table = [
            0x07C94, 0x085BC, 0x09A99, 0x0A4D3, 0x0BBF6, 0x0C762, 0x0D847, 0x0E60D, 0x0F928,
            0x10B78, 0x1145D, 0x12A17, 0x13532, 0x149A6, 0x15683, 0x168C9, 0x177EC, 0x18EC4,
            0x191E1, 0x1AFAB, 0x1B08E, 0x1CC1A, 0x1D33F, 0x1ED75, 0x1F250, 0x209D5, 0x216F0,
            0x228BA, 0x2379F, 0x24B0B, 0x2542E, 0x26A64, 0x27541, 0x28C69,
        ]
        for (offset, expected) in table.enumerated() {
            XCTAssertEqual(QRFormat.versionWord(version: 7 + offset), expected, "version \(7 + offset)")
        }
    }

    /// ISO 18004 Annex A lists generator polynomials as powers of α.
    func testGeneratorPolynomials() {
        XCTAssertEqual(ReedSolomon(degree: 7).generatorExponents, [0, 87, 229, 146, 149, 238, 102, 21])
        XCTAssertEqual(ReedSolomon(degree: 10).generatorExponents,
                       [0, 251, 67, 46, 61, 118, 70, 64, 94, 32, 45])
    }

    /// ISO 18004 Annex I: "01234567" as version 1-M (numeric mode) and its ten EC codewords.
    func testISOAnnexIErrorCorrection() {
        let data: [UInt8] = [16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17]
        XCTAssertEqual(ReedSolomon(degree: 10).remainder(of: data),
                       [165, 36, 212, 193, 237, 54, 199, 135, 44, 85])
    }

    /// The widely used "HELLO WORLD" 1-M worked example (alphanumeric data codewords).
    func testHelloWorldErrorCorrection() {
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        XCTAssertEqual(ReedSolomon(degree: 10).remainder(of: data),
                       [196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
    }

    /// "HELLO WORLD" in byte mode, worked by hand: 0100, count 00001011, the 11 ASCII bytes,
    /// terminator 0000, then pad codewords EC 11 EC up to version 1-M's 16 data codewords.
    func testByteModeDataCodewords() {
        let data = QRCodewords.dataCodewords(Array("HELLO WORLD".utf8), version: 1, correction: .medium)
        XCTAssertEqual(data, [0x40, 0xB4, 0x84, 0x54, 0xC4, 0xC4, 0xF2, 0x05,
                              0x74, 0xF5, 0x24, 0xC4, 0x40, 0xEC, 0x11, 0xEC])
    }

    /// A full 1-M symbol (14 bytes) has room for exactly four terminator bits and no padding.
    func testFullSymbolHasNoPadding() {
        let data = QRCodewords.dataCodewords(Array("AAAAAAAAAAAAAA".utf8), version: 1, correction: .medium)
        XCTAssertEqual(data, [0x40, 0xE4] + [UInt8](repeating: 0x14, count: 13) + [0x10])
    }

    /// Version 10 widens the byte count field to 16 bits.
    func testCountFieldWidensAtVersion10() {
        let payload = [UInt8](repeating: 0x41, count: 200)
        let v9 = QRCodewords.dataCodewords(payload, version: 9, correction: .low)
        let v10 = QRCodewords.dataCodewords(payload, version: 10, correction: .low)
        XCTAssertEqual(Array(v9.prefix(2)), [0x4C, 0x84])        // 0100 11001000 0100…
        XCTAssertEqual(Array(v10.prefix(3)), [0x40, 0x0C, 0x84])  // 0100 0000000011001000 0100…
    }

    /// Interleaving for 5-Q (two blocks of 15 and two of 16 data codewords, 18 EC each), the
    /// layout ISO 18004 Table 9 gives: data columns across blocks, the long blocks' last
    /// codewords at the end of the data part, then the EC columns.
    func testInterleavingFollowsBlockStructure() {
        let data = (0..<62).map { UInt8($0) }
        let out = QRCodewords.interleaved(data, version: 5, correction: .quartile)
        XCTAssertEqual(out.count, 134)
        XCTAssertEqual(Array(out.prefix(8)), [0, 15, 30, 46, 1, 16, 31, 47])
        XCTAssertEqual(Array(out[56..<62]), [14, 29, 44, 60, 45, 61])
        let firstBlockEC = ReedSolomon(degree: 18).remainder(of: data[0..<15])
        let lastBlockEC = ReedSolomon(degree: 18).remainder(of: data[46..<62])
        XCTAssertEqual(out[62], firstBlockEC[0])
        XCTAssertEqual(out[65], lastBlockEC[0])
        XCTAssertEqual(out[133], lastBlockEC[17])
    }
}
