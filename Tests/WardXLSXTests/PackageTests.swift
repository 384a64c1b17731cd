import TestSupport
import Foundation
import XCTest
import WardZip
@testable import WardXLSX

/// The workbook package: finding sheets as writers lay them out, and refusing what is not a
/// safe, readable workbook before any of it reaches the XML parser.
final class PackageTests: XCTestCase {
    private let oneRow = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c></row>"

    func testSheetsInTabOrderWithHiddenStateAndCaseInsensitiveNames() throws {
        let book = try Workbook(TestWorkbook.make([.init(name: "units", data: oneRow), .init(name: "Danh mục", data: oneRow, state: "veryHidden"),
                                                   .init(name: "2026-11", data: oneRow)], date1904: true))
        XCTAssertEqual(book.sheets.map(\.name), ["units", "Danh mục", "2026-11"])
        XCTAssertEqual(book.sheets.map(\.isHidden), [false, true, false])
        XCTAssertTrue(book.uses1904Dates)
        XCTAssertEqual(book.sheet(named: "UNITS")?.name, "units")
        XCTAssertNil(book.sheet(named: "unit"))
        XCTAssertEqual(try book.worksheet(book.sheets[2]).values, ["A1": "id"])
    }

    func testPrefixedNamespacesReadLikeDefaultOnes() throws {
        let book = try Workbook(TestWorkbook.make([.init(name: "units", data: "<x:row r=\"1\"><x:c r=\"A1\"><x:v>5</x:v></x:c></x:row>")], prefix: "x"))
        XCTAssertEqual(try book.worksheet(book.sheets[0]).values, ["A1": "5"])
    }

    /// Every part is checked: a DTD anywhere, or a part in another encoding, stops the read.
    func testDeclarationsAndForeignEncodingsAreRefusedInEveryPart() throws {
        let clean = TestWorkbook.make([.init(name: "units", data: oneRow)])
        let archive = try ZipArchive(clean)
        for entry in archive.entries {
            let original = try archive.contents(of: entry)
            let text = String(decoding: original, as: UTF8.self)
            let variants: [(String, [UInt8], XLSXError.Kind)] = [
                ("doctype", Array(text.replacingOccurrences(of: "?>", with: "?><!DOCTYPE x [<!ENTITY a \"b\">]>").utf8), .entityDeclaration),
                ("lower-case doctype", Array(text.replacingOccurrences(of: "?>", with: "?><!doctype x>").utf8), .entityDeclaration),
                ("utf-7", Array(text.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-7\"").utf8), .malformedXML),
                ("utf-16", [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, .malformedXML),
            ]
            for (name, bytes, kind) in variants {
                let parts = try archive.entries.map { e in (e.name, e == entry ? bytes : try archive.contents(of: e)) }
                do {
                    let book = try Workbook(TestZip.archive(parts))
                    _ = try book.worksheet(book.sheets[0])
                    XCTFail("\(entry.name) with a \(name) was read")
                } catch {
                    XCTAssertEqual(error.kind, kind, "\(entry.name) with a \(name)")
                    XCTAssertTrue(error.vi.contains(entry.name), error.vi)
                }
            }
        }
    }

    func testNotAWorkbookSaysWhatTheFileIs() throws {
        XCTAssertEqual(kind(TestZip.archive([("word/document.xml", Array("<w/>".utf8))])), .notWorkbook)
        XCTAssertEqual(kind(Array("id,name\n1,An Phú\n".utf8)), .archive)
        XCTAssertEqual(kind([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 600)), .legacyXLS)
        XCTAssertEqual(kind([]), .archive)
    }

    /// Hundreds of random damages to real LibreOffice and openpyxl workbooks: each is read or
    /// refused with an XLSXError, never a crash or a hang (the fuzz harness goes further).
    func testRandomDamageIsReadOrRefusedNeverACrash() throws {
        let sources = ["libreoffice/units.xlsx", "libreoffice/progress/2026-11.xlsx", "openpyxl/du-lieu.xlsx"]
            .map { [UInt8](try! Data(contentsOf: fixturesDir.appendingPathComponent($0))) }
        var generator = SeededRandom(seed: 1258)
        var refused = 0, read = 0
        for i in 0..<300 {
            var bytes = sources[i % sources.count]
            switch generator.next() % 3 {
            case 0: for _ in 0...(generator.next() % 8) { bytes[Int(generator.next() % UInt64(bytes.count))] ^= UInt8(truncatingIfNeeded: generator.next() | 1) }
            case 1: bytes.removeLast(Int(generator.next() % UInt64(bytes.count)))
            default:
                let at = Int(generator.next() % UInt64(bytes.count))
                bytes.replaceSubrange(at..<min(bytes.count, at + 16), with: (0..<16).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
            }
            do {
                let book = try Workbook(bytes)
                for sheet in book.sheets { _ = try? book.worksheet(sheet).document() }
                read += 1
            } catch {
                XCTAssertFalse(error.vi.isEmpty)
                refused += 1
            }
        }
        XCTAssertGreaterThan(refused, 100)
        print("random damage: \(read) still readable, \(refused) refused")
    }

    private func kind(_ bytes: [UInt8]) -> XLSXError.Kind? {
        do { _ = try Workbook(bytes); return nil } catch { return error.kind }
    }
}
