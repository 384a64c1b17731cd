import Foundation
import Glibc

/// Stage 5 — write. Audited files are written into a staging folder (a new one, or a version
/// set aside by an earlier build: RecycledTree; never the published tree) and the folder is
/// swapped in only when the whole build succeeded, so a failed build leaves the previous site
/// byte-identical.
///
/// A file whose bytes did not change gets the previous file's modification time, which is what
/// caches and incremental uploads key on. A file the gate let through unchanged from the
/// previous build (`ReusedFile`) is hard-linked from the published folder, which is never
/// written to: every file here is created fresh (O_EXCL), so no write reaches a shared inode.
public final class StagedOutput: @unchecked Sendable {
    let swap: SiteSwap
    private let lockFile: BuildLock
    private let previous: String?
    private let lock = AdaptiveLock()
    /// Folders already made, by a hash of their path: a province has half a million of them,
    /// and a collision only means one `open` that finds no folder, which makes it (below).
    private var createdDirs: Set<UInt64> = []
    /// By path id (the build's `OutputPaths`): each file's size, -1 for a path not written here,
    /// and its identity on disk with the digest of its bytes, for the build record.
    private let paths: OutputPaths
    private var sizes = PathColumn<Int>(absent: -1)
    private var writtenCount = 0
    private var stamps = PathColumn<(stamp: BuildRecord.Stamp, output: Digest)?>(absent: nil)

    /// A version set aside by an earlier build, taken as the staging folder (RecycledTree):
    /// names in it may already stand where this build writes.
    let recycled: RecycledTree?

    /// The published folder this build replaces, if any: the one reused files come from.
    var previousTree: String? { previous }

    public var destination: URL { URL(fileURLWithPath: swap.destination) }

    public convenience init(destination: URL, versionsKept: Int = 3) throws(BuildFailure) {
        try self.init(destination: destination, versionsKept: versionsKept, paths: OutputPaths())
    }

    init(destination: URL, versionsKept: Int = 3, paths: OutputPaths, reusing discarded: DiscardedVersions? = nil) throws(BuildFailure) {
        self.paths = paths
        let path = destination.standardizedFileURL.path
        let (parent, _) = SiteSwap.split(path)
        do { try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) } catch {
            throw BuildFailure([SiteSwap.failure(parent, vi: "không tạo được thư mục", en: "cannot create the folder")])
        }
        swap = try SiteSwap(destination: path, keep: versionsKept)
        lockFile = try BuildLock(beside: swap.resolved)
        recycled = try swap.prepare(reusing: discarded)
        previous = swap.hasPrevious ? swap.resolved : nil
    }

    /// Only an audited file can be written: `AuditedFile` is made by the output gate alone.
    public func write(_ file: AuditedFile) throws(BuildFailure) {
        let relative = file.path
        let (target, dir, id) = claim(relative, size: file.bytes.count)
        // O_EXCL: a path is written once per build (the gate refuses a second source for it),
        // and never through an old name in a recycled tree.
        var fd: Int32 = -1
        makeWay(relative, target: target, dir: dir) {
            fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            return fd >= 0
        }
        guard fd >= 0 else { throw BuildFailure([SiteSwap.failure(target, vi: "không ghi được tệp", en: "cannot write the file")]) }
        defer { close(fd) }
        guard Self.writeAll(fd, file.bytes) else { throw BuildFailure([SiteSwap.failure(target, vi: "không ghi được tệp", en: "cannot write the file")]) }
        if let old = previous.map({ $0 + "/" + relative }) { keepTime(of: old, for: fd, bytes: file.bytes) }
        if let stamp = BuildRecord.Stamp.of(fd: fd) { note(id, stamp, Digest.of(file.bytes)) }
    }

    /// A file of the previous build, unchanged: one more name for the same inode (or, where the
    /// file system cannot link, a copy of its bytes), never a write into the published file.
    ///
    /// Why a link is safe: the inode is then shared by public/ and the versions kept for
    /// rollback, and it stays right for all of them because WardKit never writes into an
    /// existing file — every file a build makes is created new (O_EXCL) in staging, the tree is
    /// swapped in whole, the modification time is set only on a file just created, and old
    /// versions are only renamed or unlinked. So a shared inode only ever holds the bytes every
    /// build that linked it recorded (SharedInodeTests). What WardKit cannot prevent is someone
    /// editing a published file in place: that edit then shows in the kept versions linked to it
    /// too, and the next build, seeing the file's stamp changed, renders it afresh.
    public func reuse(_ file: ReusedFile) throws(BuildFailure) {
        let relative = file.path
        let (target, dir, id) = claim(relative, size: Int(file.entry.stamp.size))
        // In a recycled tree the name usually stands there already, on the very inode.
        if file.inPlace, recycled != nil, file.source == target { note(id, file.entry.stamp, file.entry.output); return }
        let linked = makeWay(relative, target: target, dir: dir) { link(file.source, target) == 0 }
        if linked { note(id, file.entry.stamp, file.entry.output); return }
        guard let bytes = FileManager.default.contents(atPath: file.source), Digest.of(bytes) == file.entry.output else {
            throw BuildFailure([SiteSwap.failure(target, vi: "không chép được tệp của lần dựng trước", en: "cannot copy the previous build's file")])
        }
        var fd: Int32 = -1
        makeWay(relative, target: target, dir: nil) {
            fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            return fd >= 0
        }
        guard fd >= 0 else { throw BuildFailure([SiteSwap.failure(target, vi: "không ghi được tệp", en: "cannot write the file")]) }
        defer { close(fd) }
        guard Self.writeAll(fd, bytes) else { throw BuildFailure([SiteSwap.failure(target, vi: "không ghi được tệp", en: "cannot write the file")]) }
        keepTime(of: file.source, for: fd, bytes: bytes)
        if let stamp = BuildRecord.Stamp.of(fd: fd) { note(id, stamp, file.entry.output) }
    }

    /// Notes `relative` as written and makes its folder the first time a worker needs it:
    /// the staging path of the file and of its folder, and the path's id.
    private func claim(_ relative: String, size: Int) -> (target: String, dir: String?, id: Int) {
        let relativeDir = relative.lastIndex(of: "/").map { relative[..<$0] }
        let dir = relativeDir.map { swap.staging + "/" + $0 }
        let id = paths.id(relative)
        lock.lock()
        let needDir = relativeDir.map { createdDirs.insert(Self.hash($0)).inserted } ?? false
        if sizes[id] < 0 { writtenCount += 1 }
        sizes[id] = size
        lock.unlock()
        // A recycled tree has its folders: one is made only when a write finds it missing.
        if let dir, needDir, recycled == nil { Self.makeDirectories(dir) }
        return (swap.staging + "/" + relative, dir, id)
    }

    private static func writeAll(_ fd: Int32, _ bytes: Data) -> Bool {
        bytes.withUnsafeBytes { SystemCalls.writeAll(fd, $0) }
    }

    private func note(_ id: Int, _ stamp: BuildRecord.Stamp, _ output: Digest) {
        lock.lock(); stamps[id] = (stamp, output); lock.unlock()
    }

    /// The paths of the files whose identity on disk is known, sorted (for the build record).
    var stampedPaths: [String] {
        lock.lock(); defer { lock.unlock() }
        let all = paths.all
        return stamps.values.indices.compactMap { stamps[$0] == nil ? nil : all[$0] }.sorted()
    }

    /// A file's identity on disk and the digest of its bytes, for the build record.
    func stamp(_ path: String) -> (stamp: BuildRecord.Stamp, output: Digest)? {
        guard let id = paths.existing(path) else { return nil }
        lock.lock(); defer { lock.unlock() }
        return stamps[id]
    }

    /// Whether this build wrote (or linked) `path`.
    func wrote(_ path: String) -> Bool {
        guard let id = paths.existing(path) else { return false }
        lock.lock(); defer { lock.unlock() }
        return sizes[id] >= 0
    }

    /// Same bytes as the published file → same modification time. The old file is only read.
    private func keepTime(of old: String, for fd: Int32, bytes: Data) {
        var st = stat()
        guard stat(old, &st) == 0, Int(st.st_size) == bytes.count,
              let data = FileManager.default.contents(atPath: old), data == bytes else { return }
        var times = [st.st_atim, st.st_mtim]
        _ = futimens(fd, &times)
    }

    private static func hash(_ s: Substring) -> UInt64 {
        s.utf8.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
    }

    /// Whether this build wrote a file directly inside the folder `relative`, by the hash
    /// `claim` keeps: a collision (one in 2^64 a pair) would leave one empty folder standing.
    func wroteInto(_ relative: String) -> Bool {
        let h = Self.hash(Substring(relative))
        lock.lock(); defer { lock.unlock() }
        return createdDirs.contains(h)
    }

    /// `mkdir -p`, parents first only when needed (the common case is one mkdir call).
    static func makeDirectories(_ path: String) {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        if errno == ENOENT, let slash = path.lastIndex(of: "/") {
            makeDirectories(String(path[..<slash]))
            _ = mkdir(path, 0o755)
        }
    }

    /// Sizes of everything written, by relative path (for budgets and reports).
    /// Made when asked for (the build's report, at its end): not kept beside the shared table.
    public var files: [String: Int] {
        lock.lock(); defer { lock.unlock() }
        let all = paths.all
        var out: [String: Int] = [:]
        out.reserveCapacity(writtenCount)
        for (id, size) in sizes.values.enumerated() where size >= 0 { out[all[id]] = size }
        return out
    }

    public func commit() throws(BuildFailure) {
        removeLeftovers()
        try swap.commit()
    }

    public func abandon() { swap.abandon() }
}
