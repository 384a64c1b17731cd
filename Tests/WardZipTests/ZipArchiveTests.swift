import Foundation
import XCTest
@testable import WardZip

/// The ZIP layer on archives built byte by byte, so each field a hostile or broken file could
/// lie in is tried.
final class ZipArchiveTests: XCTestCase {
    private struct Part {
        var name: String
        var data: [UInt8]
        var method: UInt16 = 0
        var declaredSize: Int? = nil
        var crc: UInt32? = nil
        var flags: UInt16 = 0
        var original: [UInt8]? = nil
    }

    private func le(_ value: Int, _ width: Int) -> [UInt8] { (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }

    private func archive(_ parts: [Part], comment: [UInt8] = [], entryCount: Int? = nil) -> [UInt8] {
        var out: [UInt8] = [], central: [UInt8] = []
        for p in parts {
            let plain = p.original ?? p.data
            let crc = Int(p.crc ?? CRC32.checksum(plain)), size = p.declaredSize ?? plain.count
            let common = le(20, 2) + le(Int(p.flags), 2) + le(Int(p.method), 2) + le(0, 4) + le(crc, 4) + le(p.data.count, 4) + le(size, 4) + le(p.name.utf8.count, 2)
            central += le(0x0201_4B50, 4) + le(20, 2) + common + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(out.count, 4) + Array(p.name.utf8)
            out += le(0x0403_4B50, 4) + common + le(0, 2) + Array(p.name.utf8) + p.data
        }
        let start = out.count
        out += central + le(0x0605_4B50, 4) + le(0, 2) + le(0, 2) + le(entryCount ?? parts.count, 2) + le(entryCount ?? parts.count, 2)
            + le(central.count, 4) + le(start, 4) + le(comment.count, 2) + comment
        return out
    }

    private var vectors: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Vectors/small") }

    private func deflated(_ name: String) throws -> (plain: [UInt8], stream: [UInt8]) {
        let input = name.split(separator: "-").first.map(String.init)!
        return ([UInt8](try Data(contentsOf: vectors.appendingPathComponent(input + ".in"))),
                [UInt8](try Data(contentsOf: vectors.appendingPathComponent(name + ".deflate"))))
    }

    private func failure(_ bytes: [UInt8], limits: ZipLimits = ZipLimits(), read name: String? = nil) -> ZipError.Kind? {
        do {
            let zip = try ZipArchive(bytes, limits: limits)
            if let name { _ = try zip.contents(of: zip.entry(named: name)!) }
            return nil
        } catch {
            XCTAssertFalse(error.vi.isEmpty || error.en.isEmpty)
            return error.kind
        }
    }

    func testStoredAndDeflatedEntriesAreReadAndChecked() throws {
        let sheet = try deflated("sheet-l6-default")
        let zip = try ZipArchive(archive([Part(name: "xl/workbook.xml", data: Array("<workbook/>".utf8)),
                                          Part(name: "xl/worksheets/Sheet1.xml", data: sheet.stream, method: 8, original: sheet.plain)],
                                         comment: Array("PK\u{5}\u{6} a fake end record inside the comment".utf8)))
        XCTAssertEqual(zip.entries.map(\.name), ["xl/workbook.xml", "xl/worksheets/Sheet1.xml"])
        XCTAssertEqual(try zip.contents(of: zip.entry(named: "XL/WORKBOOK.XML")!), Array("<workbook/>".utf8), "names compare case-insensitively")
        XCTAssertEqual(try zip.contents(of: zip.entry(named: "xl/worksheets/sheet1.xml")!), sheet.plain)
    }

    func testDamageIsNamed() throws {
        let sheet = try deflated("sheet-l9-default")
        let good = Part(name: "s.xml", data: sheet.stream, method: 8, original: sheet.plain)
        var badCRC = good; badCRC.crc = 1234
        XCTAssertEqual(failure(archive([badCRC]), read: "s.xml"), .crcMismatch)
        var flipped = good; flipped.data[flipped.data.count / 2] ^= 0x55
        XCTAssertNotNil(failure(archive([flipped]), read: "s.xml"))
        var cut = good; cut.data.removeLast(cut.data.count / 3)
        XCTAssertEqual(failure(archive([cut]), read: "s.xml"), .truncated)
        var stored = Part(name: "s.xml", data: [1, 2, 3]); stored.declaredSize = 4
        XCTAssertEqual(failure(archive([stored]), read: "s.xml"), .sizeMismatch)
        let whole = archive([good])
        XCTAssertEqual(failure(Array(whole.prefix(whole.count - 30))), .truncated)
        XCTAssertEqual(failure(Array("not a zip at all, just text".utf8)), .notZip)
        XCTAssertEqual(failure([]), .notZip)
        XCTAssertEqual(failure(archive([good, good])), .duplicateEntry)
        var encrypted = good; encrypted.flags = 1
        XCTAssertEqual(failure(archive([encrypted]), read: "s.xml"), .encrypted)
        var bzip2 = good; bzip2.method = 12
        XCTAssertEqual(failure(archive([bzip2]), read: "s.xml"), .unsupportedMethod(12))
        XCTAssertEqual(failure(archive([good], entryCount: 0xFFFF)), .zip64)
    }

    /// Declared sizes are checked before inflating, and the decoder stops at the declared size,
    /// so an archive that lies about its size costs no more than what it declared.
    func testLimitsAgainstBombs() throws {
        let zeros = try deflated("zeros-l9-default")  // 12,000 zeros in a few dozen bytes
        let bomb = Part(name: "s.xml", data: zeros.stream, method: 8, original: zeros.plain)
        var limits = ZipLimits()
        limits.ratioFloor = 1000
        limits.maxRatio = 50
        XCTAssertEqual(failure(archive([bomb]), limits: limits), .ratioTooHigh)
        limits = ZipLimits(); limits.maxEntrySize = 10_000
        XCTAssertEqual(failure(archive([bomb]), limits: limits), .entryTooLarge)
        limits = ZipLimits(); limits.maxTotalSize = 20_000
        var second = bomb; second.name = "t.xml"
        XCTAssertEqual(failure(archive([bomb, second]), limits: limits), .totalTooLarge)
        limits = ZipLimits(); limits.maxEntries = 1
        XCTAssertEqual(failure(archive([bomb, second]), limits: limits), .tooManyEntries)
        var liar = bomb; liar.declaredSize = 100; liar.crc = CRC32.checksum(zeros.plain.prefix(100))
        XCTAssertEqual(failure(archive([liar]), read: "s.xml"), .sizeMismatch)
        XCTAssertThrowsError(try Inflate.decompress(zeros.stream, limit: 100)) { XCTAssertEqual($0 as? InflateError, .outputLimitExceeded) }
        XCTAssertNil(failure(archive([bomb]), read: "s.xml"), "within the default limits it is an ordinary entry")
    }

    func testCRC32KnownValues() {
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(CRC32.checksum([UInt8]()), 0)
        XCTAssertEqual(CRC32.checksum(Array("6789".utf8), continuing: CRC32.checksum(Array("12345".utf8))), 0xCBF4_3926)
    }
}
