import Foundation
import Glibc

/// Stage 5 — write. Pages are streamed into a staging folder beside the output and the folder
/// is swapped in only when everything succeeded, so a failed build leaves the previous site
/// byte-identical. A file whose bytes did not change is hard-linked from the previous output,
/// which keeps its mtime (what incremental deploys and caches key on) and costs no copy.
public final class AtomicOutput: @unchecked Sendable {
    public let destination: URL
    let staging: URL
    private let previous: URL?
    private let stagingPath: String
    private let previousPath: String?
    private let fm = FileManager.default
    private let lock = NSLock()
    private var createdDirs: Set<String> = []
    private var written: [String: Int] = [:]

    public init(destination: URL) throws {
        self.destination = destination.standardizedFileURL
        let parent = self.destination.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        Self.removeAbandonedStaging(in: parent, name: self.destination.lastPathComponent, fm: fm)
        staging = parent.appendingPathComponent(".\(self.destination.lastPathComponent).staging-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        var isDir: ObjCBool = false
        previous = fm.fileExists(atPath: self.destination.path, isDirectory: &isDir) && isDir.boolValue ? self.destination : nil
        stagingPath = staging.path
        previousPath = previous?.path
    }

    /// Writes one file (path relative to the site root, e.g. "tien-do/index.html"). Paths are
    /// plain strings here: URL path arithmetic in Foundation was the hottest part of a
    /// 100k-page build.
    public func write(_ relative: String, _ data: Data) throws {
        let target = stagingPath + "/" + relative
        let dir = relative.lastIndex(of: "/").map { stagingPath + "/" + relative[..<$0] }
        lock.lock()
        let needDir = dir.map { createdDirs.insert($0).inserted } ?? false
        written[relative] = data.count
        lock.unlock()
        if let dir, needDir { Self.makeDirectories(dir) }
        if let prev = previousPath.map({ $0 + "/" + relative }), Self.size(of: prev) == data.count,
           let old = fm.contents(atPath: prev), old == data, link(prev, target) == 0 {
            return
        }
        // Plain open/write: the staging folder is private until the swap, so the temp-file
        // dance of an atomic write per file would only double the syscalls.
        var fd = open(target, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if fd < 0 && errno == ENOENT, let dir {
            // Another worker claimed this folder first and may not have created it yet.
            Self.makeDirectories(dir)
            fd = open(target, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        guard fd >= 0 else {
            throw Diagnostic(SourcePosition(file: target, line: 1), vi: "không ghi được tệp", en: "cannot write file")
        }
        defer { close(fd) }
        let ok = data.withUnsafeBytes { buf -> Bool in
            var offset = 0
            while offset < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + offset, buf.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        if !ok { throw Diagnostic(SourcePosition(file: target, line: 1), vi: "không ghi được tệp (đĩa đầy?)", en: "cannot write file (disk full?)") }
    }

    /// A build killed mid-way (power cut, Ctrl+C) leaves its staging folder; the next build
    /// removes those whose process is gone, so they never pile up beside the site.
    private static func removeAbandonedStaging(in parent: URL, name: String, fm: FileManager) {
        let prefix = ".\(name).staging-"
        for entry in (try? fm.contentsOfDirectory(atPath: parent.path)) ?? [] where entry.hasPrefix(prefix) {
            guard let pid = Int32(entry.dropFirst(prefix.count).split(separator: "-").first ?? "") else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { try? fm.removeItem(at: parent.appendingPathComponent(entry)) }
        }
    }

    /// `mkdir -p`, parents first only when needed (the common case is one mkdir call).
    private static func makeDirectories(_ path: String) {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        if errno == ENOENT, let slash = path.lastIndex(of: "/") {
            makeDirectories(String(path[..<slash]))
            _ = mkdir(path, 0o755)
        }
    }

    private static func size(of path: String) -> Int? {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : nil
    }

    /// Sizes of everything written, by relative path (for budgets and reports).
    public var files: [String: Int] {
        lock.lock(); defer { lock.unlock() }
        return written
    }

    /// Swaps the staging folder in: rename the old output aside, rename staging into place,
    /// then delete the old one. Between the two renames the old site is still on disk.
    public func commit() throws {
        let aside = destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).old-\(getpid())")
        try? fm.removeItem(at: aside)
        if previous != nil { try fm.moveItem(at: destination, to: aside) }
        do {
            try fm.moveItem(at: staging, to: destination)
        } catch {
            if previous != nil { try? fm.moveItem(at: aside, to: destination) }
            throw error
        }
        try? fm.removeItem(at: aside)
    }

    /// Throws the staging folder away; the previous output was never touched.
    public func abandon() {
        try? fm.removeItem(at: staging)
    }
}
