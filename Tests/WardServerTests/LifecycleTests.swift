import Dispatch
import Foundation
import XCTest
import WardServer

final class LifecycleTests: XCTestCase {
    private var site: SiteFixture!

    override func setUpWithError() throws { site = try SiteFixture() }
    override func tearDown() { site?.tearDown() }

    func testPortZeroBindsAnEphemeralPortOnLoopback() throws {
        XCTAssertGreaterThan(site.port, 0)
        XCTAssertEqual(site.running.url.absoluteString, "http://127.0.0.1:\(site.port)/")
    }

    func testATakenPortIsABilingualError() throws {
        XCTAssertThrowsError(try PreviewServer(root: site.root, port: site.port).start()) { error in
            let serverError = error as? ServerError
            XCTAssertEqual(serverError?.vi.contains("Cổng \(site.port) đang được chương trình khác dùng"), true)
            XCTAssertEqual(serverError?.en.contains("Port \(site.port) is already in use"), true)
        }
        // The failed attempt did not disturb the running server.
        XCTAssertEqual(try site.get("/").status, 200)
    }

    func testMissingRootAndBadPortAreBilingualErrors() throws {
        let missing = site.folder.appendingPathComponent("chua-dung")
        XCTAssertThrowsError(try PreviewServer(root: missing, port: 0).start()) { error in
            XCTAssertEqual((error as? ServerError)?.vi.contains("Không tìm thấy thư mục trang web"), true)
            XCTAssertEqual((error as? ServerError)?.en.contains("does not exist"), true)
        }
        XCTAssertThrowsError(try PreviewServer(root: site.root, port: 70_000).start()) { error in
            XCTAssertEqual((error as? ServerError)?.en.contains("70000"), true)
        }
        XCTAssertThrowsError(try PreviewServer(root: site.root, host: "no-such-host.invalid", port: 0).start())
    }

    func testStopEndsWaitAndClosesThePort() throws {
        let running = try PreviewServer(root: site.root, port: 0).start()
        XCTAssertEqual(try RawHTTP.get("/", port: running.port).status, 200)
        let waited = expectation(description: "wait() returned")
        Thread {
            running.wait()
            waited.fulfill()
        }.start()
        running.stop()
        running.stop()  // a second stop is harmless
        wait(for: [waited], timeout: 5)
        XCTAssertThrowsError(try RawHTTP.get("/", port: running.port))
    }

    func testStopCutsShortAClientThatNeverFinishesItsRequest() throws {
        let running = try PreviewServer(root: site.root, port: 0).start()
        let idle = try RawHTTP.connectLoopback(port: running.port)
        defer { close(idle) }
        try RawHTTP.send(Array("GET / HTTP/1.1\r\n".utf8), on: idle)
        XCTAssertEqual(try RawHTTP.get("/", port: running.port).status, 200)  // the idle one is surely accepted
        let started = Date()
        running.stop()
        running.wait()
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "stop() waited for the idle client's timeout")
    }

    func testTwentyConcurrentConnectionsAllSucceed() throws {
        // All twenty are opened and half-way through their request before any is finished, and
        // they are finished last-first: a server that handled one connection at a time would
        // still be waiting on the first and leave the twentieth unanswered.
        let sockets = try (0..<20).map { _ in try RawHTTP.connectLoopback(port: site.port) }
        defer { sockets.forEach { close($0) } }
        let targets = ["/", "/css/site.css", "/big.bin", "/ti%E1%BA%BFn-%C4%91%E1%BB%99/ph%C6%B0%E1%BB%9Dng-1/"]
        for (index, fd) in sockets.enumerated() {
            try RawHTTP.send(Array("GET \(targets[index % targets.count]) HTTP/1.1\r\n".utf8), on: fd)
        }
        for (index, fd) in sockets.enumerated().reversed() {
            try RawHTTP.send(Array("Host: x\r\n\r\n".utf8), on: fd)
            let response = try RawHTTP.parse(RawHTTP.readToEnd(fd))
            XCTAssertEqual(response.status, 200, "connection \(index)")
            XCTAssertEqual(response.body.count, Int(response.headers["content-length"] ?? ""), "connection \(index)")
        }
    }

    func testParallelClientsAllGetWholeReplies() throws {
        let results = ResultSlots()
        let port = site.port
        DispatchQueue.concurrentPerform(iterations: 20) { index in
            results.set(index, Result { try RawHTTP.get(index.isMultiple(of: 2) ? "/big.bin" : "/", port: port) })
        }
        for index in 0..<20 {
            let response = try results.get(index).get()
            XCTAssertEqual(response.status, 200, "client \(index)")
            XCTAssertEqual(response.body.count, index.isMultiple(of: 2) ? SiteFixture.bigFileSize : "<h1>Trang chủ</h1>".utf8.count)
        }
    }

    func testASilentClientDoesNotBlockOthers() throws {
        let silent = try RawHTTP.connectLoopback(port: site.port)
        defer { close(silent) }
        for _ in 0..<5 { XCTAssertEqual(try site.get("/css/site.css").status, 200) }
    }

    func testStoppedServerLeavesNoFileDescriptorsOpen() throws {
        func openDescriptors() throws -> Int { try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count }
        let before = try openDescriptors()
        let running = try PreviewServer(root: site.root, port: 0).start()
        for target in ["/", "/big.bin", "/khong-co", "/css", "/../x"] {
            _ = try RawHTTP.get(target, port: running.port)
        }
        _ = try RawHTTP.get("/", port: running.port, method: "HEAD")
        _ = try RawHTTP.exchange("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello", port: running.port)
        running.stop()
        running.wait()
        XCTAssertEqual(try openDescriptors(), before)
    }

    func testLogOptionWritesWithoutChangingReplies() throws {
        let running = try PreviewServer(root: site.root, port: 0, log: true).start()
        defer { running.stop(); running.wait() }
        XCTAssertEqual(try RawHTTP.get("/css/site.css", port: running.port).text, "body { color: #123; }")
    }
}

/// Results gathered from concurrentPerform, one slot per connection.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Int: Result<RawResponse, Error>] = [:]

    func set(_ index: Int, _ result: Result<RawResponse, Error>) { lock.withLock { slots[index] = result } }
    func get(_ index: Int) -> Result<RawResponse, Error> { lock.withLock { slots[index]! } }
}
