import Foundation
import XCTest
@testable import WardWatch

/// Each change an editor, a file manager or `cp -r` makes is seen, by inotify and by the
/// polling fallback alike: every test runs once per mechanism, each on a fresh scratch site.
final class WatcherTests: XCTestCase {
    private var site: ScratchSite!
    private var log: ChangeLog!
    private var watcher: FileWatcher!
    private var mechanism = FileWatcher.Mechanism.inotify

    private func each(_ body: () throws -> Void) throws {
        for mechanism in [FileWatcher.Mechanism.inotify, .polling] {
            self.mechanism = mechanism
            site = try ScratchSite()
            log = ChangeLog()
            let log = self.log!
            watcher = try FileWatcher(site.scope, prefer: mechanism, pollInterval: .milliseconds(50)) { log.record($0) }
            XCTAssertEqual(watcher.mechanism, mechanism, watcher.fallbackReason?.description ?? "")
            defer {
                watcher?.stop()
                site.remove()
            }
            let failuresBefore = testRun?.failureCount ?? 0
            try body()
            if (testRun?.failureCount ?? 0) > failuresBefore { XCTFail("the failures above are with \(mechanism.rawValue)") }
        }
    }

    func testCreatingAFileIsSeen() throws {
        try each {
            try site.write("content/progress/2026-12.csv", "group,pledged\n")
            XCTAssertTrue(log.await([site.path("content/progress/2026-12.csv")]), "\(log.paths)")
        }
    }

    func testEditingAFileInPlaceIsSeen() throws {
        try each {
            try site.write("content/progress/2026-11.csv", "group,pledged\nTDP18,76\n")
            XCTAssertTrue(log.await([site.path("content/progress/2026-11.csv")]), "\(log.paths)")
        }
    }

    func testRenamingOverAFileIsSeen() throws {
        try each {
            try site.replace("content/progress/2026-11.csv", "group,pledged\nTDP18,77\n")
            XCTAssertTrue(log.await([site.path("content/progress/2026-11.csv")]), "\(log.paths)")
        }
    }

    func testRenamingAFileAwayIsSeenUnderBothNames() throws {
        try each {
            XCTAssertEqual(rename(site.path("content/settings.txt"), site.path("content/cai-dat.txt")), 0)
            XCTAssertTrue(log.await([site.path("content/settings.txt"), site.path("content/cai-dat.txt")]), "\(log.paths)")
        }
    }

    func testDeletingAFileIsSeen() throws {
        try each {
            try FileManager.default.removeItem(atPath: site.path("content/settings.txt"))
            XCTAssertTrue(log.await([site.path("content/settings.txt")]), "\(log.paths)")
        }
    }

    func testANewSubfolderAndFilesLaterWrittenInItAreSeen() throws {
        try each {
            try FileManager.default.createDirectory(atPath: site.path("content/news/2026"), withIntermediateDirectories: true)
            try site.write("content/news/2026/tin.md", "---\ntitle: a\n---\n")
            XCTAssertTrue(log.await([site.path("content/news/2026/tin.md")]), "\(log.paths)")
            log.reset()
            // Written after the folder's watch must exist: proves the new folder itself is watched.
            try site.write("content/news/2026/tin-2.md", "---\ntitle: b\n---\n")
            XCTAssertTrue(log.await([site.path("content/news/2026/tin-2.md")]), "\(log.paths)")
        }
    }

    func testAFolderMovedIntoTheTreeIsWatchedUnderItsNewName() throws {
        try each {
            let outside = site.path("public/staging")
            try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
            try Data("x".utf8).write(to: URL(fileURLWithPath: outside + "/a.md"))
            XCTAssertEqual(rename(outside, site.path("content/pages")), 0)
            XCTAssertTrue(log.await([site.path("content/pages/a.md")]), "\(log.paths)")
            log.reset()
            try site.write("content/pages/b.md", "y")
            XCTAssertTrue(log.await([site.path("content/pages/b.md")]), "\(log.paths)")
        }
    }

    func testAThemeFolderCreatedLaterIsWatched() throws {
        try each {
            try FileManager.default.removeItem(atPath: site.path("theme"))
            XCTAssertTrue(log.await([site.path("theme")]), "\(log.paths)")
            log.reset()
            try FileManager.default.createDirectory(atPath: site.path("theme/static"), withIntermediateDirectories: true)
            try site.write("theme/static/style.css", "body{}")
            XCTAssertTrue(log.await([site.path("theme/static/style.css")]), "\(log.paths)")
        }
    }

    func testChangesOutsideTheScopeAreNotReported() throws {
        try each {
            try site.write("public/index.html", "<h1>built</h1>")
            try site.write("notes.txt", "not an input")
            // A change inside the scope afterwards is the marker that the earlier ones were processed.
            try site.write("content/progress/2026-11.csv", "group,pledged\nTDP18,78\n")
            XCTAssertTrue(log.await([site.path("content/progress/2026-11.csv")]), "\(log.paths)")
            XCTAssertFalse(log.paths.contains(site.path("public/index.html")), "\(log.paths)")
            XCTAssertFalse(log.paths.contains(site.path("notes.txt")), "\(log.paths)")
        }
    }

    func testStopEndsTheThreadAndLaterChangesAreNotReported() throws {
        try each {
            watcher.stop()
            watcher = nil
            try site.write("content/progress/2026-11.csv", "group,pledged\nTDP18,79\n")
            // A second watcher sees the next change; the stopped one must have reported nothing.
            let second = ChangeLog()
            let other = try FileWatcher(site.scope, prefer: mechanism, pollInterval: .milliseconds(50)) { second.record($0) }
            defer { other.stop() }
            try site.write("content/settings.txt", "name: X\n")
            XCTAssertTrue(second.await([site.path("content/settings.txt")]))
            XCTAssertTrue(log.paths.isEmpty, "\(log.paths)")
        }
    }

    func testAMissingRootIsABilingualError() throws {
        try each {
            XCTAssertThrowsError(try FileWatcher(WatchScope(root: site.path("khong-co")), prefer: mechanism) { _ in }) { error in
                XCTAssertEqual((error as? WatchError)?.vi.contains("không tồn tại"), true)
                XCTAssertEqual((error as? WatchError)?.en.contains("does not exist"), true)
            }
        }
    }
}
