import Foundation
import XCTest
import WardServer

/// Whatever arrives, the server answers with a status and keeps running.
final class ProtocolErrorTests: XCTestCase {
    private var site: SiteFixture!

    override func setUpWithError() throws { site = try SiteFixture() }
    override func tearDown() { site?.tearDown() }

    private func exchange(_ request: String) throws -> RawResponse {
        try RawHTTP.exchange(request, port: site.port)
    }

    private func assertBadRequest(_ requests: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        for request in requests {
            XCTAssertEqual(try exchange(request).status, 400, request.debugDescription, file: file, line: line)
        }
    }

    func testMethodsOtherThanGetAndHeadGet405WithAllow() throws {
        for method in ["POST", "PUT", "DELETE", "OPTIONS", "PATCH", "get"] {
            let response = try site.get("/index.html", method: method)
            XCTAssertEqual(response.status, 405, method)
            XCTAssertEqual(response.headers["allow"], "GET, HEAD", method)
        }
    }

    func testPostWithABodyStillReceivesItsReply() throws {
        // The unread body must not turn the close into a reset that destroys the 405.
        let body = String(repeating: "x", count: 200_000)
        let response = try exchange("POST /index.html HTTP/1.1\r\nHost: x\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
        XCTAssertEqual(response.status, 405)
    }

    func testMalformedRequestLinesGet400() throws {
        try assertBadRequest([
            "GARBAGE\r\n\r\n",
            "GET\r\n\r\n",
            "GET /index.html\r\n\r\n",
            "GET  /index.html HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /index.html HTTP/1.1 extra\r\nHost: x\r\n\r\n",
            "GET index.html HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /index.html HTTP/1\r\nHost: x\r\n\r\n",
            "GET /index.html FTP/1.1\r\nHost: x\r\n\r\n",
            "G(T /index.html HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /index.html HTTP/1.1\rHost: x\r\n\r\n",
            "\u{1}\u{2}\u{3}\r\n\r\n",
        ])
    }

    func testMalformedHeadersGet400() throws {
        try assertBadRequest([
            "GET / HTTP/1.1\r\n\r\n",  // no Host
            "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\nBad Name: v\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\n folded: v\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\nX: a\u{1}b\r\n\r\n",
        ])
    }

    func testInvalidUTF8InARequestGets400() throws {
        var request = Array("GET /".utf8)
        request += [0xC3, 0x28, 0xFF]
        request += Array(" HTTP/1.1\r\nHost: x\r\n\r\n".utf8)
        XCTAssertEqual(try RawHTTP.exchange(request, port: site.port).status, 400)
    }

    func testOtherHTTPVersionsGet505AndHTTP10NeedsNoHost() throws {
        XCTAssertEqual(try exchange("GET / HTTP/2.0\r\nHost: x\r\n\r\n").status, 505)
        let old = try exchange("GET / HTTP/1.0\r\n\r\n")
        XCTAssertEqual(old.status, 200)
        XCTAssertEqual(old.text, "<h1>Trang chủ</h1>")
    }

    func testBareLineFeedsAndLeadingBlankLinesAreAccepted() throws {
        XCTAssertEqual(try exchange("GET /css/site.css HTTP/1.1\nHost: x\n\n").text, "body { color: #123; }")
        XCTAssertEqual(try exchange("\r\n\r\nGET /css/site.css HTTP/1.1\r\nHost: x\r\n\r\n").status, 200)
    }

    func testOversizedHeadGets431() throws {
        let huge = String(repeating: "a", count: 20_000)
        XCTAssertEqual(try exchange("GET /\(huge) HTTP/1.1\r\nHost: x\r\n\r\n").status, 431)
        XCTAssertEqual(try exchange("GET / HTTP/1.1\r\nHost: x\r\nX-Big: \(huge)\r\n\r\n").status, 431)
        XCTAssertEqual(try exchange(String(repeating: "\r\n", count: 10_000)).status, 431)
    }

    func testHeadJustUnderTheLimitIsServed() throws {
        let filler = String(repeating: "b", count: 15_000)
        XCTAssertEqual(try exchange("GET / HTTP/1.1\r\nHost: x\r\nX-Filler: \(filler)\r\n\r\n").status, 200)
    }

    func testClientThatHangsUpMidRequestDoesNotHurtTheServer() throws {
        for partial in ["", "GET / HT", "GET / HTTP/1.1\r\nHost: x\r\n"] {
            let fd = try RawHTTP.connectLoopback(port: site.port)
            try RawHTTP.send(Array(partial.utf8), on: fd)
            close(fd)
        }
        XCTAssertEqual(try site.get("/").status, 200)
    }

    func testServerSurvivesAStreamOfMalformedRequests() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let noise = (0..<Int.random(in: 1...300, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let response = try RawHTTP.exchange(noise + Array("\r\n\r\n".utf8), port: site.port)
            XCTAssertTrue([400, 404, 405, 431, 505].contains(response.status), "\(response.status) for \(noise)")
        }
        XCTAssertEqual(try site.get("/").status, 200)
    }
}
