import Foundation
import Glibc

/// What the last successful build published into one output folder, file by file: the digest
/// of what each file was made from, the digest of its bytes, and the identity of the file on
/// disk. The next build reuses a file only when all three still hold (see IncrementalBuild).
///
/// It is a cache, not a promise: unlike `ban-ghi/` it is kept beside the output it describes
/// (`.public.build-record`, like `.public.lock`), never inside it, and a missing, unreadable or
/// stale record only means a full build.
public struct BuildRecord: Sendable, Equatable {
    static let formatLine = "wardkit-build-record 2"

    /// A file (or folder) as the kernel identifies it; the modification time catches a file
    /// edited in place, the inode one replaced.
    public struct Stamp: Hashable, Sendable {
        public let device: UInt64
        public let inode: UInt64
        public let size: Int64
        public let seconds: Int64
        public let nanoseconds: Int64

        init(_ st: stat) {
            device = UInt64(st.st_dev)
            inode = UInt64(st.st_ino)
            size = Int64(st.st_size)
            seconds = Int64(st.st_mtim.tv_sec)
            nanoseconds = Int64(st.st_mtim.tv_nsec)
        }

        init(device: UInt64, inode: UInt64, size: Int64, seconds: Int64, nanoseconds: Int64) {
            self.device = device; self.inode = inode; self.size = size; self.seconds = seconds; self.nanoseconds = nanoseconds
        }

        static func of(_ path: String) -> Stamp? {
            var st = stat()
            return stat(path, &st) == 0 ? Stamp(st) : nil
        }

        /// The name itself (lstat): a symbolic link is not the file it points to.
        static func ofName(_ path: String) -> Stamp? {
            var st = stat()
            return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG ? Stamp(st) : nil
        }

        static func of(fd: Int32) -> Stamp? {
            var st = stat()
            return fstat(fd, &st) == 0 ? Stamp(st) : nil
        }
    }

    public struct Entry: Sendable, Equatable {
        /// What the file was made from: a page's template, path and view model; for generated
        /// and theme files, their bytes.
        public let input: Digest
        public let output: Digest
        public let stamp: Stamp
        /// A page's input key (`InputDigests.quick`), when it has one.
        public var quick: Digest? = nil

        public init(input: Digest, output: Digest, stamp: Stamp, quick: Digest? = nil) {
            self.input = input; self.output = output; self.stamp = stamp; self.quick = quick
        }
    }

    /// The published folder itself (device and inode): after a rollback, or a swap whose record
    /// was never written, the folder is another one and nothing in the record applies.
    public var tree: Stamp?
    /// Templates, strings, build options and the wardkit binary: a change re-renders every page.
    public var site: Digest
    /// The privacy guard's configuration the files were audited under.
    public var audit: Digest
    /// Input sources (a sheet, a post) the input scan found clean under `audit`.
    public var cleanInputs: Set<Digest>
    public var files: [String: Entry]

    /// A record not yet made into a table: its files are looked up in the build's own tables as
    /// the record is written (`BuildRecordStore.store(_:)`), never copied into a third one.
    struct Draft {
        let tree: Stamp?
        let site: Digest
        let audit: Digest
        let cleanInputs: Set<Digest>
        /// Sorted, so the file is the same for the same build.
        let paths: [String]
        let entry: (String) -> Entry?
    }

    public init(tree: Stamp? = nil, site: Digest, audit: Digest, cleanInputs: Set<Digest> = [], files: [String: Entry] = [:]) {
        self.tree = tree
        self.site = site
        self.audit = audit
        self.cleanInputs = cleanInputs
        self.files = files
    }

    /// The record as written on disk (see `bytes`).
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// nil for anything but a well-formed record of this format (see `init?(bytes:)`).
    public init?(text: String) {
        var text = text
        guard let r = text.withUTF8({ BuildRecord(bytes: $0) }) else { return nil }
        self = r
    }
}

/// Where the record of an output folder lives: beside it, named after it.
struct BuildRecordStore: Sendable {
    let path: String

    /// `resolved`: the real output folder (a `public/` link's target), as SiteSwap resolves it.
    init(resolved: String) {
        let (parent, name) = SiteSwap.split(resolved)
        path = parent + "/.\(name).build-record"
    }

    func load() -> BuildRecord? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return data.withUnsafeBytes { BuildRecord(bytes: $0.bindMemory(to: UInt8.self)) }
    }

    /// Failing to store it costs the next build its speed, never its correctness: the record
    /// left behind names the previous folder, which is no longer the published one.
    /// This build's record is streamed to the file from the build's own tables.
    func store(_ draft: BuildRecord.Draft) {
        do {
            try DurableFile.write(to: path) { out, flush in
                BuildRecord.write(tree: draft.tree, site: draft.site, audit: draft.audit, cleanInputs: draft.cleanInputs,
                                  paths: draft.paths, entry: draft.entry, to: &out, flush: flush)
            }
        } catch { unlink(path) }
    }
}
