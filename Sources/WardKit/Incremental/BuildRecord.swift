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
    static let formatLine = "wardkit-build-record 1"

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

    public init(tree: Stamp? = nil, site: Digest, audit: Digest, cleanInputs: Set<Digest> = [], files: [String: Entry] = [:]) {
        self.tree = tree
        self.site = site
        self.audit = audit
        self.cleanInputs = cleanInputs
        self.files = files
    }

    /// Tab-separated lines; paths last, and a path holding a tab or a line break is left out
    /// (that file is simply rendered again next time).
    public var text: String {
        var out = Self.formatLine + "\n"
        if let t = tree { out += "tree\t\(t.device)\t\(t.inode)\n" }
        out += "site\t\(site)\naudit\t\(audit)\n"
        for d in cleanInputs.map(\.description).sorted() { out += "input\t\(d)\n" }
        for (path, e) in files.sorted(by: { $0.key < $1.key }) where !path.contains("\t") && !path.contains("\n") {
            let s = e.stamp
            out += "file\t\(e.input)\t\(e.output)\t\(s.device)\t\(s.inode)\t\(s.size)\t\(s.seconds)\t\(s.nanoseconds)\t\(path)\n"
        }
        return out
    }

    /// nil for anything but a well-formed record of this format: a damaged record must not
    /// vouch for a single file.
    public init?(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard lines.popFirst() == Substring(Self.formatLine) else { return nil }
        var site: Digest?, audit: Digest?
        var tree: Stamp?
        var clean: Set<Digest> = []
        var files: [String: Entry] = [:]
        files.reserveCapacity(lines.count)
        for line in lines {
            let f = line.split(separator: "\t", maxSplits: 8, omittingEmptySubsequences: false)
            switch f[0] {
            case "tree":
                guard f.count == 3, let dev = UInt64(f[1]), let ino = UInt64(f[2]) else { return nil }
                tree = Stamp(device: dev, inode: ino, size: 0, seconds: 0, nanoseconds: 0)
            case "site":
                guard f.count == 2, let d = Digest(hex: f[1]) else { return nil }
                site = d
            case "audit":
                guard f.count == 2, let d = Digest(hex: f[1]) else { return nil }
                audit = d
            case "input":
                guard f.count == 2, let d = Digest(hex: f[1]) else { return nil }
                clean.insert(d)
            case "file":
                guard f.count == 9, let input = Digest(hex: f[1]), let output = Digest(hex: f[2]), let dev = UInt64(f[3]),
                      let ino = UInt64(f[4]), let size = Int64(f[5]), let sec = Int64(f[6]), let nsec = Int64(f[7]) else { return nil }
                files[String(f[8])] = Entry(input: input, output: output,
                                            stamp: Stamp(device: dev, inode: ino, size: size, seconds: sec, nanoseconds: nsec))
            default:
                return nil
            }
        }
        guard let site, let audit else { return nil }
        self.init(tree: tree, site: site, audit: audit, cleanInputs: clean, files: files)
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
        return BuildRecord(text: String(decoding: data, as: UTF8.self))
    }

    /// Failing to store it costs the next build its speed, never its correctness: the record
    /// left behind names the previous folder, which is no longer the published one.
    func store(_ record: BuildRecord) {
        do { try DurableFile.write(Data(record.text.utf8), to: path) } catch { unlink(path) }
    }
}
