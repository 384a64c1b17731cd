import Foundation
import WardPrivacy
import XCTest

/// Inputs built to make a careless scanner quadratic or blind. They must be read completely
/// and correctly; how fast is printed by `swift run -c release scanner-bench`, never asserted.
final class AdversarialTests: XCTestCase, ScannerChecks {
    func testThreeMegabytesOnOneLine() {
        let sentence = "Đối tượng Nguyễn Văn A, SN 1990, ở số nhà 12 ngõ 34, gọi 0912 345 678. "
        let line = String(repeating: sentence, count: 3 * 1024 * 1024 / sentence.utf8.count)
        let count = line.utf8.count / sentence.utf8.count
        let found = plain.scan(line)
        XCTAssertEqual(found.count, 4 * count)
        XCTAssertTrue(found.allSatisfy { $0.line == 1 })
        let last = found.last!
        XCTAssertEqual(last.kind, .mobilePhone)
        XCTAssertEqual(last.column, line.count - sentence.count + sentence.distance(
            from: sentence.startIndex, to: sentence.firstRange(of: "0912")!.lowerBound) + 1)
        // Decomposed input (as pasted from macOS) reads the same.
        let part = String(repeating: sentence, count: 2000)
        XCTAssertTrue(plain.scan(part.decomposedStringWithCanonicalMapping).map(\.kind) == plain.scan(part).map(\.kind))
    }

    func testAMillionDigits() {
        XCTAssertEqual(kinds(String(repeating: "7", count: 1_000_000)), [])
        XCTAssertEqual(kinds(String(repeating: "1 ", count: 500_000)), [])
        let phones = String(repeating: "0912 345 678 - ", count: 20_000)
        let found = kinds(phones)
        XCTAssertEqual(found.count, 20_000)
        XCTAssertTrue(found.allSatisfy { $0 == .mobilePhone })
    }

    func testPathologicalPunctuationAndMarkup() {
        for text in [String(repeating: "<", count: 100_000), String(repeating: "<a ", count: 30_000),
                     String(repeating: "@", count: 100_000), String(repeating: "a@", count: 50_000),
                     String(repeating: "(", count: 100_000) + "1", String(repeating: "[](", count: 30_000),
                     String(repeating: "&#", count: 50_000), String(repeating: "Nguyễn ", count: 30_000),
                     String(repeating: "đường Lê ", count: 20_000), String(repeating: "https://a", count: 20_000),
                     String(repeating: "1 ", count: 100_000), String(repeating: "sinh năm ", count: 20_000)] {
            for format in [TextFormat.plain, .markdown, .markup, .json, .path] {
                _ = plain.scan(text, format: format)
            }
        }
        XCTAssertEqual(kinds(String(repeating: "<", count: 50_000) + " 0912345678", .markdown), [.mobilePhone])
        XCTAssertEqual(kinds("<!-- " + String(repeating: "x", count: 100_000) + " 0912345678", .markup), [.mobilePhone])
    }
}
