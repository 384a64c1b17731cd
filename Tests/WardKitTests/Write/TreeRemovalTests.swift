import Foundation
import XCTest
@testable import WardKit

/// Throwing an old version away removes all of it and nothing else: files linked from another
/// tree (the published one shares inodes with the versions) and whatever a link points to stay.
final class TreeRemovalTests: XCTestCase {
    func testRemovesEverythingBelowAndNothingElse() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("wardkit-removal-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }
        let old = root.appendingPathComponent("old"), kept = root.appendingPathComponent("kept"), outside = root.appendingPathComponent("outside")
        for dir in [kept, outside] { try fm.createDirectory(at: dir, withIntermediateDirectories: true) }
        try Data("ngoài".utf8).write(to: outside.appendingPathComponent("x.txt"))
        var files: [URL] = []
        for a in 0..<3 {
            for b in 0..<4 {
                for c in 0..<2 {
                    let dir = old.appendingPathComponent("a\(a)/b\(b)/c\(c)")
                    try fm.createDirectory(at: dir, withIntermediateDirectories: true)
                    files.append(dir.appendingPathComponent("index.html"))
                }
            }
            files.append(old.appendingPathComponent("a\(a)/top.html"))
        }
        files.append(old.appendingPathComponent("index.html"))
        for (i, f) in files.enumerated() { try Data("trang \(i)".utf8).write(to: f) }
        // One name in the kept tree for the same inode, as a reused page has.
        XCTAssertEqual(link(files[5].path, kept.appendingPathComponent("shared.html").path), 0)
        try fm.createSymbolicLink(at: old.appendingPathComponent("a1/b2/to-outside"), withDestinationURL: outside)
        try fm.createDirectory(at: old.appendingPathComponent("a2/empty/deeper"), withIntermediateDirectories: true)

        TreeRemoval.remove(old.path)

        XCTAssertFalse(fm.fileExists(atPath: old.path))
        XCTAssertEqual(try String(contentsOf: kept.appendingPathComponent("shared.html"), encoding: .utf8), "trang 5")
        XCTAssertEqual(try String(contentsOf: outside.appendingPathComponent("x.txt"), encoding: .utf8), "ngoài")
        TreeRemoval.remove(old.path)   // already gone: nothing happens
        XCTAssertTrue(fm.fileExists(atPath: kept.path))
    }
}
