import Glibc

/// What a stat walk sees of one path: enough to tell an edit (size, times), a rename-over (inode)
/// and a type change apart from nothing at all.
struct FileSignature: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64
    let mode: UInt32
    let size: Int64
    let modified: Int64
    let changed: Int64

    /// File times have a coarse tick (a few ms), so a save right after the previous one can keep
    /// size and times: for files changed in the last two seconds the bytes are compared too, as
    /// git does with «racily clean» index entries.
    var recentContent: UInt64?

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        mode = UInt32(info.st_mode)
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    }

    var isDirectory: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFDIR) }

    static let recentWindow: Int64 = 2_000_000_000
    static let hashedSizeLimit: Int64 = 4 << 20
}

/// Walks the watched part of a tree. Symlinked folders below the root are not followed, so a
/// link back up the tree cannot make the walk endless; the files they hold are not inputs.
enum FileTree {
    /// The signature of a file, with its content hash when it changed recently (see above).
    static func polled(_ path: String, _ signature: FileSignature, now: Int64) -> FileSignature {
        guard !signature.isDirectory, signature.size <= FileSignature.hashedSizeLimit,
              now - max(signature.modified, signature.changed) < FileSignature.recentWindow else { return signature }
        var hashed = signature
        hashed.recentContent = contentHash(path)
        return hashed
    }

    /// FNV-1a over the bytes; nil when the file cannot be read (then size and times decide).
    static func contentHash(_ path: String) -> UInt64? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return count == 0 ? hash : nil }
            for byte in chunk[..<count] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
    }

    static func realTimeNanoseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    static func signature(_ path: String) -> FileSignature? {
        var info = stat()
        return lstat(path, &info) == 0 ? FileSignature(info) : nil
    }

    /// Every wanted path below `start` (itself included), with its signature; linear in entries.
    static func walk(_ start: String, scope: WatchScope, visit: (String, FileSignature) -> Void) {
        var folders = [start]
        while let folder = folders.popLast() {
            guard let info = folder == scope.root ? followed(folder) : signature(folder) else { continue }
            visit(folder, info)
            guard info.isDirectory else { continue }
            for name in entries(of: folder) {
                let path = folder == "/" ? "/" + name : folder + "/" + name
                guard scope.wants(path), let child = signature(path) else { continue }
                if child.isDirectory { folders.append(path) } else { visit(path, child) }
            }
        }
    }

    /// The root may itself be a symlink to the real site folder.
    private static func followed(_ path: String) -> FileSignature? {
        var info = stat()
        return stat(path, &info) == 0 ? FileSignature(info) : nil
    }

    static func entries(of folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}

func errnoText(_ code: Int32) -> String { String(cString: strerror(code)) }
