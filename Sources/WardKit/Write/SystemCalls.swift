import Glibc

/// Linux calls that Swift's Glibc module does not import (they sit behind _GNU_SOURCE), looked
/// up once by name in the C library the process already has loaded.
enum SystemCalls {
    private typealias Renameat2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private typealias Syncfs = @convention(c) (Int32) -> Int32

    nonisolated(unsafe) private static let handle = dlopen(nil, RTLD_NOW)
    nonisolated(unsafe) private static let renameat2Symbol = dlsym(handle, "renameat2")
    nonisolated(unsafe) private static let syncfsSymbol = dlsym(handle, "syncfs")

    static let renameExchange: UInt32 = 2   // RENAME_EXCHANGE from <linux/fs.h>

    /// Swaps two paths in one step, so a reader sees the old tree or the new one, never neither.
    /// Returns false (with errno set) where the file system or kernel cannot do it.
    static func exchange(_ a: String, _ b: String) -> Bool {
        guard let sym = renameat2Symbol else { errno = ENOSYS; return false }
        let f = unsafeBitCast(sym, to: Renameat2.self)
        return f(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
    }

    /// Flushes every file of the file system holding `path` in one call: fsync on each of
    /// 500,000 pages would cost minutes on a real disk.
    static func syncFileSystem(containing path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { return }
        defer { close(fd) }
        if let sym = syncfsSymbol { _ = unsafeBitCast(sym, to: Syncfs.self)(fd) } else { sync() }
    }

    /// write(2) until every byte is out: one call may write only part of a large buffer.
    static func writeAll(_ fd: Int32, _ buf: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < buf.count {
            let n = Glibc.write(fd, buf.baseAddress! + offset, buf.count - offset)
            if n <= 0 { return false }
            offset += n
        }
        return true
    }
}
