import Foundation
import XCTest
@testable import WardKit

/// Bad input stops the build with every problem, each with file, line and column, and the
/// previous output stays byte-identical.
final class FailureTests: XCTestCase {
    func testUnclosedSectionInATemplateFailsAndKeepsThePreviousSite() throws {
        let site = try makeSite(withTheme: true)
        _ = try build(site)
        let before = snapshot(site.appendingPathComponent("public"))
        XCTAssertGreaterThan(before.count, 100)
        try write("<ul>\n{{#hotlines}}<li>{{number}}</li>\n</ul>\n", to: "theme/templates/hotline-strip.mustache", in: site)
        let ds = failingBuild(site)
        let d = try XCTUnwrap(ds.first)
        XCTAssertEqual(d.position?.file, "theme/templates/hotline-strip.mustache")
        XCTAssertEqual(d.position?.line, 2)
        XCTAssertTrue(d.formatted(.vi).hasPrefix("theme/templates/hotline-strip.mustache:2:1: lỗi: "), d.formatted(.vi))
        XCTAssertEqual(snapshot(site.appendingPathComponent("public")), before)
        let staging = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.contains("staging") }
        XCTAssertEqual(staging, [], "the staging folder is removed")
    }

    func testBrokenFrontMatterNamesFileAndLine() throws {
        let site = try makeSite()
        _ = try build(site)
        let before = snapshot(site.appendingPathComponent("public"))
        try write("---\ntitle: Tin hỏng\ndate: 2026-13-45\nsummary oops\n---\nNội dung.\n", to: "content/news/hong.md", in: site)
        let ds = failingBuild(site)
        let messages = ds.map { $0.formatted(.vi) }
        XCTAssertTrue(messages.contains { $0.hasPrefix("content/news/hong.md:4:1: lỗi:") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("content/news/hong.md:3:7: lỗi:") && $0.contains("2026-13-45") }, "\(messages)")
        XCTAssertEqual(snapshot(site.appendingPathComponent("public")), before)
    }

    func testUnclosedFrontMatter() throws {
        let site = try makeSite()
        try write("---\ntitle: Tin\ndate: 2026-01-01\nNội dung không có dòng đóng.\n", to: "content/news/mo.md", in: site)
        let ds = failingBuild(site)
        XCTAssertTrue(ds.contains { $0.position?.file == "content/news/mo.md" && $0.position?.line == 1 }, "\(ds)")
    }

    func testUnknownFrontMatterKeyIsRefused() throws {
        let site = try makeSite()
        try write("---\ntitle: Tin\ndate: 2026-01-01\nauthor: ai đó\n---\nx\n", to: "content/news/key.md", in: site)
        let ds = failingBuild(site)
        XCTAssertTrue(ds.contains { $0.position == SourcePosition(file: "content/news/key.md", line: 4, column: 1) && $0.vi.contains("author") }, "\(ds)")
    }

    func testEveryErrorIsReportedNotOnlyTheFirst() throws {
        let site = try makeSite()
        var csv = try read("content/progress/2026-10.csv", in: site)
        csv = csv.replacingOccurrences(of: "TDP03,", with: "TDP99,")
        csv = csv.replacingOccurrences(of: ",đạt,", with: ",đạtt,")
        try write(csv, to: "content/progress/2026-10.csv", in: site)
        let ds = failingBuild(site)
        XCTAssertTrue(ds.contains { $0.vi.contains("TDP99") })
        XCTAssertGreaterThan(ds.filter { $0.vi.contains("đạtt") }.count, 5)
    }

    func testInconsistentInputsAreErrorsWithPositions() throws {
        let site = try makeSite()
        // pledged > households (TDP01 has the households in units.csv)
        let units = try read("content/units.csv", in: site)
        let tdp01 = units.split(separator: "\n").first { $0.hasPrefix("TDP01,") }!
        let households = Int(tdp01.split(separator: ",")[4])!
        var csv = try read("content/progress/2026-11.csv", in: site).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let i = csv.firstIndex { $0.hasPrefix("TDP01,") }!
        var cells = csv[i].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        cells[7] = String(households + 1)
        csv[i] = cells.joined(separator: ",")
        try write(csv.joined(separator: "\n"), to: "content/progress/2026-11.csv", in: site)
        // a group with two parents: the same id twice
        try write(units + "TDP01,Bàu Sen,Tổ dân phố,SM,90,\n", to: "content/units.csv", in: site)
        // a month after the build date
        try write(try read("content/progress/2026-11.csv", in: site), to: "content/progress/2026-12.csv", in: site)
        let ds = failingBuild(site)
        let text = ds.map { $0.formatted(.vi) }
        XCTAssertTrue(text.contains { $0.hasPrefix("content/progress/2026-11.csv:\(i + 1):") && $0.contains("lớn hơn số hộ") }, "\(text)")
        XCTAssertTrue(text.contains { $0.hasPrefix("content/units.csv:") && $0.contains("bị trùng") }, "\(text)")
        XCTAssertTrue(text.contains { $0.hasPrefix("content/progress/2026-12.csv:1:") && $0.contains("sau ngày lập trang") }, "\(text)")
    }

    func testCriterionColumnNotInTheSetIsRefused() throws {
        let site = try makeSite()
        let csv = try read("content/progress/2026-11.csv", in: site).replacingOccurrences(of: "TC6,", with: "TC7,")
        try write(csv, to: "content/progress/2026-11.csv", in: site)
        let ds = failingBuild(site)
        XCTAssertTrue(ds.contains { $0.position?.file == "content/progress/2026-11.csv" && $0.position?.line == 1 && $0.vi.contains("TC7") }, "\(ds)")
    }

    func testLegacyEncodingIsAnErrorNamingTheFile() throws {
        let site = try makeSite()
        // "Phường" in Windows-1258: never shown as mojibake.
        var bytes = Data("id,name,kind,parent,households,mailbox\nSM,".utf8)
        bytes.append(contentsOf: [0x50, 0x68, 0xFD, 0xF5, 0xCC, 0x6E, 0x67])
        bytes.append(contentsOf: Array(",Phường,,,\n".utf8))
        try bytes.write(to: site.appendingPathComponent("content/units.csv"))
        let ds = failingBuild(site)
        XCTAssertTrue(ds.contains { $0.position?.file == "content/units.csv" && $0.vi.contains("1258") }, "\(ds)")
    }

    func testEnglishMessages() throws {
        let site = try makeSite()
        try write("---\ntitle: x\n", to: "content/pages/a.md", in: site)
        let ds = failingBuild(site)
        XCTAssertTrue(ds.contains { $0.formatted(.en).contains(": error: front matter opened") }, "\(ds.map { $0.formatted(.en) })")
    }
}

final class SlugCollisionTests: XCTestCase {
    func testTwoFilesWithTheSameSlugAndReservedNamesAreRefused() throws {
        let site = try makeSite()
        try write("---\ntitle: A\n---\nx\n", to: "content/pages/Tiến độ.md", in: site)
        try write("---\ntitle: B\ndate: 2026-01-01\n---\nx\n", to: "content/news/Tin A.md", in: site)
        try write("---\ntitle: C\ndate: 2026-01-02\n---\nx\n", to: "content/news/tin-a.md", in: site)
        let ds = failingBuild(site)
        XCTAssertTrue(ds.contains { $0.position?.file == "content/pages/Tiến độ.md" && $0.vi.contains("/tien-do/") }, "\(ds)")
        XCTAssertTrue(ds.contains { $0.vi.contains("cùng đường dẫn «tin-a»") }, "\(ds)")
    }
}
