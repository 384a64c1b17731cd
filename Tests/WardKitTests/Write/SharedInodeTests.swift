import Foundation
import Glibc
import XCTest
@testable import WardKit

/// Incremental builds hard-link unchanged files from the published folder, so public/ and the
/// versions kept for rollback share inodes. That is safe only because no build ever writes into
/// an existing file: every file a build makes is created new (O_EXCL) in its staging folder and
/// the folder is swapped in whole. This states it over a sequence of builds: every kept version
/// stays byte for byte what its own build published, while sharing inodes with the newer ones.
final class SharedInodeTests: XCTestCase {
    func testKeptVersionsStayAsBuiltWhileSharingInodes() throws {
        let site = try makeSite(withTheme: true)
        defer { try? FileManager.default.removeItem(at: site) }
        let public_ = site.appendingPathComponent("public")
        let sheet = "content/statistics/2026-11.csv"
        var published: [[String: Data]] = []
        let edits: [() throws -> Void] = [
            {},
            { try write(try read(sheet, in: site).replacingOccurrences(of: "TDP05,TT,,3", with: "TDP05,TT,,7"), to: sheet, in: site) },
            { try write(try read("theme/templates/group.mustache", in: site) + "\n<!-- bản 2 -->\n", to: "theme/templates/group.mustache", in: site) },
            { try write("---\ntitle: Tin mới\ndate: 2026-11-21\nsummary: Tin ngắn.\n---\nTổ dân phố ra quân.\n", to: "content/news/2026-11-21-tin-moi.md", in: site) },
            {},
        ]
        var reused = 0
        for edit in edits {
            try edit()
            reused += try build(site).filesReused
            published.append(snapshot(public_))
        }
        XCTAssertGreaterThan(reused, 0, "later builds linked unchanged files")

        let versionsDir = site.appendingPathComponent(".public.versions")
        let entries = try FileManager.default.contentsOfDirectory(atPath: versionsDir.path).sorted()
        let names = entries.filter { !$0.hasPrefix(".") }
        XCTAssertEqual(names.count, SiteSwap.defaultVersionsKept)
        // Beside them, at most the version the last build dropped, waiting for the next build.
        XCTAssertLessThanOrEqual(entries.filter { $0.hasPrefix(DiscardedVersions.prefix) }.count, 1, "\(entries)")
        // The newest kept version is the build before the current one, and so on back.
        let kept = names.map { versionsDir.appendingPathComponent($0) }
        for (n, dir) in kept.enumerated() {
            let build = published.count - 1 - kept.count + n
            XCTAssertEqual(snapshot(dir), published[build], "kept version \(names[n]) is what build \(build) published")
        }
        XCTAssertEqual(snapshot(public_), published.last!)

        // They do share inodes, and each shared inode is the same file, by path and bytes, in both.
        let current = try inodes(public_)
        var shared = 0
        for dir in kept {
            let old = try inodes(dir)
            let oldBytes = snapshot(dir)
            for (path, inode) in current where old[path] == inode {
                shared += 1
                XCTAssertEqual(oldBytes[path], published.last![path], path)
            }
            let byInode = Dictionary(old.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
            for (path, inode) in current { if let p = byInode[inode] { XCTAssertEqual(p, path, "an inode is only ever the same path") } }
        }
        XCTAssertGreaterThan(shared, 0)
    }

    private func inodes(_ dir: URL) throws -> [String: UInt64] {
        var out: [String: UInt64] = [:]
        for rel in snapshot(dir).keys {
            var st = stat()
            XCTAssertEqual(stat(dir.appendingPathComponent(rel).path, &st), 0)
            out[rel] = UInt64(st.st_ino)
        }
        return out
    }
}
