import XCTest
@testable import WardQR

/// Checks the placed symbol against the layout of ISO 18004 §6.3 and §7.8–7.10, reading
/// modules back by the coordinates the standard's figures give.
final class QRStructureTests: XCTestCase {
    private func finderIsIntact(_ code: QRCode, left: Int, top: Int, file: StaticString = #filePath, line: UInt = #line) {
        for dy in -1...7 {
            for dx in -1...7 {
                let ring = max(abs(dx - 3), abs(dy - 3))
                XCTAssertEqual(code.isDark(x: left + dx, y: top + dy), ring != 2 && ring != 4,
                               "finder at (\(left),\(top)) offset (\(dx),\(dy))", file: file, line: line)
            }
        }
    }

    func testFinderTimingAndDarkModule() throws {
        for text in ["a", "https://ubnd.example.vn/khong-ma-tuy/", String(repeating: "x", count: 300)] {
            let code = try QRCode(text: text)
            let n = code.size
            finderIsIntact(code, left: 0, top: 0)
            finderIsIntact(code, left: n - 7, top: 0)
            finderIsIntact(code, left: 0, top: n - 7)
            for i in 8..<(n - 8) {
                XCTAssertEqual(code.isDark(x: i, y: 6), i % 2 == 0, "horizontal timing \(i)")
                XCTAssertEqual(code.isDark(x: 6, y: i), i % 2 == 0, "vertical timing \(i)")
            }
            XCTAssertTrue(code.isDark(x: 8, y: 4 * code.version + 9), "dark module")
        }
    }

    func testAlignmentPatternsOfVersion7() throws {
        let code = try QRCode(text: String(repeating: "v", count: 110))
        XCTAssertEqual(code.version, 7)
        for (cx, cy) in [(22, 6), (6, 22), (22, 22), (38, 22), (22, 38), (38, 38)] {
            for dy in -2...2 {
                for dx in -2...2 {
                    XCTAssertEqual(code.isDark(x: cx + dx, y: cy + dy), max(abs(dx), abs(dy)) != 1)
                }
            }
        }
    }

    /// Both copies of the format word: MSB first, per ISO 18004 Figure 25.
    func testFormatInformationInBothCopies() throws {
        for level in QRErrorCorrection.allCases {
            let code = try QRCode(text: "https://ubnd.example.vn/?q=Phụ Ổ", correction: level)
            let n = code.size
            let first = [(0, 8), (1, 8), (2, 8), (3, 8), (4, 8), (5, 8), (7, 8), (8, 8),
                         (8, 7), (8, 5), (8, 4), (8, 3), (8, 2), (8, 1), (8, 0)]
            let second = (0..<7).map { (8, n - 1 - $0) } + (0..<8).map { (n - 8 + $0, 8) }
            let words = [first, second].map { cells in
                cells.reduce(0) { $0 << 1 | (code.isDark(x: $1.0, y: $1.1) ? 1 : 0) }
            }
            XCTAssertEqual(words[0], words[1])
            let unmasked = words[0] ^ 0x5412
            XCTAssertEqual(unmasked >> 13, level.formatBits, "EC level bits for \(level.letter)")
            XCTAssertEqual(unmasked >> 10 & 0b111, code.mask, "mask bits")
        }
    }

    /// Version 7's word 0x07C94 in both 6×3 blocks (ISO 18004 Figure 27): bit i sits at
    /// column i/3, row n−11+i%3 bottom-left, and transposed top-right.
    func testVersionInformationBlocks() throws {
        let code = try QRCode(text: String(repeating: "v", count: 110))
        XCTAssertEqual(code.version, 7)
        let n = code.size
        var bottomLeft = 0, topRight = 0
        for i in 0..<18 {
            if code.isDark(x: i / 3, y: n - 11 + i % 3) { bottomLeft |= 1 << i }
            if code.isDark(x: n - 11 + i % 3, y: i / 3) { topRight |= 1 << i }
        }
        XCTAssertEqual(bottomLeft, 0x07C94)
        XCTAssertEqual(topRight, 0x07C94)
    }

    func testOutsideCoordinatesAreLight() throws {
        let code = try QRCode(text: "a")
        XCTAssertFalse(code.isDark(x: -1, y: 0))
        XCTAssertFalse(code.isDark(x: 0, y: code.size))
    }

    func testEncodingIsDeterministic() throws {
        let a = try QRCode(text: "https://ubnd.example.vn/tien-do/")
        let b = try QRCode(text: "https://ubnd.example.vn/tien-do/")
        XCTAssertEqual(a.mask, b.mask)
        for y in 0..<a.size { for x in 0..<a.size { XCTAssertEqual(a.isDark(x: x, y: y), b.isDark(x: x, y: y)) } }
    }

    /// The chosen mask scores lowest of all eight (first one on a tie), and the symbol is
    /// exactly the unmasked matrix with that mask applied.
    func testChosenMaskHasLowestPenalty() throws {
        var chosen = Set<Int>()
        for text in ["a", "https://ubnd.example.vn/", "https://ubnd.example.vn/khong-ma-tuy/tien-do/phu-o-1/",
                     String(repeating: "https://x.vn/", count: 12), "Phụ Ổ", "0123456789"] {
            let code = try QRCode(text: text)
            chosen.insert(code.mask)
            let bytes = Array(text.utf8)
            let data = QRCodewords.dataCodewords(bytes, version: code.version, correction: code.correction)
            var matrix = QRMatrix(version: code.version)
            matrix.placeCodewords(QRCodewords.interleaved(data, version: code.version, correction: code.correction))
            var scores: [Int] = []
            for mask in QRMask.all {
                var masked = matrix
                masked.applyMask(mask)
                masked.drawFormatBits(QRFormat.formatWord(correction: code.correction, mask: mask.index))
                scores.append(QRPenalty.score(masked.dark, size: masked.size))
                if mask.index == code.mask {
                    XCTAssertEqual(masked.dark, (0..<(code.size * code.size)).map {
                        code.isDark(x: $0 % code.size, y: $0 / code.size)
                    })
                }
            }
            XCTAssertEqual(code.mask, scores.firstIndex(of: scores.min()!), "\(text): \(scores)")
        }
        XCTAssertGreaterThan(chosen.count, 1, "different data should not always pick the same mask")
    }
}

/// The four penalty rules on hand-made lines and grids with hand-counted scores.
final class QRPenaltyTests: XCTestCase {
    private func line(_ s: String) -> [Bool] { s.map { $0 == "1" } }

    func testRule1Runs() {
        XCTAssertEqual(QRPenalty.runs(line("1111")), 0)
        XCTAssertEqual(QRPenalty.runs(line("11111")), 3)
        XCTAssertEqual(QRPenalty.runs(line("1111111")), 5)
        XCTAssertEqual(QRPenalty.runs(line("0000011111")), 6)
        XCTAssertEqual(QRPenalty.runs(line("1010101010")), 0)
    }

    func testRule2Blocks() {
        let grid = [true, true, true,
                    true, true, true,
                    true, true, false]
        XCTAssertEqual(QRPenalty.blocks(grid, size: 3), 9)
    }

    func testRule3FinderLikePatterns() {
        XCTAssertEqual(QRPenalty.finderPatterns(line("10111010000")), 40)
        XCTAssertEqual(QRPenalty.finderPatterns(line("00001011101")), 40)
        // At the edge the quiet zone supplies the light modules.
        XCTAssertEqual(QRPenalty.finderPatterns(line("1011101")), 40)
        XCTAssertEqual(QRPenalty.finderPatterns(line("111110111011111")), 0)
        XCTAssertEqual(QRPenalty.finderPatterns(line("000010111010000101110100001")), 80)
    }

    /// The whole-symbol score reads rows and columns in place; it must add up to exactly the
    /// line-by-line rules above, on real masked symbols and on random grids of every size.
    func testScoreIsTheSumOfTheRules() throws {
        func reference(_ dark: [Bool], size: Int) -> Int {
            var total = QRPenalty.blocks(dark, size: size) + QRPenalty.balance(dark)
            for a in 0..<size {
                let row = (0..<size).map { dark[a * size + $0] }, column = (0..<size).map { dark[$0 * size + a] }
                total += QRPenalty.runs(row) + QRPenalty.runs(column) + QRPenalty.finderPatterns(row) + QRPenalty.finderPatterns(column)
            }
            return total
        }
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return seed >> 33 }
        for size in [1, 2, 5, 6, 7, 8, 11, 12, 21, 25, 33, 45, 55, 56, 57, 61] {
            for density in [2, 3, 5] {
                let grid = (0..<(size * size)).map { _ in next() % UInt64(density) != 0 }
                XCTAssertEqual(QRPenalty.score(grid, size: size), reference(grid, size: size), "size \(size)")
                XCTAssertEqual(QRPenalty.lineScore(grid, size: size), reference(grid, size: size), "size \(size)")
            }
        }
        // Versions 2 … 7 (packed words) and 10 (line by line).
        for text in ["https://ubnd.example.vn/khong-ma-tuy/tien-do/phu-o-1/", String(repeating: "https://x.vn/", count: 6),
                     String(repeating: "https://x.vn/", count: 12), String(repeating: "https://x.vn/", count: 16)] {
            let code = try QRCode(text: text)
            var matrix = QRMatrix(version: code.version)
            let data = QRCodewords.dataCodewords(Array(text.utf8), version: code.version, correction: code.correction)
            matrix.placeCodewords(QRCodewords.interleaved(data, version: code.version, correction: code.correction))
            for mask in QRMask.all {
                var masked = matrix
                masked.applyMask(mask)
                masked.drawFormatBits(QRFormat.formatWord(correction: code.correction, mask: mask.index))
                XCTAssertEqual(QRPenalty.score(masked.dark, size: masked.size), reference(masked.dark, size: masked.size))
            }
        }
    }

    func testRule4Balance() {
        XCTAssertEqual(QRPenalty.balance([Bool](repeating: true, count: 441)), 100)
        XCTAssertEqual(QRPenalty.balance([Bool](repeating: false, count: 441)), 100)
        // 50 of 100 dark is balanced; 56 strays by one full 5 % step; 61 by two.
        XCTAssertEqual(QRPenalty.balance((0..<100).map { $0 < 50 }), 0)
        XCTAssertEqual(QRPenalty.balance((0..<100).map { $0 < 56 }), 10)
        XCTAssertEqual(QRPenalty.balance((0..<100).map { $0 < 61 }), 20)
    }
}
