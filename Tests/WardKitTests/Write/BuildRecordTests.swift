import Foundation
import XCTest
import WardMustache
@testable import WardKit

/// The record is read back by a later process: its text must round-trip, a damaged one must be
/// refused whole, and a context's digest must not depend on the order a dictionary iterates in.
final class BuildRecordTests: XCTestCase {
    func testTheRecordReadsBackAsWritten() {
        let stamp = BuildRecord.Stamp(device: 64769, inode: 1_234_567, size: 4096, seconds: 1_790_000_000, nanoseconds: 123_456_789)
        let record = BuildRecord(tree: BuildRecord.Stamp(device: 64769, inode: 42, size: 0, seconds: 0, nanoseconds: 0),
                                 site: Digest.of("site"), audit: Digest.of("audit"), cleanInputs: [Digest.of("content/units.csv")],
                                 files: ["index.html": .init(input: Digest.of("in"), output: Digest.of("out"), stamp: stamp),
                                         "tien-do/phu-o-1/index.html": .init(input: Digest.of("a"), output: Digest.of("b"), stamp: stamp, quick: Digest.of("q"))])
        XCTAssertEqual(BuildRecord(text: record.text), record)
        XCTAssertEqual(BuildRecord(text: record.text)?.files["tien-do/phu-o-1/index.html"]?.quick, Digest.of("q"))
        XCTAssertNil(BuildRecord(text: record.text.replacingOccurrences(of: Digest.of("q").description, with: "q")), "a damaged input key")
        XCTAssertNil(BuildRecord(text: record.text.replacingOccurrences(of: "site\t", with: "site ")))
        XCTAssertNil(BuildRecord(text: record.text + "file\tnot a line\n"))
        // An earlier format (version 1 had no input keys) vouches for nothing: a full build.
        XCTAssertNil(BuildRecord(text: "wardkit-build-record 1\n" + record.text.split(separator: "\n").dropFirst().joined(separator: "\n")))
        XCTAssertNil(BuildRecord(text: "wardkit-build-record 0\n" + record.text.split(separator: "\n").dropFirst().joined(separator: "\n")))
    }

    func testAContextDigestIgnoresDictionaryOrderButNotContent() {
        var a: [String: MustacheValue] = [:], b: [String: MustacheValue] = [:]
        let keys = (0..<200).map { "key\($0)" }
        for k in keys { a[k] = .string("giá trị \(k)") }
        for k in keys.reversed() { b[k] = .string("giá trị \(k)") }
        func digest(_ v: MustacheValue) -> Digest { var h = DigestBuilder(); h.add(v); return h.finish() }
        XCTAssertEqual(digest(.object(a)), digest(.object(b)))
        b["key7"] = .string("giá trị key8")
        XCTAssertNotEqual(digest(.object(a)), digest(.object(b)))
        XCTAssertNotEqual(digest(.array([.string("ab"), .string("c")])), digest(.array([.string("a"), .string("bc")])))
        XCTAssertNotEqual(digest(.int(1)), digest(.string("1")))
    }
}

extension BuildRecordTests {
    /// The record is read on its bytes: negative times, Vietnamese paths and every digest digit
    /// read back; a number that overflows, a stray sign or a bad hex digit refuses the record;
    /// a path with a tab or a line break is left out rather than breaking its line.
    func testTheRecordsBytesReadBackAndRefuseDamage() {
        let stamp = BuildRecord.Stamp(device: UInt64.max, inode: 0, size: -1, seconds: Int64.min, nanoseconds: Int64.max)
        let digests = [Digest(high: 0, low: UInt64.max), Digest(high: 0xABCD_EF01_2345_6789, low: 0x0F)]
        let record = BuildRecord(tree: nil, site: digests[0], audit: digests[1], cleanInputs: Set(digests),
                                 files: ["tin-tức/ra-quân.html": .init(input: digests[1], output: digests[0], stamp: stamp),
                                         "a\tb.html": .init(input: digests[0], output: digests[0], stamp: stamp),
                                         "c\r\nd.html": .init(input: digests[0], output: digests[0], stamp: stamp)])
        let back = BuildRecord(text: "\n" + record.text + "\n\n")
        XCTAssertEqual(back?.files.keys.sorted(), ["tin-tức/ra-quân.html"])
        XCTAssertEqual(back?.files["tin-tức/ra-quân.html"], record.files["tin-tức/ra-quân.html"])
        XCTAssertEqual(back?.site, record.site)
        XCTAssertEqual(back?.audit, record.audit)
        XCTAssertEqual(back?.cleanInputs, record.cleanInputs)
        XCTAssertNil(back?.tree)
        let text = record.text
        XCTAssertNil(BuildRecord(text: text.replacingOccurrences(of: "\t\(UInt64.max)\t", with: "\t18446744073709551616\t")))
        XCTAssertNil(BuildRecord(text: text.replacingOccurrences(of: "\t-1\t", with: "\t+1\t")))
        XCTAssertNil(BuildRecord(text: text.replacingOccurrences(of: "abcdef", with: "abcdeg")))
        XCTAssertNil(BuildRecord(text: text.replacingOccurrences(of: BuildRecord.formatLine, with: "")))
        XCTAssertNil(BuildRecord(text: ""))
    }
}
