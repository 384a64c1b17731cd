import Dispatch
import Foundation
import Glibc
import XCTest
@testable import WardServer

/// The live preview under load: pages waiting for news hold reply threads, within a share that
/// leaves ordinary requests (and the slow clients the reception loop holds) unharmed.
final class LivePreviewLoadTests: XCTestCase {
    private var site: SiteFixture!
    private var events: PreviewEvents!
    private var running: RunningServer!

    override func setUpWithError() throws {
        site = try SiteFixture()
        events = PreviewEvents()
        running = try PreviewServer(root: site.root, port: 0, preview: events, longPoll: .seconds(600)).start()
    }

    override func tearDown() {
        running?.stop()
        running?.wait()
        site?.tearDown()
    }

    private func json(_ response: RawResponse) throws -> [String: Any] { try previewState(response) }

    func testWaitingPagesAndTwoHundredFiftyTricklingClientsNeverStarveOtherRequests() throws {
        let slow = try TricklingClients(250, port: running.port)
        defer { slow.stop() }
        let count = PreviewEvents.maxWaiting + 4
        let answers = (0..<count).map { _ in Answer() }
        let port = running.port
        for answer in answers {
            Thread { answer.set(Result { try RawHTTP.ask("/__wardkit/events?since=0", port: port, seconds: 120) }) }.start()
        }
        // The four beyond the share are answered at once, asked to wait on their own side: then
        // the others are all waiting, each holding a reply thread.
        let turnedBack = DispatchSemaphore(value: 0)
        for answer in answers { Thread { if answer.await(seconds: 30) != nil { turnedBack.signal() } }.start() }
        for _ in 0..<4 { XCTAssertEqual(turnedBack.wait(timeout: .now() + 30), .success) }
        let early = answers.compactMap { $0.peek() }
        XCTAssertEqual(early.count, 4)
        for answer in early { XCTAssertEqual(try json(answer.get())["retry"] as? Int, 2000) }
        for round in 0..<3 {
            for page in ["/", "/css/site.css", "/big.bin", "/khong-co"] {
                // RawHTTP gives up after 5 s without a byte: a starved request fails here.
                let response = try RawHTTP.get(page, port: running.port)
                XCTAssertEqual(response.status, page == "/khong-co" ? 404 : 200, "\(page), round \(round), while pages wait")
                XCTAssertEqual(response.body.count, Int(response.headers["content-length"] ?? ""), page)
            }
        }
        events.built()
        var generations: [Int] = []
        for answer in answers { generations.append(try json(XCTUnwrap(answer.await(seconds: 30)).get())["generation"] as? Int ?? -1) }
        XCTAssertEqual(generations.filter { $0 == 1 }.count, PreviewEvents.maxWaiting)
        // All of it happened with the 250 slow clients still connected and trickling.
        XCTAssertEqual(slow.stillOpen, 250)
    }

    func testStoppingEndsWaitingQuestionsAtOnce() throws {
        let answers = (0...PreviewEvents.maxWaiting).map { _ in Answer() }
        let port = running.port
        for answer in answers {
            Thread { answer.set(Result { try RawHTTP.ask("/__wardkit/events?since=0", port: port, seconds: 600) }) }.start()
        }
        // One is turned back only once the share is full: then every other one is waiting.
        let turnedBack = DispatchSemaphore(value: 0)
        for answer in answers { Thread { if answer.await(seconds: 30) != nil { turnedBack.signal() } }.start() }
        XCTAssertEqual(turnedBack.wait(timeout: .now() + 30), .success)
        let stopped = DispatchSemaphore(value: 0)
        let server = running!
        Thread {
            server.stop()
            server.wait()
            stopped.signal()
        }.start()
        XCTAssertEqual(stopped.wait(timeout: .now() + 30), .success, "a waiting question kept the server from stopping")
        running = nil
    }
}
