import Foundation
import XCTest
import WardServer
import WardWatch
@testable import WardKit

/// `wardkit serve`'s rebuild loop on a real site folder: a saved sheet or theme file is noticed,
/// built with the same staged, swapped build as `wardkit build`, and told to open pages; a broken
/// sheet leaves the published folder byte-identical and its error, with file:line:col, goes to
/// the pages and the log.
final class LivePreviewBuildTests: XCTestCase {
    private let sheet = "content/progress/2026-11.csv"
    private let groupPage = "public/tien-do/bau-sen/index.html"

    private func setPledged(_ value: String, in site: URL) throws {
        var lines = try read(sheet, in: site).components(separatedBy: "\n")
        var cells = lines[2].components(separatedBy: ",")
        cells[lines[0].components(separatedBy: ",").firstIndex(of: "pledged")!] = value
        lines[2] = cells.joined(separator: ",")
        try write(lines.joined(separator: "\n"), to: sheet, in: site)
    }

    /// Waits on the events themselves (no sleeping) until `predicate` holds, for at most `seconds`.
    private func settled(_ events: PreviewEvents, seconds: Double = 180, _ predicate: (PreviewState) -> Bool) -> PreviewState {
        let until = ContinuousClock.now + .seconds(seconds)
        var state = events.current
        while !predicate(state), ContinuousClock.now < until {
            state = events.wait(forChangeFrom: state.generation, timeout: until - ContinuousClock.now).state
        }
        return state
    }

    func testEditsAreBuiltAndToldAndABrokenSheetKeepsTheLastGoodSite() throws {
        let site = try makeSite(withTheme: true)
        defer { try? FileManager.default.removeItem(at: site) }
        let events = PreviewEvents()
        let log = Lines()
        let rebuilds = PreviewRebuilds(options: BuildOptions(site: site, buildDate: sampleDate), events: events, language: .vi) { log.add($0) }
        XCTAssertTrue(rebuilds.build())
        XCTAssertEqual(events.current.generation, 1)
        XCTAssertNil(events.current.failure)
        XCTAssertTrue(try read(groupPage, in: site).contains("144/161"))
        XCTAssertTrue(log.all.contains { $0.hasPrefix("dựng xong trong ") && $0.contains(" s: ") }, "\(log.all)")

        let watch = try PreviewWatch(rebuilds, debounce: Debounce(quiet: .milliseconds(100), longest: .seconds(1)))
        defer { watch.stop() }

        try setPledged("150", in: site)
        var state = settled(events) { $0.generation > 1 && $0.failure == nil && (try? read(groupPage, in: site).contains("150/161")) == true }
        XCTAssertNil(state.failure)
        XCTAssertTrue(try read(groupPage, in: site).contains("150/161"))
        XCTAssertTrue(log.all.contains("thay đổi: \(sheet)"), "\(log.all)")
        // Warnings the last build printed are counted, not printed again at every save.
        XCTAssertTrue(log.all.contains { $0.hasPrefix("dựng xong trong ") && $0.hasSuffix("như lần trước)") }, "\(log.all)")

        let good = snapshot(site.appendingPathComponent("public"))
        try setPledged("1x4", in: site)
        state = settled(events) { $0.failure != nil }
        let failure = try XCTUnwrap(state.failure)
        XCTAssertEqual(failure.messages, ["\(sheet):3:42: lỗi: «1x4» không phải số nguyên từ 0 đến 1.000.000"])
        XCTAssertEqual(failure.language, "vi")
        XCTAssertTrue(failure.title.contains("không thành công") && failure.note.contains("bản dựng tốt gần nhất"), failure.title)
        XCTAssertEqual(snapshot(site.appendingPathComponent("public")), good, "a failed rebuild must leave the site as it was")
        XCTAssertTrue(log.all.contains("\(sheet):3:42: lỗi: «1x4» không phải số nguyên từ 0 đến 1.000.000"), "\(log.all)")
        XCTAssertTrue(log.all.contains { $0.hasPrefix("dựng KHÔNG thành công sau ") && $0.contains("1 lỗi") }, "\(log.all)")

        try setPledged("155", in: site)
        state = settled(events) { $0.failure == nil && $0.generation > 3 }
        XCTAssertNil(state.failure)
        XCTAssertTrue(try read(groupPage, in: site).contains("155/161"))

        // theme/ is watched too.
        let css = try read("theme/static/style.css", in: site)
        try write(css + "\n/* xem-thu-giao-dien */\n", to: "theme/static/style.css", in: site)
        state = settled(events) { _ in (try? read("public/style.css", in: site).contains("xem-thu-giao-dien")) == true }
        XCTAssertNil(state.failure)
        XCTAssertTrue(try read("public/style.css", in: site).contains("xem-thu-giao-dien"))
        // The preview's script is the server's business: no built file carries it.
        XCTAssertFalse(snapshot(site.appendingPathComponent("public")).values.contains { $0.range(of: Data("__wardkit".utf8)) != nil })
    }

    func testOnlyContentAndThemeAreWatchedAndEditorScratchFilesAreNot() {
        let scope = PreviewWatch.scope(URL(fileURLWithPath: "/srv/phuong"))
        for wanted in ["content", "content/progress/2026-11.csv", "content/progress/2026-11.xlsx", "theme", "theme/static/style.css"] {
            XCTAssertTrue(scope.includes(wanted), wanted)
        }
        for unwanted in ["public", "public/index.html", "ban-ghi/ban-ghi.txt", ".public.staging-1-2", "content/progress/.~lock.2026-11.xlsx#",
                         "content/progress/~$2026-11.xlsx", "content/pages/gioi-thieu.md~", "content/pages/.gioi-thieu.md.swp", "theme/4913"] {
            XCTAssertFalse(scope.includes(unwanted), unwanted)
        }
    }

    func testTheFailureShownOnPagesIsCappedAndSaysHowManyMore() {
        let rebuilds = PreviewRebuilds(options: BuildOptions(site: URL(fileURLWithPath: "/tmp/x")), events: PreviewEvents(), language: .vi) { _ in }
        let many = (1...45).map { Diagnostic(SourcePosition(file: "content/units.csv", line: $0, column: 2), vi: "sai", en: "wrong") }
        let failure = rebuilds.failure(BuildFailure(many))
        XCTAssertEqual(failure.messages.count, PreviewRebuilds.errorsOnPage + 1)
        XCTAssertEqual(failure.messages.first, "content/units.csv:1:2: lỗi: sai")
        XCTAssertEqual(failure.messages.last, "… và 15 lỗi khác (xem trong cửa sổ lệnh)")
        XCTAssertEqual(failure.title, "Dựng lại trang không thành công: 45 lỗi")
        let english = PreviewRebuilds(options: BuildOptions(site: URL(fileURLWithPath: "/tmp/x")), events: PreviewEvents(), language: .en) { _ in }
        XCTAssertEqual(english.failure(BuildFailure(Array(many.prefix(1)))).messages, ["content/units.csv:1:2: error: wrong"])
    }
}

private final class Lines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func add(_ line: String) {
        lock.lock()
        lines.append(line)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return lines
    }
}
