import Foundation
import XCTest
@testable import WardKit

final class OutputTests: XCTestCase {
    func testUnchangedFilesKeepTheirModificationTime() throws {
        let site = try makeSite()
        _ = try build(site)
        // Instead of waiting for the clock to move, every output file is dated a day back: a
        // file the next build rewrites gets the current time, one it keeps stays a day old.
        let output = site.appendingPathComponent("public")
        let dayAgo = Date(timeIntervalSinceNow: -86_400).timeIntervalSince1970.rounded(.down)
        let backdated = Date(timeIntervalSince1970: dayAgo)
        for path in snapshot(output).keys {
            try FileManager.default.setAttributes([.modificationDate: backdated], ofItemAtPath: output.appendingPathComponent(path).path)
        }
        func mtime(_ relative: String) throws -> Date {
            try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(relative).path)[.modificationDate] as? Date)
        }
        XCTAssertEqual(try mtime("style.css"), backdated, "the file system keeps whole-second times")
        // Change one news post: the CSS and group pages stay the same bytes.
        try write("---\ntitle: Tin mới\ndate: 2026-11-20\n---\nNội dung.\n", to: "content/news/2026-11-20-moi.md", in: site)
        _ = try build(site)
        XCTAssertEqual(try mtime("style.css"), backdated)
        XCTAssertEqual(try mtime("tien-do/phu-o-1/index.html"), backdated, "untouched page keeps mtime")
        XCTAssertGreaterThan(try mtime("tin-tuc/index.html"), backdated.addingTimeInterval(3_600), "changed page is rewritten")
    }

    func testSiteThemeOverridesOneFile() throws {
        let site = try makeSite()
        try write("{{<base}}{{$main}}<h1>Trang riêng của phường</h1>{{/main}}{{/base}}\n", to: "theme/templates/home.mustache", in: site)
        _ = try build(site)
        XCTAssertTrue(try read("public/index.html", in: site).contains("Trang riêng của phường"))
        XCTAssertTrue(try read("public/tien-do/index.html", in: site).contains("Các đơn vị"), "other templates come from the default theme")
    }

    func testRawHTMLIsDroppedAndLinksAreReRooted() {
        let html = MarkdownRenderer().html("<script>alert(1)</script>\n\nXem [tiến độ](/tien-do/).\n", basePath: "/khong-ma-tuy/")
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("href=\"/khong-ma-tuy/tien-do/\""), html)
    }

    func testSubFolderBaseURLIsUsedForCanonicalFeedAndQR() throws {
        let site = try makeSite()
        _ = try build(site, baseURL: "https://ubnd.example.vn/khong-ma-tuy/")
        let home = try read("public/index.html", in: site)
        XCTAssertTrue(home.contains("<link rel=\"canonical\" href=\"https://ubnd.example.vn/khong-ma-tuy/\">"))
        XCTAssertTrue(home.contains("href=\"tien-do/\""), "internal links are relative")
        let feed = try read("public/tin-tuc/atom.xml", in: site)
        XCTAssertTrue(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://ubnd.example.vn/khong-ma-tuy/tin-tuc/"))
        let notFound = try read("public/404.html", in: site)
        XCTAssertTrue(notFound.contains("href=\"/khong-ma-tuy/style.css\""), "404 is served at any depth, so its links are absolute")
    }
}

final class ThemeStringsTests: XCTestCase {
    func testASiteStringsFileOverridesKeyByKey() throws {
        let site = try makeSite()
        try write("nav_news: Bản tin\n", to: "theme/strings.txt", in: site)
        try write("---\ntitle: Ngày theo kiểu Việt\ndate: 05/11/2026\n---\nx\n", to: "content/news/ngay.md", in: site)
        _ = try build(site)
        let html = try read("public/index.html", in: site)
        XCTAssertTrue(html.contains(">Bản tin</a>"), "the overridden label")
        XCTAssertTrue(html.contains(">Tiến độ</a>"), "every other label still comes from the default strings")
        XCTAssertTrue(try read("public/tin-tuc/ngay/index.html", in: site).contains("05/11/2026"), "a DD/MM/YYYY date is read")
    }
}

final class StagingTests: XCTestCase {
    func testAnAbandonedStagingFolderIsRemovedByTheNextBuild() throws {
        let site = try makeSite()
        // pid 2^22+1 is above Linux's default pid_max, so no such process exists.
        let stale = site.appendingPathComponent(".public.staging-4194305-1")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        _ = try build(site)
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale.path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/index.html").path))
    }
}
