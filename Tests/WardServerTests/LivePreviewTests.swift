import Dispatch
import Foundation
import Glibc
import XCTest
@testable import WardServer

/// The live preview's side of the server: its script on HTML replies only, its events URL
/// answering at once or when a build is announced, and its waits neither cut by the idle
/// deadline nor starving anyone else.
final class LivePreviewTests: XCTestCase {
    private var site: SiteFixture!
    private var events: PreviewEvents!
    private var running: RunningServer!

    override func setUpWithError() throws {
        site = try SiteFixture()
        try site.file("tin-tuc/index.html", "<!doctype html><html><body><p>Tin</p></BODY></html>")
    }

    override func tearDown() {
        running?.stop()
        running?.wait()
        site?.tearDown()
    }

    private func start(basePath: String = "/", deadlines: ConnectionDeadlines = .standard, longPoll: Duration = .seconds(25)) throws {
        events = PreviewEvents()
        running = try PreviewServer(root: site.root, port: 0, basePath: basePath, deadlines: deadlines,
                                    preview: events, longPoll: longPoll).start()
    }

    /// A question that may wait: the client gives the server `seconds` to answer.
    private func ask(_ target: String, seconds: Int = 5) throws -> RawResponse {
        try RawHTTP.ask(target, port: running.port, seconds: seconds)
    }

    private func json(_ response: RawResponse) throws -> [String: Any] { try previewState(response) }

    func testHTMLRepliesGetTheScriptBeforeTheLastBodyEndAndNothingElseChanges() throws {
        try start()
        let page = try ask("/tin-tuc/")
        XCTAssertEqual(page.status, 200)
        XCTAssertEqual(Int(page.headers["content-length"] ?? ""), page.body.count)
        let tag = "<script src=\"/__wardkit/preview.js\" data-generation=\"0\" data-instance=\"\(events.instance)\" defer></script>"
        XCTAssertEqual(page.text, "<!doctype html><html><body><p>Tin</p>\(tag)</BODY></html>")
        // A page without </body> gets the tag at its end.
        XCTAssertEqual(try ask("/").text, "<h1>Trang chủ</h1>" + tag)
        XCTAssertEqual(try RawHTTP.get("/", port: running.port, method: "HEAD").headers["content-length"],
                       String(("<h1>Trang chủ</h1>" + tag).utf8.count))
        XCTAssertEqual(try ask("/css/site.css").text, "body { color: #123; }")
        XCTAssertEqual(try ask("/big.bin").body.count, SiteFixture.bigFileSize)
        // Served, never written: the files on disk are as they were.
        XCTAssertEqual(try String(contentsOf: site.root.appendingPathComponent("index.html"), encoding: .utf8), "<h1>Trang chủ</h1>")
        // The site's own 404 page gets it too, so a page that does not exist yet reloads once it does.
        let missing = try ask("/chua-co/")
        XCTAssertEqual(missing.status, 404)
        XCTAssertTrue(missing.text.hasPrefix("<h1>Trang riêng 404") && missing.text.hasSuffix(tag), missing.text)
    }

    func testWithoutThePreviewNothingIsAddedAndItsURLsDoNotExist() throws {
        XCTAssertEqual(try site.get("/").text, "<h1>Trang chủ</h1>")
        XCTAssertEqual(try site.get("/__wardkit/events").status, 404)
        XCTAssertEqual(try site.get("/__wardkit/preview.js").status, 404)
    }

    func testUnderABasePathTheScriptAndItsQuestionsStayUnderIt() throws {
        try start(basePath: "/khong-ma-tuy/")
        XCTAssertTrue(try ask("/khong-ma-tuy/").text.contains("<script src=\"/khong-ma-tuy/__wardkit/preview.js\""))
        let script = try ask("/khong-ma-tuy/__wardkit/preview.js")
        XCTAssertEqual(script.status, 200)
        XCTAssertEqual(script.headers["content-type"], "text/javascript; charset=utf-8")
        // Same origin, relative to the script: no other host is ever asked.
        XCTAssertTrue(script.text.contains("new URL(\"events\", me.src)"))
        XCTAssertFalse(script.text.contains("http:") || script.text.contains("https:"))
        XCTAssertEqual(try ask("/__wardkit/events").status, 404)
        XCTAssertEqual(try json(ask("/khong-ma-tuy/__wardkit/events"))["generation"] as? Int, 0)
    }

    func testAQuestionWithoutSinceIsAnsweredAtOnceWithTheState() throws {
        try start(longPoll: .seconds(60))
        let state = try json(ask("/__wardkit/events"))
        XCTAssertEqual(state["instance"] as? String, events.instance)
        XCTAssertEqual(state["generation"] as? Int, 0)
        XCTAssertEqual(state["ok"] as? Bool, true)
        XCTAssertNil(state["errors"])
    }

    func testAWaitingQuestionIsAnsweredByTheNextBuild() throws {
        try start(longPoll: .seconds(60))
        let answer = Answer()
        let port = running.port
        Thread { answer.set(Result { try RawHTTP.ask("/__wardkit/events?since=0", port: port, seconds: 60) }) }.start()
        events.built()
        let state = try json(XCTUnwrap(answer.await(seconds: 30)).get())
        XCTAssertEqual(state["generation"] as? Int, 1)
        XCTAssertEqual(state["ok"] as? Bool, true)
        // Asked about an older build, the answer comes at once.
        XCTAssertEqual(try json(ask("/__wardkit/events?since=0"))["generation"] as? Int, 1)
    }

    func testAFailedRebuildIsToldWithItsMessagesEscapedForHTML() throws {
        try start()
        let messages = ["content/progress/2026-11.csv:3:42: lỗi: «1x4» không phải số", "<script>alert(1)</script> & \"x\""]
        events.failed(PreviewFailure(language: "vi", title: "Dựng lại không thành công", messages: messages,
                                     note: "Trang bên dưới là bản dựng tốt gần nhất.", dismiss: "Ẩn"))
        let response = try ask("/__wardkit/events?since=0")
        XCTAssertFalse(response.text.contains("<") || response.text.contains(">") || response.text.contains("&"), response.text)
        let state = try json(response)
        XCTAssertEqual(state["generation"] as? Int, 1)
        XCTAssertEqual(state["ok"] as? Bool, false)
        XCTAssertEqual(state["errors"] as? [String], messages)
        XCTAssertEqual(state["lang"] as? String, "vi")
        // Pages served now still carry the generation of the failure, so they show it, not reload.
        XCTAssertTrue(try ask("/").text.contains("data-generation=\"1\""))
    }

    /// The wait sends nothing, and the idle deadline bounds silence on the wire only.
    func testAWaitLongerThanTheIdleDeadlineIsNotCutOff() throws {
        try start(deadlines: ConnectionDeadlines(idle: .milliseconds(100), head: .seconds(2), reply: .seconds(2)),
                  longPoll: .milliseconds(1500))
        let response = try ask("/__wardkit/events?since=0", seconds: 30)
        XCTAssertEqual(response.status, 200)
        let state = try json(response)
        XCTAssertEqual(state["generation"] as? Int, 0, "nothing was built: the wait ran out, and was answered")
        XCTAssertEqual(state["retry"] as? Int, 0)
    }
}
