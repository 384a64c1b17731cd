import TestSupport
import Foundation
import XCTest
@testable import WardKit
import WardLocale

/// An incremental build must publish exactly what a full build of the same input publishes,
/// and refuse exactly what it refuses. Each step edits the sample site at random as a ward does
/// (the latest month's statistics corrected, or next month's sheet added with the build date
/// moving into that month; a template, settings, a news post, a theme string, units.csv), copies
/// the site as it now is, rebuilds the original incrementally over its previous output and builds
/// the copy from nothing, then compares every file of both public/ folders byte for byte. A step
/// both builds refuse is undone, as the ward would after reading the error.
final class IncrementalBuildTests: XCTestCase {
    typealias Random = SeededRandom

    enum Edit: CaseIterable { case statistics, template, settings, news, themeString, units }

    func testIncrementalBuildsEqualFullBuildsAfterRandomEdits() throws {
        var reused = 0, rendered = 0, byKey = 0, builtSteps = 0, refusedSteps = 0, monthsAdded = 0
        for seed in [UInt64(1), 2, 3] {
            var random = Random(seed: seed)
            let site = try makeSite(withTheme: true)
            defer { try? FileManager.default.removeItem(at: site) }
            var date = sampleDate
            _ = try build(site, date: date)
            // Every kind of edit once per seed, in a random order, some steps with two.
            for (step, edit) in (Edit.allCases + [.statistics]).shuffled(using: &random).enumerated() {
                let inputsBefore = snapshotInputs(site), dateBefore = date
                var applied = [edit]
                try apply(edit, to: site, random: &random, step: step, date: &date)
                if random.int(0...2) == 0 {
                    let second = random.pick(Edit.allCases)
                    try apply(second, to: site, random: &random, step: step + 100, date: &date)
                    applied.append(second)
                }
                if date != dateBefore { monthsAdded += 1 }
                let what = "seed \(seed), step \(step), edits \(applied), date \(date.iso)"
                let fresh = try copyInputs(of: site)
                defer { try? FileManager.default.removeItem(at: fresh) }
                let before = snapshot(site.appendingPathComponent("public"))
                let incremental = outcome(site, date: date)
                let full = outcome(fresh, date: date)
                switch (incremental, full) {
                case (.success(let a), .success(let b)):
                    XCTAssertEqual(b.filesReused, 0, what)
                    reused += a.filesReused
                    byKey += a.pagesReusedByInputKey
                    rendered += a.filesRendered
                    builtSteps += 1
                    let mine = snapshot(site.appendingPathComponent("public")), theirs = snapshot(fresh.appendingPathComponent("public"))
                    XCTAssertEqual(Set(mine.keys), Set(theirs.keys), "the same files, \(what)")
                    for (path, bytes) in theirs where mine[path] != bytes {
                        XCTFail("public/\(path) differs from a full build, \(what)")
                    }
                    XCTAssertEqual(try Data(contentsOf: site.appendingPathComponent("\(SiteRecord.folder)/\(StatisticsRecord.file)")),
                                   try Data(contentsOf: fresh.appendingPathComponent("\(SiteRecord.folder)/\(StatisticsRecord.file)")),
                                   "the same statistics record, \(what)")
                case (.failure(let a), .failure(let b)):
                    refusedSteps += 1
                    print("refused, \(what): \(a.diagnostics.first?.en ?? "")")
                    XCTAssertEqual(a.diagnostics.map(\.vi), b.diagnostics.map(\.vi), what)
                    XCTAssertEqual(snapshot(site.appendingPathComponent("public")), before, "a failed build leaves public/ as it was, \(what)")
                    try restoreInputs(inputsBefore, of: site)
                    date = dateBefore
                default:
                    XCTFail("one build failed and the other did not, \(what): \(incremental) / \(full)")
                }
            }
        }
        XCTAssertGreaterThan(builtSteps, 14, "most random edits are valid input")
        XCTAssertGreaterThan(monthsAdded, 0, "a new month's sheet was added")
        XCTAssertGreaterThan(reused, 0, "unchanged files were taken over")
        XCTAssertGreaterThan(rendered, 0)
        XCTAssertGreaterThan(byKey, 0, "pages were taken over on their input key, their data never made")
        print("incremental steps: \(builtSteps) built, \(refusedSteps) refused, \(monthsAdded) with a new month; files \(rendered) rendered, \(reused) reused, \(byKey) of them on their input key")
    }

    func testOneSheetEditRendersOnlyWhatItChanges() throws {
        let site = try makeSite(withTheme: true)
        defer { try? FileManager.default.removeItem(at: site) }
        let first = try build(site)
        XCTAssertEqual(first.filesReused, 0)
        let again = try build(site)
        XCTAssertEqual(again.filesRendered, 0, "nothing changed, nothing is rendered")
        XCTAssertEqual(again.filesReused, first.filesRendered)
        // The first build wrote ban-ghi/, which the pages that may show statistics have in their
        // input key; from then on no page's data is made when nothing changed.
        XCTAssertGreaterThan(again.pagesReusedByInputKey, again.pages / 2)
        let third = try build(site)
        XCTAssertEqual(third.filesRendered, 0)
        XCTAssertEqual(third.pagesReusedByInputKey, third.pages, "nothing changed: no page's data is made")
        try replaceLine(startingWith: "TDP05,TT,", with: "TDP05,TT,,9", in: "content/statistics/2026-11.csv", site: site)
        let edited = try build(site)
        XCTAssertGreaterThan(edited.filesRendered, 0)
        XCTAssertGreaterThan(edited.filesReused, edited.filesRendered, "a group's figure changes a few pages, not the site")
        // The printables show no statistics: their data is not made to know they are unchanged.
        XCTAssertGreaterThan(edited.pagesReusedByInputKey, edited.filesRendered)
        // Changed pages are new files; unchanged ones are the previous build's, linked.
        let index = site.appendingPathComponent("public/in-an/index.html").path
        XCTAssertGreaterThanOrEqual(try FileManager.default.attributesOfItem(atPath: index)[.referenceCount] as? Int ?? 0, 2)
    }

    func testARemovedPostDisappears() throws {
        let site = try makeSite(withTheme: true)
        defer { try? FileManager.default.removeItem(at: site) }
        try write("---\ntitle: Tin tạm\ndate: 2026-11-12\nsummary: Một tin sẽ bị xóa.\n---\nNội dung tạm.\n", to: "content/news/2026-11-12-tin-tam.md", in: site)
        _ = try build(site)
        XCTAssertNoThrow(try read("tin-tuc/2026-11-12-tin-tam/index.html", in: site.appendingPathComponent("public")))
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/news/2026-11-12-tin-tam.md"))
        _ = try build(site)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/tin-tuc/2026-11-12-tin-tam/index.html").path))
        XCTAssertFalse(try read("tin-tuc/index.html", in: site.appendingPathComponent("public")).contains("Tin tạm"))
        XCTAssertFalse(try read("sitemap.xml", in: site.appendingPathComponent("public")).contains("2026-11-12-tin-tam"))
    }

    /// Unchanged pages are reused only under the same guard: a name no longer declared public
    /// is refused again in the post that was clean last time, and a phone number put in a
    /// theme string is refused on output, both leaving public/ and its record as they were.
    func testWhatTheGuardNowRefusesIsRefused() throws {
        let site = try makeSite(withTheme: true)
        defer { try? FileManager.default.removeItem(at: site) }
        _ = try build(site)
        let public_ = site.appendingPathComponent("public")
        let record = site.appendingPathComponent(".public.build-record")
        let before = snapshot(public_), recordBefore = try Data(contentsOf: record)

        try replaceLine(startingWith: "public_names:", with: "public_names: [Trần Văn Minh]", in: "content/settings.txt", site: site)
        let names = failingBuild(site)
        XCTAssertTrue(names.contains { $0.kind == .privacy && $0.position?.file.hasPrefix("content/news/") == true }, "\(names.map(\.vi))")
        XCTAssertEqual(snapshot(public_), before)
        XCTAssertEqual(try Data(contentsOf: record), recordBefore)

        try replaceLine(startingWith: "public_names:", with: "public_names: [Trần Văn Minh, Lê Thị Hồng]", in: "content/settings.txt", site: site)
        try replaceLine(startingWith: "footer_updated:", with: "footer_updated: Cập nhật, hỏi anh Tư 0912 345 678", in: "theme/strings.txt", site: site)
        let phone = failingBuild(site)
        XCTAssertTrue(phone.contains { $0.kind == .privacy }, "\(phone.map(\.vi))")
        XCTAssertEqual(snapshot(public_), before)
        XCTAssertEqual(try Data(contentsOf: record), recordBefore)
    }

    /// A change to what the audit allows (here one more public number) means no file audited
    /// under the old allowlist is taken over, even where its bytes would be the same.
    func testANewAllowlistReauditsEveryFile() throws {
        let site = try makeSite(withTheme: true)
        defer { try? FileManager.default.removeItem(at: site) }
        _ = try build(site)
        let settings = try read("content/settings.txt", in: site)
        try write(settings + "public_phones: [0234 3822 999]\n", to: "content/settings.txt", in: site)
        let report = try build(site)
        XCTAssertEqual(report.filesReused, 0)
    }

    /// A record the published folder does not match (another folder put in place, a damaged
    /// record) vouches for nothing.
    func testAStaleOrDamagedRecordMeansAFullBuild() throws {
        let site = try makeSite(withTheme: true)
        defer { try? FileManager.default.removeItem(at: site) }
        _ = try build(site)
        let public_ = site.appendingPathComponent("public")
        let copy = site.appendingPathComponent("public-copy")
        try FileManager.default.copyItem(at: public_, to: copy)
        try FileManager.default.removeItem(at: public_)
        try FileManager.default.moveItem(at: copy, to: public_)
        XCTAssertEqual(try build(site).filesReused, 0, "another folder than the one recorded")
        XCTAssertGreaterThan(try build(site).filesReused, 0)
        let record = site.appendingPathComponent(".public.build-record")
        try Data((try read(".public.build-record", in: site) + "file\tnot a line\n").utf8).write(to: record)
        XCTAssertEqual(try build(site).filesReused, 0, "a damaged record")
        // A published file edited in place is not the file the record describes.
        let home = public_.appendingPathComponent("index.html")
        let handle = try FileHandle(forWritingTo: home)
        handle.seekToEndOfFile(); handle.write(Data("<!-- sửa tay -->".utf8)); try handle.close()
        let next = try build(site)
        XCTAssertGreaterThan(next.filesReused, 0)
        XCTAssertFalse(try read("index.html", in: public_).contains("sửa tay"))
    }

    // MARK: - Edits

    private func apply(_ edit: Edit, to site: URL, random: inout Random, step: Int, date: inout CalendarDate) throws {
        switch edit {
        case .statistics:
            try editStatistics(site, random: &random, date: &date)
        case .template:
            let name = random.pick(["base", "group", "progress", "print-base", "home", "statistics"])
            let path = "theme/templates/\(name).mustache"
            var text = try read(path, in: site)
            if let r = text.range(of: "</", options: .backwards) {
                text.insert(contentsOf: "<!-- bản \(step) -->", at: r.lowerBound)
            }
            try write(text, to: path, in: site)
        case .settings:
            try replaceLine(startingWith: "description:", with: "description: Tiến độ phường Sông Mây, bản \(step).", in: "content/settings.txt", site: site)
        case .news:
            let news = site.appendingPathComponent("content/news")
            let posts = try FileManager.default.contentsOfDirectory(atPath: news.path).sorted()
            switch random.int(0...2) {
            case 0:
                let post = random.pick(posts)
                try write(try read("content/news/\(post)", in: site) + "\nCập nhật lần \(step).\n", to: "content/news/\(post)", in: site)
            case 1:
                let day = String(format: "%02d", random.int(1...24))
                try write("---\ntitle: Tin số \(step)\ndate: 2026-11-\(day)\nsummary: Tin ngắn số \(step).\n---\nTổ dân phố ra quân lần \(step).\n",
                          to: "content/news/2026-11-\(day)-tin-\(step).md", in: site)
            default:
                if posts.count > 1 { try FileManager.default.removeItem(at: news.appendingPathComponent(random.pick(posts))) }
            }
        case .themeString:
            let key = random.pick(["nav_news", "footer_updated", "nav_print", "hotlines_title"])
            try replaceLine(startingWith: "\(key):", with: "\(key): Nhãn \(key) bản \(step)", in: "theme/strings.txt", site: site)
        case .units:
            let group = String(format: "TDP%02d", random.int(1...24))
            let text = try read("content/units.csv", in: site)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                guard line.hasPrefix(group + ",") else { return String(line) }
                var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                cells[4] = String((Int(cells[4]) ?? 100) + random.int(1...20))
                return cells.joined(separator: ",")
            }
            try write(lines.joined(separator: "\n"), to: "content/units.csv", in: site)
        }
    }

    private func replaceLine(startingWith prefix: String, with line: String, in relative: String, site: URL) throws {
        let text = try read(relative, in: site)
        var found = false
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { l -> String in
            guard !found, l.hasPrefix(prefix) else { return String(l) }
            found = true
            return line
        }
        XCTAssertTrue(found, "\(relative) has a line «\(prefix)…»")
        try write(lines.joined(separator: "\n"), to: relative, in: site)
    }

    /// The site's inputs as they are now (content, theme, the record of earlier builds), in a
    /// new folder without any output: a build there is a full build.
    private func copyInputs(of site: URL) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wardkit-full-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for name in ["content", "theme", SiteRecord.folder] where FileManager.default.fileExists(atPath: site.appendingPathComponent(name).path) {
            try FileManager.default.copyItem(at: site.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        return dir
    }

    private func outcome(_ site: URL, date: CalendarDate = sampleDate) -> Result<BuildReport, BuildFailure> {
        do { return .success(try build(site, date: date)) } catch { return .failure(error) }
    }

    private func snapshotInputs(_ site: URL) -> [String: [String: Data]] {
        ["content": snapshot(site.appendingPathComponent("content")), "theme": snapshot(site.appendingPathComponent("theme"))]
    }

    private func restoreInputs(_ inputs: [String: [String: Data]], of site: URL) throws {
        for (folder, files) in inputs {
            try FileManager.default.removeItem(at: site.appendingPathComponent(folder))
            for (path, bytes) in files {
                let url = site.appendingPathComponent(folder).appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try bytes.write(to: url)
            }
        }
    }
}
