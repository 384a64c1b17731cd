import Foundation
import Glibc
import XCTest
@testable import WardKit

/// A build takes the version set aside by the build before as its staging folder. Whatever that
/// old tree holds — pages this build no longer makes, a file where a folder now goes, a folder
/// where a file goes, empty folders — the site swapped in must be the one a fresh folder gives,
/// file for file and folder for folder, and the kept versions it shares inodes with unchanged.
final class RecycledTreeTests: XCTestCase {
    func testARecycledTreeBecomesExactlyAFreshBuild() throws {
        let site = try makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let versions = site.appendingPathComponent(".public.versions").path
        func discarded() -> String? {
            ((try? FileManager.default.contentsOfDirectory(atPath: versions)) ?? []).filter { $0.hasPrefix(DiscardedVersions.prefix) }.first
                .map { versions + "/" + $0 }
        }
        let post = "content/news/2026-11-20-ban-tin.md"
        for n in 1...(SiteSwap.defaultVersionsKept + 2) {
            try write("---\ntitle: Bản tin \(n)\ndate: 2026-11-20\nsummary: Lần dựng \(n).\n---\nLần dựng \(n).\n", to: post, in: site)
            _ = try build(site)
        }
        let old = try XCTUnwrap(discarded(), "five builds keep three versions and set one aside")

        // What an older WardKit, or another site layout, could have left in that version.
        let fm = FileManager.default
        try fm.removeItem(atPath: old + "/tin-tuc/atom.xml")
        try fm.createDirectory(atPath: old + "/tin-tuc/atom.xml/cu", withIntermediateDirectories: true)
        try Data("cũ".utf8).write(to: URL(fileURLWithPath: old + "/tin-tuc/atom.xml/cu/index.html"))
        try fm.removeItem(atPath: old + "/chu-de")
        try Data("một tệp nơi giờ là thư mục".utf8).write(to: URL(fileURLWithPath: old + "/chu-de"))
        try fm.createDirectory(atPath: old + "/trang-cu/rong/rong-nua", withIntermediateDirectories: true)
        try Data("trang đã bỏ".utf8).write(to: URL(fileURLWithPath: old + "/trang-cu/index.html"))
        try Data("tệp lạ".utf8).write(to: URL(fileURLWithPath: old + "/tien-do/le.txt"))
        // And this build drops a post and writes a new one.
        try fm.removeItem(at: site.appendingPathComponent("content/news/2026-09-15-so-ket-quy-3.md"))
        try write("---\ntitle: Tin mới\ndate: 2026-11-22\nsummary: Mới.\n---\nMới.\n", to: "content/news/2026-11-22-tin-moi.md", in: site)

        let keptBefore = kept(versions).map { tree(URL(fileURLWithPath: $0)) }
        var recycledInode = stat()
        XCTAssertEqual(stat(old, &recycledInode), 0)
        let report = try build(site)
        XCTAssertGreaterThan(report.filesReused, 0, "the build reused pages")
        var published = stat()
        XCTAssertEqual(stat(site.appendingPathComponent("public").path, &published), 0)
        XCTAssertEqual(published.st_ino, recycledInode.st_ino, "the set-aside version was taken as the staging folder")

        let fresh = site.appendingPathComponent("fresh")
        _ = try build(site, output: fresh)
        let got = tree(site.appendingPathComponent("public")), want = tree(fresh)
        XCTAssertEqual(Set(got.keys).subtracting(want.keys).sorted(), [], "nothing left over from the old tree")
        XCTAssertEqual(Set(want.keys).subtracting(got.keys).sorted(), [], "nothing missing")
        XCTAssertEqual(got, want, "byte for byte the fresh build")
        XCTAssertEqual(kept(versions).dropLast().map { tree(URL(fileURLWithPath: $0)) }, Array(keptBefore.dropFirst()),
                       "the versions kept are as they were built")
    }

    /// A page found in the recycled tree on its recorded inode is taken as it stands, without
    /// looking at the published name: whatever someone did to the published files by hand, the
    /// rebuild is still the fresh build. A file replaced under its name (a new inode) gets the
    /// built page back; one edited in place (the inode every version shares) is rendered again.
    func testHandEditedPublishedFilesDoNotSurviveARecycledRebuild() throws {
        let site = try makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let post = "content/news/2026-11-20-ban-tin.md"
        for n in 1...(SiteSwap.defaultVersionsKept + 2) {
            try write("---\ntitle: Bản tin \(n)\ndate: 2026-11-20\nsummary: Lần dựng \(n).\n---\nLần dựng \(n).\n", to: post, in: site)
            _ = try build(site)
        }
        let public_ = site.appendingPathComponent("public").resolvingSymlinksInPath().path
        // Pages built the same five times: one inode in every version, the set-aside one too.
        let shared = ["gioi-thieu/index.html", "chu-de/index.html"]
        for page in shared { XCTAssertTrue(FileManager.default.fileExists(atPath: public_ + "/" + page), page) }
        let replacedPath = public_ + "/" + shared[0]
        let edited = public_ + "/" + shared[1]
        var before = stat()
        XCTAssertEqual(stat(replacedPath, &before), 0)
        // Saved by an editor: a new file renamed over the name.
        try Data("<p>sửa tay</p>".utf8).write(to: URL(fileURLWithPath: replacedPath + ".tmp"))
        XCTAssertEqual(rename(replacedPath + ".tmp", replacedPath), 0)
        // Appended to in place, a second later so its modification time differs.
        usleep(20_000)
        let fd = open(edited, O_WRONLY | O_APPEND)
        XCTAssertGreaterThanOrEqual(fd, 0)
        XCTAssertEqual(write(fd, "<!-- sửa -->", 14), 14)
        close(fd)

        let report = try build(site)
        XCTAssertGreaterThan(report.filesReused, 0)
        XCTAssertGreaterThan(report.filesRendered, 0, "the page edited in place is rendered again")
        let fresh = site.appendingPathComponent("fresh")
        _ = try build(site, output: fresh)
        let got = tree(site.appendingPathComponent("public")), want = tree(fresh)
        XCTAssertEqual(Set(got.keys).union(want.keys).filter { got[$0] != want[$0] }.sorted(), [], "byte for byte the fresh build")
        var after = stat()
        XCTAssertEqual(stat(site.appendingPathComponent("public/" + shared[0]).path, &after), 0)
        XCTAssertEqual(after.st_ino, before.st_ino, "the replaced page is the built inode again, taken from the recycled tree")
    }

    /// Versions kept, oldest first.
    private func kept(_ versions: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: versions)) ?? []).filter { !$0.hasPrefix(".") }.sorted().map { versions + "/" + $0 }
    }

    /// Every file (its bytes) and every folder (nil) below `dir`, by relative path.
    private func tree(_ dir: URL) -> [String: Data?] {
        var out: [String: Data?] = [:]
        let base = dir.standardizedFileURL.resolvingSymlinksInPath().path + "/"
        guard let walker = FileManager.default.enumerator(atPath: base) else { return out }
        while let relative = walker.nextObject() as? String {
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: base + relative, isDirectory: &isDir)
            out[relative] = isDir.boolValue ? .some(nil) : FileManager.default.contents(atPath: base + relative)
        }
        return out
    }
}
