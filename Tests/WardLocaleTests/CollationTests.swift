import Foundation
import WardLocale
import XCTest

final class CollationTests: XCTestCase {
    /// Asserts `expected` is strictly increasing and that sorting it from other starting orders
    /// (reversed, interleaved) gives it back, by keys and by `precedes`.
    private func assertVietnameseOrder(_ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        for (a, b) in zip(expected, expected.dropFirst()) {
            XCTAssertTrue(Vietnamese.precedes(a, b), "\(a) should precede \(b)", file: file, line: line)
            XCTAssertFalse(Vietnamese.precedes(b, a), "\(b) should not precede \(a)", file: file, line: line)
        }
        for start in [expected.reversed(), interleaved(expected), interleaved(expected.reversed())] {
            XCTAssertEqual(Vietnamese.sorted(start), expected, file: file, line: line)
            XCTAssertEqual(start.sorted(by: Vietnamese.precedes), expected, file: file, line: line)
        }
    }

    func testKimTraGroupsSortInVietnameseOrder() {
        XCTAssertEqual(Vietnamese.sorted(KimTra.planOrder), KimTra.vietnameseOrder)
        assertVietnameseOrder(KimTra.vietnameseOrder)
    }

    func testSortedByNameKeepsTheItems() {
        struct Group { let name: String; let households: Int }
        let groups = KimTra.planOrder.enumerated().map { Group(name: $0.element, households: $0.offset) }
        let sorted = Vietnamese.sorted(groups, by: \.name)
        XCTAssertEqual(sorted.map(\.name), KimTra.vietnameseOrder)
        XCTAssertEqual(sorted.first?.households, KimTra.planOrder.firstIndex(of: "An Thuận"))
    }

    func testAlphabetOrder() {
        let alphabet = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z"
            .split(separator: " ").map(String.init)
        assertVietnameseOrder(alphabet)
        assertVietnameseOrder(alphabet.map { $0.uppercased() })
    }

    func testModifiedVowelsAreLettersNotAccents() {
        // ă and â are letters after a: "Anh" precedes "Ăn" although n > h would say otherwise
        // if ă were only an accented a.
        assertVietnameseOrder(["An", "Anh", "Ăn", "Âm", "Ân", "Bà"])
        assertVietnameseOrder(["Ôn", "Ơn", "Pa"])
        assertVietnameseOrder(["Ut", "Ưa", "Va"])
    }

    func testStrokedDIsALetterAfterD() {
        assertVietnameseOrder(["Giáp Dương", "Giáp Đông"])
        assertVietnameseOrder(["Dương", "Đà"])
        assertVietnameseOrder(["Dzũng", "Đa", "Đồng Tâm", "Em"])
    }

    func testTonesAreSecondaryInTheConventionalOrder() {
        assertVietnameseOrder(["Ma", "Mà", "Mả", "Mã", "Má", "Mạ"])
        assertVietnameseOrder(["ê", "ề", "ể", "ễ", "ế", "ệ"])
        assertVietnameseOrder(["ư", "ừ", "ử", "ữ", "ứ", "ự"])
    }

    func testAllLettersAreComparedBeforeAnyTone() {
        assertVietnameseOrder(["Mạ", "Mai"])
        assertVietnameseOrder(["Mạ", "Mà A"])
        // Same letters: the first word's tone decides, before the second word's.
        assertVietnameseOrder(["Ma Hải", "Má Hai"])
    }

    func testToneBelongsToTheSyllableWhereverItIsPlaced() {
        // "hòa" (old placement) and "hoà" (new) both carry huyền on the syllable: they sit
        // together between ngang and hỏi, instead of the hỏi spelling landing between them.
        assertVietnameseOrder(["hoa", "hòa", "hoả", "hoá"])
        assertVietnameseOrder(["hoa", "hoà", "hoả"])
        XCTAssertNotEqual(Vietnamese.collationKey("hòa"), Vietnamese.collationKey("hoà"))
    }

    func testCaseIsTertiaryLowercaseFirst() {
        assertVietnameseOrder(["an", "An", "AN", "àn", "Àn", "ăn"])
    }

    func testShorterPrefixFirstAndSpaceBeforeLetters() {
        assertVietnameseOrder(["ma", "mai"])
        assertVietnameseOrder(["La", "La Chũ", "La Chũ Nam", "Lai"])
    }

    func testNumbersCompareByValue() {
        assertVietnameseOrder(["Tổ 2", "Tổ 9", "Tổ 10", "Tổ 100"])
        assertVietnameseOrder(["Thanh Lương 2", "Thanh Lương 3", "Thanh Lương 10"])
        assertVietnameseOrder(["Tổ 6", "Tổ 007", "Tổ 8"])
        assertVietnameseOrder(["Tổ 1", "Tổ 2A", "Tổ 2B", "Tổ 3"])
        assertVietnameseOrder(["Tổ 9", "Tổ A"])
        assertVietnameseOrder(["Tổ 1000", "Tổ 99999999999999999999999", "Tổ 100000000000000000000000"])
        let longNumber = String(repeating: "9", count: 300)
        assertVietnameseOrder(["Tổ 8" + longNumber, "Tổ 9" + longNumber, "Tổ 1" + longNumber + "0"])
    }

    func testPunctuationOnlySeparatesWords() {
        let spellings = ["Vân Cù - Nam Thanh", "Vân Cù – Nam Thanh", "Vân Cù-Nam Thanh", "Vân Cù Nam Thanh"]
        for spelling in spellings {
            assertVietnameseOrder(["Vân Cù Nam Tha", spelling, "Vân Cù Nam Thanh A"])
        }
        assertVietnameseOrder(["Giáp Dương", "(Giáp Đông)", "Giáp Đông A"])
        assertVietnameseOrder(["Giáp Dương", "  Giáp Đông.", "Giáp Đông A"])
    }

    func testDecomposedInputCollatesLikePrecomposed() {
        for name in KimTra.planOrder {
            XCTAssertNotEqual(Array(nfd(name).unicodeScalars), Array(name.unicodeScalars))
            XCTAssertEqual(Vietnamese.collationKey(nfd(name)), Vietnamese.collationKey(name), name)
        }
        XCTAssertEqual(Vietnamese.sorted(KimTra.planOrder.map(nfd)).map { $0.precomposedStringWithCanonicalMapping },
                       KimTra.vietnameseOrder)
        // Marks typed in reading order (circumflex, then dot below) rather than canonical order.
        XCTAssertEqual(Vietnamese.collationKey("Ca\u{302}\u{323}p"), Vietnamese.collationKey("Cập"))
    }

    func testEthTypedForStrokedD() {
        assertVietnameseOrder(["Dương", "\u{D0}ông", "Đông A"])
    }

    func testOtherScriptsAfterZ() {
        assertVietnameseOrder(["Xuân", "Zulu", "Øre", "Ωmega"])
        assertVietnameseOrder(["Zurich", "Zürich", "Zurichs"])
    }

    /// Keys are a strict total order whose equality is canonical equality of the text: needed
    /// so that sorting 100k pages gives the same result whatever order they were read in.
    func testKeysFormATotalOrderMatchingCanonicalEquality() {
        var names = KimTra.planOrder
        names += KimTra.planOrder.map(nfd)
        names += KimTra.planOrder.map { $0.uppercased() }
        names += KimTra.planOrder.map { $0.replacingOccurrences(of: " ", with: "-") }
        names += ["hoà", "hòa", "hoa", "Ma", "ma", "Mạ", "Mai", "Tổ 02", "Tổ 2", "", " ", "-", "Ðông", "Đông"]
        let keys = names.map(Vietnamese.collationKey)
        for i in names.indices {
            for j in names.indices {
                let sameText = names[i].precomposedStringWithCanonicalMapping == names[j].precomposedStringWithCanonicalMapping
                XCTAssertEqual(keys[i] == keys[j], sameText, "\(names[i]) vs \(names[j])")
                XCTAssertEqual(keys[i] < keys[j] || keys[j] < keys[i], !sameText, "\(names[i]) vs \(names[j])")
                XCTAssertFalse(keys[i] < keys[j] && keys[j] < keys[i])
                for k in names.indices where keys[i] < keys[j] && keys[j] < keys[k] {
                    XCTAssertTrue(keys[i] < keys[k], "\(names[i]) < \(names[j]) < \(names[k])")
                }
            }
        }
    }
}
