import Foundation
import XCTest
import WardServer

/// The browser suite serves the site the way GitHub Pages does: under /khong-ma-tuy/.
final class BasePathTests: XCTestCase {
    private var site: SiteFixture!

    override func setUpWithError() throws { site = try SiteFixture(basePath: "/khong-ma-tuy/") }
    override func tearDown() { site?.tearDown() }

    func testPagesAreServedUnderTheBasePath() throws {
        XCTAssertEqual(try site.get("/khong-ma-tuy/").text, "<h1>Trang chủ</h1>")
        XCTAssertEqual(try site.get("/khong-ma-tuy/css/site.css").text, "body { color: #123; }")
        XCTAssertEqual(try site.get("/khong-ma-tuy/ti%E1%BA%BFn-%C4%91%E1%BB%99/ph%C6%B0%E1%BB%9Dng-1/").text,
                       "<h1>Phường 1</h1>")
        XCTAssertEqual(site.running.url.absoluteString, "http://127.0.0.1:\(site.port)/khong-ma-tuy/")
    }

    func testBareHostRedirectsToTheBasePath() throws {
        let response = try site.get("/")
        XCTAssertEqual(response.status, 302)
        XCTAssertEqual(response.headers["location"], "/khong-ma-tuy/")
    }

    func testBasePathWithoutSlashRedirectsLikeAnyFolder() throws {
        let response = try site.get("/khong-ma-tuy")
        XCTAssertEqual(response.status, 301)
        XCTAssertEqual(response.headers["location"], "/khong-ma-tuy/")
    }

    func testPathsOutsideTheBasePathAreNotFound() throws {
        for target in ["/css/site.css", "/index.html", "/khong-ma-tuy-khac/", "/khong-ma-tu/index.html"] {
            let response = try site.get(target)
            XCTAssertEqual(response.status, 404, target)
            XCTAssertEqual(response.text, "<h1>Trang riêng 404: không có trang này</h1>", target)
        }
    }

    func testTraversalOutOfTheBasePathIsRefused() throws {
        for target in ["/khong-ma-tuy/../../x", "/khong-ma-tuy/../secret.txt", "/khong-ma-tuy/%2e%2e/%2e%2e/secret.txt",
                       "/khong-ma-tuy/../khong-ma-tuy/index.html"] {
            let response = try site.get(target)
            XCTAssertEqual(response.status, 400, target)
            XCTAssertFalse(response.text.contains(SiteFixture.secret), target)
        }
    }

    func testBasePathIsNormalisedAndValidated() throws {
        XCTAssertEqual(PreviewServer(root: site.root, basePath: "khong-ma-tuy").basePath, "/khong-ma-tuy/")
        XCTAssertEqual(PreviewServer(root: site.root, basePath: "").basePath, "/")
        XCTAssertEqual(PreviewServer(root: site.root, basePath: "//a//b").basePath, "/a/b/")
        XCTAssertThrowsError(try PreviewServer(root: site.root, port: 0, basePath: "/a/../b/").start()) { error in
            XCTAssertTrue((error as? ServerError)?.vi.contains("Đường dẫn gốc") == true)
        }
    }

    func testVietnameseBasePath() throws {
        let running = try PreviewServer(root: site.root, port: 0, basePath: "/phường-1/").start()
        defer { running.stop(); running.wait() }
        XCTAssertEqual(running.url.absoluteString, "http://127.0.0.1:\(running.port)/ph%C6%B0%E1%BB%9Dng-1/")
        XCTAssertEqual(try RawHTTP.get("/ph%C6%B0%E1%BB%9Dng-1/", port: running.port).text, "<h1>Trang chủ</h1>")
        XCTAssertEqual(try RawHTTP.get("/", port: running.port).headers["location"], "/ph%C6%B0%E1%BB%9Dng-1/")
    }
}
