import Dispatch
import Foundation

/// Versions past the number kept are not removed by the build that drops them: removing one
/// version of a 10,000-group site (50,000 links, 10,000 folders) was 0.4–0.6 s of a 2 s rebuild,
/// all of it on the build's path, after everything else was done. The build that drops them
/// renames them aside inside the versions folder (`.discarded-…`: hidden from rollback, which
/// lists only the kept versions), and the next build removes them on a thread of their own while
/// its main thread loads the content, when the second core has little else to do. Until then
/// they cost only disk, and little: most of their files are links shared with the kept versions.
final class DiscardedVersions: @unchecked Sendable {
    static let prefix = ".discarded-"
    private let group = DispatchGroup()

    /// Starts removing what earlier builds set aside for the output folder `resolved` (a
    /// link's target already followed). Names are listed now: a tree set aside later, by this
    /// build's own swap, waits for the build after.
    init(resolved: String) {
        let versions = SiteSwap.versionsFolder(of: resolved)
        let trees = ((try? FileManager.default.contentsOfDirectory(atPath: versions)) ?? [])
            .filter { $0.hasPrefix(Self.prefix) }.map { versions + "/" + $0 }
        guard !trees.isEmpty else { return }
        // One thread, not the cores TreeRemoval would share out: the build's own loading is
        // running on the other.
        DispatchQueue.global(qos: .utility).async(group: group) {
            for tree in trees { TreeRemoval.remove(tree, parallel: false) }
        }
    }

    /// Returns when the removal started above is done: a build returns with nothing still
    /// running under it.
    func wait() { group.wait() }

    /// Sets a dropped version aside for the next build to remove; where it cannot be renamed,
    /// it is removed now.
    static func setAside(_ tree: String, in versions: String) {
        let name = (tree as NSString).lastPathComponent
        if rename(tree, versions + "/" + prefix + name) != 0 { TreeRemoval.remove(tree) }
    }
}
