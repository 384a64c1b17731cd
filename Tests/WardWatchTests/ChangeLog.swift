import Foundation
import XCTest
import WardWatch

/// Collects what a watcher reports and lets a test wait until a path has been reported, with a
/// generous upper bound: the test awaits the event, it does not time the watcher.
final class ChangeLog: @unchecked Sendable {
    private let condition = NSCondition()
    private var seen: Set<String> = []
    private(set) var batches = 0

    func record(_ paths: Set<String>) {
        condition.lock()
        seen.formUnion(paths)
        batches += 1
        condition.broadcast()
        condition.unlock()
    }

    /// True once every path has been reported (since the last `reset`).
    func await(_ paths: [String], upTo seconds: Double = 10) -> Bool {
        let until = Date(timeIntervalSinceNow: seconds)
        condition.lock()
        defer { condition.unlock() }
        while !Set(paths).isSubset(of: seen) {
            if !condition.wait(until: until) { return Set(paths).isSubset(of: seen) }
        }
        return true
    }

    func reset() {
        condition.lock()
        seen = []
        condition.unlock()
    }

    var paths: Set<String> {
        condition.lock()
        defer { condition.unlock() }
        return seen
    }
}

/// A scratch folder shaped like a site: content/, theme/ and a public/ that must be ignored.
final class ScratchSite {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("wardwatch-\(UUID().uuidString)").path
        for folder in ["content/progress", "theme/templates", "public"] {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        try write("content/progress/2026-11.csv", "group,pledged\nTDP18,72\n")
        try write("content/settings.txt", "name: Phường Sông Mây\n")
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    func write(_ relative: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path(relative)))
    }

    /// How editors save: a temporary file beside the target, renamed over it.
    func replace(_ relative: String, _ text: String) throws {
        let temporary = path(relative) + ".tmp-save"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path(relative)) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    var scope: WatchScope {
        WatchScope(root: root) { relative in
            let first = relative.split(separator: "/").first.map(String.init) ?? ""
            return first == "content" || first == "theme"
        }
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}
