import Dispatch
import Foundation
import Glibc
import XCTest
import WardServer

/// Slow clients wait beside each other; they never keep a normal client waiting.
final class SlowClientTests: XCTestCase {
    private var site: SiteFixture!

    override func setUpWithError() throws { site = try SiteFixture() }
    override func tearDown() { site?.tearDown() }

    func testTwoHundredFiftyTricklingClientsDoNotStarveANormalOne() throws {
        let slow = try TricklingClients(250, port: site.port)
        defer { slow.stop() }
        let pages = ["/", "/css/site.css", "/big.bin", "/ti%E1%BA%BFn-%C4%91%E1%BB%99/ph%C6%B0%E1%BB%9Dng-1/", "/khong-co"]
        for round in 0..<4 {
            for page in pages {
                // RawHTTP gives up after 5 s without a byte: a starved client fails here.
                let response = try site.get(page)
                XCTAssertEqual(response.status, page == "/khong-co" ? 404 : 200, "\(page), round \(round)")
                XCTAssertEqual(response.body.count, Int(response.headers["content-length"] ?? ""), page)
            }
        }
        // Every page came while all 250 slow clients were still connected and still trickling.
        XCTAssertEqual(slow.stillOpen, 250)
    }

    func testAClientTricklingPastTheHeadDeadlineGets408() throws {
        let running = try PreviewServer(root: site.root, port: 0,
                                        deadlines: ConnectionDeadlines(idle: .seconds(1), head: .seconds(2))).start()
        defer { running.stop(); running.wait() }
        let fd = try RawHTTP.connectLoopback(port: running.port)
        defer { close(fd) }
        try RawHTTP.send(Array("GET / HTTP/1.1\r\nX-Slow: ".utf8), on: fd)
        let stop = DispatchSemaphore(value: 0)
        let stopped = DispatchSemaphore(value: 0)
        Thread {
            // Never idle for the 1 s idle deadline; only the 2 s head deadline can end it.
            while stop.wait(timeout: .now() + .milliseconds(200)) == .timedOut {
                var byte = UInt8(ascii: "a")
                guard send(fd, &byte, 1, Int32(MSG_NOSIGNAL)) == 1 else { break }
            }
            stopped.signal()
        }.start()
        defer { stop.signal(); stopped.wait() }
        let started = ContinuousClock.now
        let response = try RawHTTP.parse(RawHTTP.readToEnd(fd))
        XCTAssertEqual(response.status, 408)
        XCTAssertGreaterThanOrEqual(ContinuousClock.now - started, .milliseconds(1500), "the idle deadline did not end it early")
    }

    func testAClientThatStopsMidHeadGets408AtTheIdleDeadline() throws {
        let running = try PreviewServer(root: site.root, port: 0,
                                        deadlines: ConnectionDeadlines(idle: .seconds(1), head: .seconds(30))).start()
        defer { running.stop(); running.wait() }
        let fd = try RawHTTP.connectLoopback(port: running.port)
        defer { close(fd) }
        try RawHTTP.send(Array("GET / HTTP/1.1\r\n".utf8), on: fd)
        XCTAssertEqual(try RawHTTP.parse(RawHTTP.readToEnd(fd)).status, 408)
    }

    func testASilentConnectionIsClosedWithoutAReply() throws {
        let running = try PreviewServer(root: site.root, port: 0,
                                        deadlines: ConnectionDeadlines(idle: .seconds(1), head: .seconds(30))).start()
        defer { running.stop(); running.wait() }
        let fd = try RawHTTP.connectLoopback(port: running.port)
        defer { close(fd) }
        XCTAssertEqual(try RawHTTP.readToEnd(fd), [], "closed, nothing written")
    }

    func testMoreFinishedHeadsThanReplyThreadsAreAllAnswered() throws {
        // 150 heads completed at once, beyond the 64 reply threads: the rest wait their turn.
        let sockets = try (0..<150).map { _ in try RawHTTP.connectLoopback(port: site.port) }
        defer { sockets.forEach { close($0) } }
        for fd in sockets { try RawHTTP.send(Array("GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n".utf8), on: fd) }
        for (index, fd) in sockets.enumerated() {
            let response = try RawHTTP.parse(RawHTTP.readToEnd(fd))
            XCTAssertEqual(response.status, 200, "connection \(index)")
            XCTAssertEqual(response.body.count, SiteFixture.bigFileSize, "connection \(index)")
        }
    }

    func testStatusForRequestAnswersWithoutASocket() throws {
        let server = PreviewServer(root: site.root)
        XCTAssertEqual(try server.status(forRequest: Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8)), 200)
        XCTAssertEqual(try server.status(forRequest: Array("GET /../secret.txt HTTP/1.1\r\nHost: x\r\n\r\n".utf8)), 400)
        XCTAssertEqual(try server.status(forRequest: Array("GET /link-out.txt HTTP/1.1\r\nHost: x\r\n\r\n".utf8)), 404)
        XCTAssertNil(try server.status(forRequest: Array("GET / HTTP/1.1\r\n".utf8)))
        XCTAssertEqual(try server.status(forRequest: Array(repeating: UInt8(ascii: "a"), count: 20_000)), 431)
    }
}
