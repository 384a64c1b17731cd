import Foundation
import XCTest
import WardServer

/// Every way of naming a file outside the served folder must fail, and the secret next to the
/// folder must never appear in a reply.
final class TraversalTests: XCTestCase {
    private var site: SiteFixture!

    override func setUpWithError() throws { site = try SiteFixture() }
    override func tearDown() { site?.tearDown() }

    private func assertRefused(_ target: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let response = try site.get(target)
        XCTAssertTrue([400, 404].contains(response.status), "\(target) → \(response.status)", file: file, line: line)
        XCTAssertFalse(response.text.contains(SiteFixture.secret), "\(target) leaked the secret", file: file, line: line)
    }

    func testDotDotInEveryEncodingIsRefused() throws {
        let targets = [
            "/../secret.txt",
            "/../../../../etc/passwd",
            "/%2e%2e/secret.txt",
            "/%2E%2E/%2e%2e/etc/passwd",
            "/%2e%2e%2fsecret.txt",
            "/..%2fsecret.txt",
            "/css/..%2F..%2Fsecret.txt",
            "/css/%2e%2e/%2e%2e/secret.txt",
            "/.%2e/secret.txt",
            "/css/../../secret.txt",
            "/..\\secret.txt",
            "http://127.0.0.1/../secret.txt",
        ]
        for target in targets { try assertRefused(target) }
    }

    func testDotDotGetsBadRequestRatherThanResolution() throws {
        // Refused outright even when the result would stay inside the root: only probes send it.
        XCTAssertEqual(try site.get("/css/../index.html").status, 400)
        XCTAssertEqual(try site.get("/%2e%2e/secret.txt").status, 400)
    }

    func testNulAndBrokenEscapesAreBadRequests() throws {
        XCTAssertEqual(try site.get("/index.html%00.txt").status, 400)
        XCTAssertEqual(try site.get("/index%2").status, 400)
        XCTAssertEqual(try site.get("/index%zz.html").status, 400)
        XCTAssertEqual(try site.get("/%C3%28.html").status, 400)  // not UTF-8
        let raw = try RawHTTP.exchange(Array("GET /index.html\0 HTTP/1.1\r\nHost: x\r\n\r\n".utf8), port: site.port)
        XCTAssertEqual(raw.status, 400)
    }

    func testSymlinkPointingOutsideTheRootIsNotFollowed() throws {
        try assertRefused("/link-out.txt")
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("outside"),
                                                   withDestinationURL: site.folder)
        try assertRefused("/outside/secret.txt")
        try assertRefused("/outside/")
    }

    func testAbsolutePathsAreTakenAsInsideTheRoot() throws {
        try assertRefused("//etc/passwd")
        try assertRefused("/" + site.folder.path + "/secret.txt")
    }
}
