import Foundation
import XCTest
@testable import WardKit

/// A file taken over from the previous build is not rendered, so its links are not read as it
/// is written; when a page it links to is gone, the link must still be found broken, as a full
/// build of the same input finds it.
final class IncrementalLinkTests: XCTestCase {
    func testAReusedFileLinkingToARemovedPageIsABrokenLinkAsInAFullBuild() throws {
        let site = try makeSite(withTheme: true)
        defer { try? FileManager.default.removeItem(at: site) }
        try write("---\ntitle: Tin tạm\ndate: 2026-11-12\nsummary: Một tin sẽ bị xóa.\n---\nNội dung tạm.\n", to: "content/news/2026-11-12-tin-tam.md", in: site)
        // A theme file is reused on its bytes alone: nothing about it changes when the post goes.
        try write("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Liên kết</title></head><body>"
                  + "<a href=\"tin-tuc/2026-11-12-tin-tam/\">Tin tạm</a></body></html>\n", to: "theme/static/lien-ket.html", in: site)
        _ = try build(site)
        let again = try build(site)
        XCTAssertEqual(again.filesRendered, 0, "the second build reuses every file, the theme's page too")

        try FileManager.default.removeItem(at: site.appendingPathComponent("content/news/2026-11-12-tin-tam.md"))
        let fresh = FileManager.default.temporaryDirectory.appendingPathComponent("incr-links-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: fresh, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: fresh) }
        for name in ["content", "theme", SiteRecord.folder] where FileManager.default.fileExists(atPath: site.appendingPathComponent(name).path) {
            try FileManager.default.copyItem(at: site.appendingPathComponent(name), to: fresh.appendingPathComponent(name))
        }
        let incremental = failingBuild(site).map(\.en)
        let full = failingBuild(fresh).map(\.en)
        XCTAssertTrue(incremental.contains { $0.contains("tin-tuc/2026-11-12-tin-tam") }, "\(incremental)")
        XCTAssertEqual(incremental, full)
    }
}
