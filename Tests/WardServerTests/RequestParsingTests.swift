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

/// Reading a head from a socket pair, where the other end is fully under the test's control.
final class HeadReadingTests: XCTestCase {
    private var pair: [Int32] = [-1, -1]

    override func setUpWithError() throws {
        XCTAssertEqual(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &pair), 0)
    }

    override func tearDown() { pair.forEach { close($0) } }

    private func feed(_ text: String) {
        _ = Array(text.utf8).withUnsafeBytes { write(pair[1], $0.baseAddress, $0.count) }
    }

    func testHeadEndsAtTheBlankLineAndLeavesTheBodyUnread() {
        feed("\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\nBODY")
        guard case .head(let head) = SocketIO.readHead(pair[0], limit: 1024, seconds: 5) else { return XCTFail() }
        XCTAssertEqual(String(decoding: head, as: UTF8.self), "GET / HTTP/1.1\r\nHost: x\r\n")
    }

    func testLimitCountsTheWholeHead() {
        feed("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        guard case .tooLarge = SocketIO.readHead(pair[0], limit: 20, seconds: 5) else { return XCTFail() }
    }

    func testAPeerThatStopsSendingTimesOut() {
        SocketIO.setTimeouts(pair[0], receive: 1, send: 1)
        feed("GET / HTTP/1.1\r\n")
        guard case .timedOut(idle: false) = SocketIO.readHead(pair[0], limit: 1024, seconds: 30) else { return XCTFail() }
    }

    func testAPeerThatNeverSendsIsIdle() {
        SocketIO.setTimeouts(pair[0], receive: 1, send: 1)
        guard case .timedOut(idle: true) = SocketIO.readHead(pair[0], limit: 1024, seconds: 30) else { return XCTFail() }
    }

    func testAPeerThatTricklesBytesTimesOutAtTheDeadline() {
        SocketIO.setTimeouts(pair[0], receive: 1, send: 1)
        let writer = pair[1]
        let stop = DispatchSemaphore(value: 0)
        let stopped = DispatchSemaphore(value: 0)
        Thread {
            // One byte every 200 ms: each wait is short, only the overall deadline ends it.
            while stop.wait(timeout: .now() + .milliseconds(200)) == .timedOut {
                var byte = UInt8(ascii: "a")
                guard write(writer, &byte, 1) == 1 else { break }
            }
            stopped.signal()
        }.start()
        // The writer must be gone before tearDown closes its descriptor.
        defer {
            stop.signal()
            stopped.wait()
        }
        guard case .timedOut(idle: false) = SocketIO.readHead(pair[0], limit: 1 << 20, seconds: 2) else { return XCTFail() }
    }

    func testAPeerThatClosesEarlyIsClosed() {
        feed("GET / HT")
        close(pair[1])
        pair[1] = -1
        guard case .closed = SocketIO.readHead(pair[0], limit: 1024, seconds: 5) else { return XCTFail() }
    }
}
