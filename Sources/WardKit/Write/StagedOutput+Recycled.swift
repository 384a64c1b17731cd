import Foundation
import Glibc

/// Making files in a staging folder that may be a recycled tree (RecycledTree): an old name
/// standing where a file goes is unlinked, never opened, so the inode it shares with the kept
/// versions keeps its bytes; what the build does not make again is removed before the swap.
extension StagedOutput {
    /// Runs `attempt` (an exclusive create: open O_EXCL, or link) until it succeeds, clearing
    /// after each failure what stands in its way: a missing folder (made), and in a recycled
    /// tree an old file or folder at the name, or an old file where a folder is now. False with
    /// `errno` set when the failure is another one (the caller reports it).
    @discardableResult
    func makeWay(_ relative: String, target: String, dir: String?, _ attempt: () -> Bool) -> Bool {
        // Five rounds cover the longest case: a file where a folder goes, then the folder.
        for _ in 0..<5 {
            if attempt() { return true }
            let code = errno
            switch code {
            case ENOENT:
                // Another worker claimed this folder first and may not have made it yet; or, in a
                // recycled tree, the folder is new.
                guard let dir else { errno = code; return false }
                Self.makeDirectories(dir)
            case EEXIST where recycled != nil:
                var st = stat()
                if lstat(target, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR { TreeRemoval.remove(target, parallel: false) } else { _ = unlink(target) }
            case ENOTDIR where recycled != nil:
                clearFileInPath(of: relative)
            default:
                errno = code
                return false
            }
        }
        return false
    }

    /// The first component of `relative`'s folder that is a file (an old page whose name is now
    /// a folder) is unlinked.
    private func clearFileInPath(of relative: String) {
        var path = swap.staging
        for component in relative.split(separator: "/").dropLast() {
            path += "/" + component
            var st = stat()
            guard lstat(path, &st) == 0 else { return }
            if (st.st_mode & S_IFMT) != S_IFDIR { _ = unlink(path); return }
        }
    }

    /// Removes from a recycled tree the files this build did not write and then the folders it
    /// left empty, so the tree swapped in is the one a fresh folder would have become.
    func removeLeftovers() {
        guard let recycled else { return }
        let (files, folders) = recycled.leftovers(wrote: { wrote($0) }, wroteInto: { wroteInto($0) })
        for file in files { _ = unlink(swap.staging + "/" + file) }
        // Deepest first; a folder still holding something this build wrote is not empty and stays.
        for folder in folders { _ = rmdir(swap.staging + "/" + folder) }
    }
}
