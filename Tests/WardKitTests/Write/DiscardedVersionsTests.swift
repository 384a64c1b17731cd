import Foundation
import XCTest
@testable import WardKit

/// A version dropped past the number kept is set aside by the build that drops it and removed
/// by the next one, beside its loading: rollback never sees it, at most one build's worth
/// waits, a check (which writes nothing) leaves it, and removing it leaves the kept versions,
/// which share inodes with it, as they were.
final class DiscardedVersionsTests: XCTestCase {
    func testADroppedVersionIsSetAsideThenRemovedByTheNextBuild() throws {
        let site = try makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let versions = site.appendingPathComponent(".public.versions").path
        func entries() -> (kept: [String], discarded: [String]) {
            let all = ((try? FileManager.default.contentsOfDirectory(atPath: versions)) ?? []).sorted()
            return (all.filter { !$0.hasPrefix(".") }, all.filter { $0.hasPrefix(DiscardedVersions.prefix) })
        }
        let keep = SiteSwap.defaultVersionsKept
        var previousKept: [String] = []
        for n in 1...(keep + 3) {
            try write("---\ntitle: Bản tin \(n)\ndate: 2026-11-20\nsummary: Lần dựng \(n).\n---\nLần dựng \(n).\n",
                      to: "content/news/2026-11-20-ban-tin.md", in: site)
            _ = try build(site)
            let now = entries()
            XCTAssertEqual(now.kept.count, min(n - 1, keep), "build \(n): \(now)")
            // Past `keep`, the oldest kept version is the one set aside, and only it: what the
            // build before set aside is gone.
            let dropped = previousKept.count == keep ? [DiscardedVersions.prefix + previousKept[0]] : []
            XCTAssertEqual(now.discarded, dropped, "build \(n)")
            previousKept = now.kept
        }

        // The kept versions hold what they held once the one beside them is removed.
        let keptBefore = entries().kept.map { snapshot(URL(fileURLWithPath: versions + "/" + $0)) }
        XCTAssertEqual(entries().discarded.count, 1)
        var options = BuildOptions(site: site, buildDate: sampleDate)
        options.dryRun = true
        _ = try SiteBuilder.build(options)
        XCTAssertEqual(entries().discarded.count, 1, "a check writes nothing, not even a removal")
        try write("---\ntitle: Tin\ndate: 2026-11-20\n---\n", to: "content/news/2026-11-20-ban-tin.md", in: site)
        try write("không phải bảng\u{0}", to: "content/units.csv", in: site)
        _ = failingBuild(site)
        XCTAssertEqual(entries().discarded, [], "a refused build still clears what an earlier one set aside")
        XCTAssertEqual(entries().kept.map { snapshot(URL(fileURLWithPath: versions + "/" + $0)) }, keptBefore,
                       "the kept versions are untouched by the removal and by the refused build")
        print("discarded versions: \(keep + 3) builds kept \(keep), one set aside at a time, removed by the next build")
    }
}
