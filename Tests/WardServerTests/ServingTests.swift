import Foundation
import XCTest
import WardServer

final class ServingTests: XCTestCase {
    private var site: SiteFixture!

    override func setUpWithError() throws { site = try SiteFixture() }
    override func tearDown() { site?.tearDown() }

    func testHomePageIsServedFromIndexHTMLWithPreviewHeaders() throws {
        let response = try site.get("/")
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.text, "<h1>Trang chủ</h1>")
        XCTAssertEqual(response.headers["content-type"], "text/html; charset=utf-8")
        XCTAssertEqual(response.headers["content-length"], String("<h1>Trang chủ</h1>".utf8.count))
        XCTAssertEqual(response.headers["cache-control"], "no-cache")
        XCTAssertEqual(response.headers["connection"], "close")
        XCTAssertNotNil(response.headers["date"]?.range(of: #"^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$"#,
                                                        options: .regularExpression))
    }

    func testContentTypesFollowTheExtension() throws {
        let expected: [(String, String)] = [
            ("page.html", "text/html; charset=utf-8"),
            ("style.CSS", "text/css; charset=utf-8"),
            ("app.js", "text/javascript; charset=utf-8"),
            ("data.json", "application/json"),
            ("sitemap.xml", "application/xml"),
            ("atom.xml", "application/xml"),
            ("logo.svg", "image/svg+xml"),
            ("icon.png", "image/png"),
            ("photo.jpg", "image/jpeg"),
            ("photo.jpeg", "image/jpeg"),
            ("form.pdf", "application/pdf"),
            ("robots.txt", "text/plain; charset=utf-8"),
            ("favicon.ico", "image/x-icon"),
            ("site.webmanifest", "application/manifest+json"),
            ("archive.unknownext", "application/octet-stream"),
            ("Makefile", "application/octet-stream"),
        ]
        for (name, type) in expected {
            try site.file("types/\(name)", "content of \(name)")
            let response = try site.get("/types/\(name)")
            XCTAssertEqual(response.status, 200, name)
            XCTAssertEqual(response.headers["content-type"], type, name)
            XCTAssertEqual(response.text, "content of \(name)", name)
        }
    }

    func testHeadSendsTheHeadersOfGetWithoutABody() throws {
        let get = try site.get("/css/site.css")
        let head = try site.get("/css/site.css", method: "HEAD")
        XCTAssertEqual(head.status, 200)
        XCTAssertEqual(head.headers["content-type"], "text/css; charset=utf-8")
        XCTAssertEqual(head.headers["content-length"], String(get.body.count))
        XCTAssertEqual(get.text, "body { color: #123; }")
        XCTAssertEqual(head.body, [])
    }

    func testVietnamesePathIsPercentDecodedAsUTF8() throws {
        let response = try site.get("/ti%E1%BA%BFn-%C4%91%E1%BB%99/ph%C6%B0%E1%BB%9Dng-1/")
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.text, "<h1>Phường 1</h1>")
        // curl sends unencoded UTF-8 when given it; that reaches the same page.
        let raw = try RawHTTP.exchange("GET /tiến-độ/phường-1/index.html HTTP/1.1\r\nHost: x\r\n\r\n", port: site.port)
        XCTAssertEqual(raw.text, "<h1>Phường 1</h1>")
    }

    func testFolderWithoutSlashRedirectsToTheSlashURLKeepingQuery() throws {
        let response = try site.get("/ti%E1%BA%BFn-%C4%91%E1%BB%99/ph%C6%B0%E1%BB%9Dng-1?tab=2")
        XCTAssertEqual(response.status, 301)
        XCTAssertEqual(response.headers["location"], "/ti%E1%BA%BFn-%C4%91%E1%BB%99/ph%C6%B0%E1%BB%9Dng-1/?tab=2")
        XCTAssertEqual(try site.get("/css").headers["location"], "/css/")
    }

    func testFolderWithoutIndexIsNotListed() throws {
        let response = try site.get("/empty-folder/")
        XCTAssertEqual(response.status, 404)
        XCTAssertFalse(response.text.contains(".keep"))
    }

    func testMissingPageGetsTheSitesOwn404PageWithStatus404() throws {
        for target in ["/khong-co.html", "/tin-tuc/khong-co/", "/css/site.css/", "/index.html/x"] {
            let response = try site.get(target)
            XCTAssertEqual(response.status, 404, target)
            XCTAssertEqual(response.text, "<h1>Trang riêng 404: không có trang này</h1>", target)
            XCTAssertEqual(response.headers["content-type"], "text/html; charset=utf-8", target)
        }
        XCTAssertEqual(try site.get("/khong-co.html", method: "HEAD").body, [])
    }

    func testMissingPageWithout404PageGetsABilingualMessage() throws {
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("404.html"))
        let response = try site.get("/khong-co.html")
        XCTAssertEqual(response.status, 404)
        XCTAssertEqual(response.headers["content-type"], "text/plain; charset=utf-8")
        XCTAssertTrue(response.text.contains("Không tìm thấy trang này."))
        XCTAssertTrue(response.text.contains("This page does not exist."))
    }

    func testLargeFileArrivesWholeAndExact() throws {
        let response = try site.get("/big.bin")
        let expected = try Data(contentsOf: site.root.appendingPathComponent("big.bin"))
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.headers["content-length"], String(SiteFixture.bigFileSize))
        XCTAssertEqual(response.body.count, SiteFixture.bigFileSize)
        XCTAssertEqual(response.body, [UInt8](expected))
    }

    func testQueryAndAbsoluteFormTargetsReachTheFile() throws {
        XCTAssertEqual(try site.get("/css/site.css?v=3").text, "body { color: #123; }")
        XCTAssertEqual(try site.get("http://127.0.0.1/css/site.css").text, "body { color: #123; }")
        XCTAssertEqual(try site.get("/css//./site.css").text, "body { color: #123; }")
    }

    func testSymlinkInsideTheRootToAnotherFileInsideIsServed() throws {
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("alias.css"),
                                                   withDestinationURL: site.root.appendingPathComponent("css/site.css"))
        let response = try site.get("/alias.css")
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.text, "body { color: #123; }")
    }
}
