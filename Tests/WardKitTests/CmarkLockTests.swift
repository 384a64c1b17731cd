import CCmarkGFM
import Foundation
import XCTest
@testable import WardKit

/// Debian's cmark-gfm 0.29 is not thread-safe: each parse adds its extensions' special
/// characters (`~` for strikethrough …) to one process-wide table and removes them when it
/// finishes, so a parse running beside another loses them midway and prints `~~x~~` as text.
/// The test first shows that race with unlocked calls (so it is known to be detectable here),
/// then shows MarkdownRenderer, whose calls go through its lock, never has it.
final class CmarkLockTests: XCTestCase {
    /// Inline-heavy documents: the longer inline parsing runs, the more often parses overlap.
    private static let documents: [String] = (0..<64).map { i in
        let line = (0..<40).map { j in "~~gạch \(i)-\(j)~~ và https://example.vn/\(i)/\(j) rồi **đậm \(j)**" }.joined(separator: " ")
        return "# Tiêu đề \(i)\n\n| a | b |\n|---|---|\n| \(i) | ~~x~~ |\n\n- [ ] việc \(i)\n\n\(line)\n"
    }

    /// The same calls MarkdownRenderer makes, without its lock.
    private static func unlocked(_ markdown: String) -> String {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_NOBREAKS
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tasklist", "tagfilter"] {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        markdown.withCString { cmark_parser_feed(parser, $0, strlen($0)) }
        guard let doc = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(doc) }
        guard let out = cmark_render_html(doc, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(out) }
        return String(cString: out)
    }

    /// Renders every document on all cores at once, `rounds` times; returns the round in which
    /// an output first differed from the serial one (nil: never) and how many rounds ran.
    private static func firstCorruptRound(_ render: @escaping @Sendable (String) -> String, rounds: Int) -> Int? {
        let serial = documents.map(render)
        for round in 1...rounds {
            let slots = ResultSlots([String](repeating: "", count: documents.count))
            DispatchQueue.concurrentPerform(iterations: documents.count) { i in slots.set(i, render(documents[i])) }
            if slots.values != serial { return round }
        }
        return nil
    }

    func testTheLockPreventsTheRaceThatCorruptsUnlockedCalls() {
        let renderer = MarkdownRenderer()
        let sample = renderer.html(Self.documents[7])  // also registers the extensions, once
        XCTAssertTrue(sample.contains("<h2>Tiêu đề 7</h2>"), "headings shift below the page's h1")
        XCTAssertTrue(sample.contains("<table>"))
        XCTAssertTrue(sample.contains("<del>x</del>"))
        XCTAssertTrue(sample.contains("type=\"checkbox\""))
        XCTAssertTrue(sample.contains("<a href=\"https://example.vn/7/3\">"))

        // Bounded by rounds, not time. The race shows within a few rounds even on one core.
        let maxRounds = 200
        guard let needed = Self.firstCorruptRound(Self.unlocked, rounds: maxRounds) else {
            XCTFail("unlocked cmark-gfm calls gave no corrupt output in \(maxRounds) rounds: this test cannot "
                    + "tell a working lock from a missing one here (is cmark-gfm thread-safe now? then drop the lock)")
            return
        }
        // Many times the rounds the race needed to show: a lock that failed would have shown it.
        let rounds = max(20, needed * 10)
        let corrupt = Self.firstCorruptRound({ renderer.html($0) }, rounds: rounds)
        print("cmark lock: unlocked calls corrupted output in round \(needed); locked calls clean over \(rounds) rounds: \(corrupt == nil)")
        XCTAssertNil(corrupt, "MarkdownRenderer's output differed from its serial output in round \(corrupt ?? 0) of \(rounds)")
    }
}
