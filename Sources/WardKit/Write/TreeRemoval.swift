import Dispatch
import Foundation
import Glibc

/// Removes a folder and everything in it, as an old version of the site is thrown away after
/// each build. Through FileManager (fts, which stats every entry and walks every path from the
/// root) a 10,000-group version took a fifth of a rebuild. Here each folder is read once
/// through its descriptor, its entries are removed relative to it, an entry's type comes from
/// the folder listing, and the folders two levels down are shared between the cores.
/// Links are removed, never followed: nothing outside the folder is touched.
enum TreeRemoval {
    /// `parallel: false` keeps to the calling thread, for a removal that runs beside a build.
    static func remove(_ path: String, parallel: Bool = true) {
        // On one thread the walk below is the whole removal: listing the top two levels first
        // only serves to share them out.
        if parallel {
            var below: [String] = []
            for (name, isFolder) in entries(of: path) where isFolder {
                for (inner, innerIsFolder) in entries(of: path + "/" + name) where innerIsFolder { below.append(path + "/" + name + "/" + inner) }
            }
            let shared = below
            DispatchQueue.concurrentPerform(iterations: shared.count) { removeTree(in: AT_FDCWD, shared[$0]) }
        }
        removeTree(in: AT_FDCWD, path)
        // Whatever could not be removed this way (a folder without write permission) is tried
        // the slow way, which gives up the same way.
        if access(path, F_OK) == 0 { try? FileManager.default.removeItem(atPath: path) }
    }

    /// The folder's contents, then the folder; a file (or a link) is simply unlinked.
    private static func removeTree(in parent: Int32, _ name: String) {
        let fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { _ = unlinkat(parent, name, 0); return }
        for (entry, isFolder) in entries(fd) {
            if isFolder { removeTree(in: fd, entry) } else { _ = unlinkat(fd, entry, 0) }
        }
        close(fd)
        _ = unlinkat(parent, name, AT_REMOVEDIR)
    }

    private static func entries(of path: String) -> [(String, Bool)] {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        return entries(fd)
    }

    /// Names in the folder `fd` (left open), each with whether it is a folder (not a link to
    /// one). Also how RecycledTree lists a tree.
    static func entries(_ fd: Int32) -> [(String, Bool)] {
        let copy = dup(fd)
        guard copy >= 0, let dir = fdopendir(copy) else { if copy >= 0 { close(copy) }; return [] }
        defer { closedir(dir) }
        var out: [(String, Bool)] = []
        while let entry = readdir(dir) {
            var type = entry.pointee.d_type
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            if type == UInt8(DT_UNKNOWN) {
                var st = stat()
                type = fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && (st.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
            }
            out.append((name, type == UInt8(DT_DIR)))
        }
        return out
    }
}
