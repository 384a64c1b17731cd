import Foundation
import Glibc
import XCTest
@testable import WardServer

/// The pure pieces, checked without a socket.
final class RequestParsingTests: XCTestCase {
    func testTargetIsDecodedSplitAndNormalised() throws {
        let target = try XCTUnwrap(RequestTarget.parse(Array("/ti%E1%BA%BFn-%C4%91%E1%BB%99//./ph%C6%B0%E1%BB%9Dng-1/?x=%20y#top".utf8)))
        XCTAssertEqual(target.segments, ["tiến-độ", "phường-1"])
        XCTAssertTrue(target.hasTrailingSlash)
        XCTAssertEqual(target.query, "?x=%20y")
        XCTAssertEqual(RequestTarget.parse(Array("/a/.".utf8))?.hasTrailingSlash, false)
        XCTAssertEqual(RequestTarget.parse(Array("/".utf8))?.segments, [])
    }

    func testTargetRefusals() {
        for raw in ["", "index.html", "*", "/a/../b", "/%2e%2E", "/a%2F..%2Fb", "/%00", "/%", "/%4", "/%G0", "/%FF"] {
            XCTAssertNil(RequestTarget.parse(Array(raw.utf8)), raw)
        }
    }

    func testLocationPathsArePercentEncoded() {
        XCTAssertEqual(RequestTarget.percentEncodedPath("/tiến-độ/a b?#%/"), "/ti%E1%BA%BFn-%C4%91%E1%BB%99/a%20b%3F%23%25/")
        XCTAssertEqual(RequestTarget.percentEncodedPath("/Az09-._~/"), "/Az09-._~/")
    }

    func testRequestHeadParsing() throws {
        let head = try RequestHead.parse(Array("GET /x HTTP/1.1\r\nHost:  example \r\nX-A:\t1\r\n".utf8)[...]).get()
        XCTAssertEqual(head.method, "GET")
        XCTAssertEqual(head.target, Array("/x".utf8))
        XCTAssertEqual(head.minorVersion, 1)
        XCTAssertEqual(head.headers, [.init(name: "host", value: "example"), .init(name: "x-a", value: "1")])
    }

    func testMediaTypesIgnoreCaseAndDotFiles() {
        XCTAssertEqual(MediaType.forFileName("TRANG.HTML"), "text/html; charset=utf-8")
        XCTAssertEqual(MediaType.forFileName("archive.tar.gz"), "application/octet-stream")
        XCTAssertEqual(MediaType.forFileName(".css"), "application/octet-stream")
        XCTAssertEqual(MediaType.forFileName("feed.atom"), "application/atom+xml")
    }

    func testHTTPDateIsIMFFixdate() {
        XCTAssertEqual(HTTPDate.format(784_111_777), "Sun, 06 Nov 1994 08:49:37 GMT")
        XCTAssertEqual(HTTPDate.format(0), "Thu, 01 Jan 1970 00:00:00 GMT")
    }

    func testLoggedRequestLinesCannotCarryControlBytes() {
        XCTAssertEqual(Connection.printable(Array("GET /\u{1B}[31mđỏ HTTP/1.1".utf8)[...]), "GET /\\x1b[31mđỏ HTTP/1.1")
    }
}

/// Framing a head out of bytes that arrive in pieces of any size.
final class HeadFramerTests: XCTestCase {
    private func frame(_ pieces: [String], limit: Int = 1024) -> HeadFramer.Outcome? {
        var framer = HeadFramer(limit: limit)
        for piece in pieces {
            if let outcome = framer.append(Array(piece.utf8)) { return outcome }
        }
        return nil
    }

    func testHeadEndsAtTheBlankLineAndLeavesTheBodyOut() {
        guard case .head(let head) = frame(["\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\nBODY"]) else { return XCTFail() }
        XCTAssertEqual(String(decoding: head, as: UTF8.self), "GET / HTTP/1.1\r\nHost: x\r\n")
    }

    func testByteByByteGivesTheSameHead() {
        let request = "\n\r\nGET /a HTTP/1.1\r\nHost: x\r\n\r\n"
        guard case .head(let head) = frame(request.map { String($0) }) else { return XCTFail() }
        XCTAssertEqual(String(decoding: head, as: UTF8.self), "GET /a HTTP/1.1\r\nHost: x\r\n")
        guard case .head(let bare) = frame(["GET / HTTP/1.1\nHost: x\n", "\n"]) else { return XCTFail() }
        XCTAssertEqual(String(decoding: bare, as: UTF8.self), "GET / HTTP/1.1\nHost: x\n")
    }

    func testIncompleteHeadIsNoOutcomeYet() {
        XCTAssertNil(frame(["GET / HTTP/1.1\r\n", "Host: x\r\n"]))
        XCTAssertNil(frame(["\r\n\r\n"]))
    }

    func testLimitCountsTheWholeHeadAndLeadingBlankLines() {
        XCTAssertEqual(frame(["GET / HTTP/1.1\r\nHost: x\r\n\r\n"], limit: 20), .tooLarge)
        XCTAssertEqual(frame([String(repeating: "\r\n", count: 600)], limit: 1000), .tooLarge)
        XCTAssertEqual(frame(Array(repeating: "a", count: 1001), limit: 1000), .tooLarge)
    }
}
