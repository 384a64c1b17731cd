import Foundation
import Glibc

/// One build (or publish) at a time per destination. A second one stops at once with a clear
/// message instead of interleaving its staging folder and swap with the first. The lock is an
/// flock on a file beside the destination, so it is released by the kernel if the process dies.
final class BuildLock {
    private let fd: Int32
    let path: String

    init(beside destination: String) throws(BuildFailure) {
        let (parent, name) = SiteSwap.split(destination)
        path = parent + "/.\(name).lock"
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw BuildFailure([Diagnostic(SourcePosition(file: path, line: 1),
                vi: "không tạo được tệp khóa bên cạnh thư mục đầu ra (\(SiteSwap.reason(errno)))",
                en: "cannot create the lock file beside the output folder (\(String(cString: strerror(errno))))")])
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw BuildFailure([Diagnostic(SourcePosition(file: destination, line: 1),
                vi: "một lần dựng trang khác đang ghi vào thư mục này; hãy đợi nó xong rồi chạy lại",
                en: "another build is writing to this folder; wait for it to finish and run again")])
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
