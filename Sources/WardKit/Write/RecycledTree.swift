import Dispatch
import Foundation
import Glibc

/// A version dropped past the number kept, taken as the next build's staging folder instead of
/// being removed. Most of its files are already links to the inodes the build would link again
/// (a file unchanged for four builds is one inode in every version), and all its folders are
/// there: a 10,000-group rebuild then makes no folder and no link for an unchanged page, where
/// removing the old version and building a fresh tree cost 60,000 unlinks and folder removals,
/// 10,000 folders and 50,000 links, most of the kernel time of a rebuild on two cores.
///
/// Safe for the versions it shares inodes with because a name in it is only ever unlinked or
/// made anew (O_EXCL, link), never written through: an old file standing where this build writes
/// is unlinked first (StagedOutput). What the build does not write again is removed before the
/// swap (`leftovers`), so the tree swapped in holds exactly what a fresh one would.
final class RecycledTree: @unchecked Sendable {
    /// Where it stands until it is taken (inside the versions folder).
    let path: String
    private let fd: Int32
    private let group = DispatchGroup()
    /// Every entry found when it was listed: a kind byte (F file, D folder), the path relative
    /// to the tree, a NUL. One buffer, not 50,000 strings: a province's tree has half a million.
    private var listing: [UInt8] = []

    init?(_ path: String) {
        fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        self.path = path
    }

    deinit { close(fd) }

    /// Lists the tree through its descriptor, so the listing goes on unharmed when the tree is
    /// renamed into place meanwhile. An entry the build makes while it runs may or may not be
    /// listed (readdir's rule); it is one the build wrote, which `leftovers` skips either way.
    func startListing(on queue: DispatchQueue) {
        queue.async(group: group) {
            var out: [UInt8] = []
            Self.list(self.fd, prefix: "", into: &out)
            self.listing = out
        }
    }

    /// Returns when the listing is done (the tree is then safe to remove).
    func finishListing() { group.wait() }

    /// Renames the tree to `staging`. False when it cannot (gone, or on another file system).
    func take(to staging: String) -> Bool { rename(path, staging) == 0 }

    /// The files of the listing that `wrote` says this build did not write, and the folders it
    /// did not write into (`wroteInto`), deepest first: what must go before the tree is swapped in.
    func leftovers(wrote: (String) -> Bool, wroteInto: (String) -> Bool) -> (files: [String], folders: [String]) {
        group.wait()
        var files: [String] = [], folders: [String] = []
        var start = 0
        while start < listing.count {
            var end = start + 1
            while listing[end] != 0 { end += 1 }
            let relative = String(decoding: listing[(start + 1)..<end], as: UTF8.self)
            if listing[start] == UInt8(ascii: "D") {
                if !wroteInto(relative) { folders.append(relative) }
            } else if !wrote(relative) {
                files.append(relative)
            }
            start = end + 1
        }
        // A folder is listed before what it holds: reversed, every folder comes after its contents.
        return (files, folders.reversed())
    }

    private static func list(_ fd: Int32, prefix: String, into out: inout [UInt8]) {
        for (name, isFolder) in TreeRemoval.entries(fd) {
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            out.append(UInt8(ascii: isFolder ? "D" : "F")); out += relative.utf8; out.append(0)
            guard isFolder else { continue }
            let inner = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if inner >= 0 {
                list(inner, prefix: relative, into: &out)
                close(inner)
            }
        }
    }
}
