import Foundation
import Glibc

/// A file replaced so that a crash at any instant leaves either the old or the new contents:
/// written under a temporary name, fsynced, renamed over the target, then the folder fsynced so
/// the rename itself survives a power cut.
enum DurableFile {
    static func write(_ data: Data, to path: String) throws {
        let temp = path + ".tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw failure(path) }
        let ok = data.withUnsafeBytes { SystemCalls.writeAll(fd, $0) } && fsync(fd) == 0
        close(fd)
        guard ok, rename(temp, path) == 0 else { unlink(temp); throw failure(path) }
        syncDirectory(of: path)
    }

    /// The same, for a file made in parts: `produce` appends to its buffer and calls `flush`
    /// (which writes and empties it) whenever it likes; what is left is written at the end.
    static func write(to path: String, _ produce: (inout [UInt8], (inout [UInt8]) -> Void) -> Void) throws {
        let temp = path + ".tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw failure(path) }
        var ok = true
        func flush(_ buffer: inout [UInt8]) {
            ok = ok && buffer.withUnsafeBytes { SystemCalls.writeAll(fd, $0) }
            buffer.removeAll(keepingCapacity: true)
        }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20 + 4096)
        produce(&buffer, flush)
        flush(&buffer)
        ok = ok && fsync(fd) == 0
        close(fd)
        guard ok, rename(temp, path) == 0 else { unlink(temp); throw failure(path) }
        syncDirectory(of: path)
    }

    /// fsync of the folder holding `path`, which makes a rename or a new entry durable.
    static func syncDirectory(of path: String) {
        let dir = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let fd = open(dir.isEmpty ? "/" : dir, O_RDONLY | O_DIRECTORY)
        if fd >= 0 { fsync(fd); close(fd) }
    }

    private static func failure(_ path: String) -> Diagnostic {
        Diagnostic(SourcePosition(file: path, line: 1), vi: "không ghi được tệp (đĩa đầy hoặc không có quyền ghi?)",
                   en: "cannot write the file (disk full or no write permission?)")
    }
}
