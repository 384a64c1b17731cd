import Foundation
import Glibc
import XCTest
@testable import WardKit

/// A build killed at any instant — by a random SIGKILL or at each step of the swap — leaves
/// `public/` exactly as the old site or exactly as the new one, and the next build cleans up.
final class CrashSafetyTests: XCTestCase {
    /// Two contents of one site that build to different trees.
    private func flip(_ site: URL, to version: Int) throws {
        try write("---\ntitle: Bản tin số \(version)\ndate: 2026-11-20\n---\nNội dung bản \(version).\n",
                  to: "content/news/2026-11-20-ban-tin.md", in: site)
    }

    private func expectedTrees(_ site: URL) throws -> [Int: [String: Data]] {
        var out: [Int: [String: Data]] = [:]
        for v in [0, 1] {
            try flip(site, to: v)
            let out_ = site.appendingPathComponent("expected-\(v)")
            _ = try build(site, output: out_)
            out[v] = snapshot(out_)
            try FileManager.default.removeItem(at: out_)
        }
        XCTAssertNotEqual(out[0], out[1])
        return out
    }

    private func state(_ public_: URL, _ trees: [Int: [String: Data]]) -> Int? {
        let now = snapshot(public_)
        return trees.first { $0.value == now }?.key
    }

    func testKilledBuildsLeaveTheOldOrTheNewSiteAndNoLeftovers() throws {
        let site = try makeSite()
        let trees = try expectedTrees(site)
        let public_ = site.appendingPathComponent("public")
        try flip(site, to: 0)
        XCTAssertEqual(try runWardkit(["build", site.path, "--date", "2026-11-25"], cwd: site).status, 0)
        var current = 0
        // How long one build takes here, so the kills spread over its whole length.
        let started = Date()
        try flip(site, to: 1)
        XCTAssertEqual(try runWardkit(["build", site.path, "--date", "2026-11-25"], cwd: site).status, 0)
        current = 1
        let duration = max(0.05, Date().timeIntervalSince(started))
        var outcomes: [String: Int] = [:]
        var generator = SystemRandomNumberGenerator()
        for round in 0..<50 {
            let target = 1 - current
            try flip(site, to: target)
            let p = Process()
            p.executableURL = wardkitBinary
            p.arguments = ["build", site.path, "--date", "2026-11-25"]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            usleep(UInt32(Double.random(in: 0...(duration * 1.5), using: &generator) * 1_000_000))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            guard let now = state(public_, trees) else {
                XCTFail("round \(round): public/ is neither the old nor the new site"); return
            }
            outcomes[now == target ? "new" : "old", default: 0] += 1
            current = now
        }
        for point in ["before-swap", "after-swap", "after-archive"] {
            let target = 1 - current
            try flip(site, to: target)
            let r = try runWardkit(["build", site.path, "--date", "2026-11-25"], cwd: site, env: ["WARDKIT_CRASH_AT": point])
            XCTAssertNotEqual(r.status, 0, "\(point): the process was killed")
            guard let now = state(public_, trees) else { XCTFail("\(point): public/ is neither old nor new"); return }
            XCTAssertEqual(now, point == "before-swap" ? current : target, point)
            outcomes[point] = now == target ? 1 : 0
            current = now
        }
        print("crash-safety: 50 random SIGKILLs → \(outcomes["old"] ?? 0) old, \(outcomes["new"] ?? 0) new, 0 broken; fault points before-swap/after-swap/after-archive held")
        // A normal build then succeeds and leaves nothing behind but the site, its lock and
        // the few versions kept for rollback.
        try flip(site, to: 1 - current)
        XCTAssertEqual(try runWardkit(["build", site.path, "--date", "2026-11-25"], cwd: site).status, 0)
        XCTAssertEqual(state(public_, trees), 1 - current)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasPrefix(".public") }
        XCTAssertEqual(Set(leftovers), [".public.lock", ".public.versions", ".public.build-record"], "\(leftovers)")
        let versions = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent(".public.versions").path)
        let kept = versions.filter { !$0.hasPrefix(".") }
        XCTAssertLessThanOrEqual(kept.count, SiteSwap.defaultVersionsKept, "\(versions)")
        // Beside them only versions this last build dropped (after a kill between archiving and
        // dropping, more than one), all older than every kept one; the next build removes them.
        let discarded = versions.filter { $0.hasPrefix(DiscardedVersions.prefix) }.map { String($0.dropFirst(DiscardedVersions.prefix.count)) }
        XCTAssertEqual(discarded.count + kept.count, versions.count, "\(versions)")
        XCTAssertTrue(discarded.allSatisfy { d in kept.allSatisfy { d < $0 } }, "\(versions)")
    }

    func testAReaderPollingDuringRebuildsNeverMissesAFile() throws {
        let site = try makeSite()
        try flip(site, to: 0)
        _ = try build(site)
        let public_ = site.appendingPathComponent("public").path
        let watched = ["index.html", "tien-do/index.html", "style.css", "tin-tuc/index.html", "tien-do/phu-o-1/index.html"].map { public_ + "/" + $0 }
        let done = Atomic(false), reads = Atomic(0), misses = Atomic(0)
        let reader = Thread {
            while !done.value {
                for path in watched {
                    let fd = open(path, O_RDONLY)
                    if fd < 0 { misses.add(1) } else { close(fd); reads.add(1) }
                }
            }
        }
        reader.start()
        for i in 0..<30 {
            try flip(site, to: (i + 1) % 2)
            _ = try build(site)
        }
        done.set(true)
        while !reader.isFinished { usleep(1000) }
        print("crash-safety: a reader polling \(watched.count) files during 30 rebuilds made \(reads.value) opens, \(misses.value) missing")
        XCTAssertGreaterThan(reads.value, 100)
        XCTAssertEqual(misses.value, 0)
    }

    func testThePublishedTreeIsNeverWrittenTo() throws {
        let site = try makeSite()
        try flip(site, to: 0)
        _ = try build(site)
        let public_ = site.appendingPathComponent("public")
        let before = try inodes(public_)
        let bytes = snapshot(public_)
        // A theme file claiming a generated path is refused, naming both, and nothing moves.
        try write("<!doctype html><title>404</title>\n", to: "theme/static/404.html", in: site)
        try flip(site, to: 1)
        let diagnostics = failingBuild(site)
        XCTAssertTrue(diagnostics.contains { $0.vi.contains("hai nguồn cùng ghi ra «404.html»") && $0.vi.contains("theme/static/404.html") }, "\(diagnostics.map(\.vi))")
        XCTAssertEqual(snapshot(public_), bytes)
        XCTAssertEqual(try inodes(public_), before)
        // A successful build moves the old tree aside whole: its files keep inode and bytes.
        try FileManager.default.removeItem(at: site.appendingPathComponent("theme"))
        _ = try build(site)
        let archived = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent(".public.versions").path).sorted().last!
        let old = site.appendingPathComponent(".public.versions/\(archived)")
        XCTAssertEqual(snapshot(old), bytes)
        XCTAssertEqual(try inodes(old), before)
        // Unchanged files are linked from the old tree (incremental builds): a shared inode is
        // only ever a file whose bytes are the same in both, since no build writes into one.
        let oldByInode = Dictionary(before.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
        let now = snapshot(public_)
        for (path, inode) in try inodes(public_) {
            if let oldPath = oldByInode[inode] { XCTAssertEqual(now[path], bytes[oldPath], "\(path) shares an inode with the old \(oldPath)") }
        }
    }

    func testUnchangedFilesKeepTheirModificationTime() throws {
        let site = try makeSite()
        try flip(site, to: 0)
        _ = try build(site)
        let css = site.appendingPathComponent("public/style.css").path
        var st = stat()
        stat(css, &st)
        let (mtime, inode) = (st.st_mtim, st.st_ino)
        try flip(site, to: 1)
        _ = try build(site)
        stat(css, &st)
        XCTAssertEqual(st.st_mtim.tv_sec, mtime.tv_sec)
        XCTAssertEqual(st.st_mtim.tv_nsec, mtime.tv_nsec)
        // Linked from the previous build (its inputs did not change), not written again.
        XCTAssertEqual(st.st_ino, inode)
    }

    func testAPublicFolderThatIsASymlinkStaysOneAndItsTargetGetsTheSite() throws {
        let site = try makeSite()
        let webroot = site.appendingPathComponent("www/khong-ma-tuy")
        try FileManager.default.createDirectory(at: webroot, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("public").path, withDestinationPath: webroot.path)
        try flip(site, to: 0)
        _ = try build(site)
        _ = try build(site)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: site.appendingPathComponent("public").path), webroot.path)
        XCTAssertTrue(FileManager.default.fileExists(atPath: webroot.appendingPathComponent("index.html").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent("www/.khong-ma-tuy.versions").path))
    }

    func testASecondBuildOfTheSameSiteStopsWithAClearMessage() throws {
        let site = try makeSite()
        _ = try build(site)
        do {
            let holder = try BuildLock(beside: site.appendingPathComponent("public").path)
            let diagnostics = failingBuild(site)
            XCTAssertTrue(diagnostics.first?.vi.contains("một lần dựng trang khác đang ghi") == true, "\(diagnostics.map(\.vi))")
            withExtendedLifetime(holder) {}
        }
        _ = try build(site)   // the lock went with its holder
    }

    func testAPublicPathThatIsAFileIsAVietnameseError() throws {
        let site = try makeSite()
        try write("không phải thư mục", to: "public", in: site)
        let d = failingBuild(site)
        XCTAssertTrue(d.first?.vi.contains("là một tệp, không phải thư mục") == true, "\(d.map(\.vi))")
    }

    private func inodes(_ dir: URL) throws -> [String: UInt] {
        var out: [String: UInt] = [:]
        for rel in snapshot(dir).keys {
            var st = stat()
            stat(dir.appendingPathComponent(rel).path, &st)
            out[rel] = UInt(st.st_ino)
        }
        return out
    }
}

/// A tiny lock-protected value for the polling reader thread.
final class Atomic<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T
    init(_ v: T) { stored = v }
    var value: T { lock.lock(); defer { lock.unlock() }; return stored }
    func set(_ v: T) { lock.lock(); stored = v; lock.unlock() }
}

extension Atomic where T == Int {
    func add(_ n: Int) { lock.lock(); stored += n; lock.unlock() }
}
