import Dispatch
import Foundation

/// Versions past the number kept are not removed by the build that drops them: removing one
/// version of a 10,000-group site (50,000 links, 10,000 folders) was 0.4–0.6 s of a 2 s rebuild,
/// all of it on the build's path, after everything else was done. The build that drops them
/// renames them aside inside the versions folder (`.discarded-…`: hidden from rollback, which
/// lists only the kept versions). The next build takes the newest as its staging folder
/// (RecycledTree: cheaper than removing it and building a tree afresh) and removes any other on a
/// thread of its own while its main thread loads the content. Until then they cost only disk,
/// and little: most of their files are links shared with the kept versions.
final class DiscardedVersions: @unchecked Sendable {
    static let prefix = ".discarded-"
    private let group = DispatchGroup()
    /// The newest of them, offered to this build as its staging folder (RecycledTree); the
    /// others are removed.
    let reusable: RecycledTree?
    private var taken = false

    /// Starts removing what earlier builds set aside for the output folder `resolved` (a
    /// link's target already followed), and listing the one offered for reuse. Names are listed
    /// now: a tree set aside later, by this build's own swap, waits for the build after.
    init(resolved: String) {
        let versions = SiteSwap.versionsFolder(of: resolved)
        var trees = ((try? FileManager.default.contentsOfDirectory(atPath: versions)) ?? [])
            .filter { $0.hasPrefix(Self.prefix) }.sorted().map { versions + "/" + $0 }
        reusable = trees.popLast().flatMap(RecycledTree.init)
        let others = trees
        // One thread, not the cores TreeRemoval would share out: the build's own loading is
        // running on the other.
        let queue = DispatchQueue.global(qos: .utility)
        reusable?.startListing(on: queue)
        guard !others.isEmpty else { return }
        queue.async(group: group) {
            for tree in others { TreeRemoval.remove(tree, parallel: false) }
        }
    }

    /// The tree offered for reuse, renamed to `staging`; nil when there is none or it cannot
    /// be renamed (the build then starts from an empty folder).
    func take(to staging: String) -> RecycledTree? {
        guard let reusable, !taken, reusable.take(to: staging) else { return nil }
        taken = true
        return reusable
    }

    /// Returns when the removal started above is done: a build returns with nothing still
    /// running under it. A tree offered and not taken (the build stopped before writing) is
    /// removed now, so nothing set aside outlives the build after.
    func wait() {
        group.wait()
        // Taken or not, its listing ends here too: a build that fails after taking it still
        // returns with nothing running.
        reusable?.finishListing()
        if let reusable, !taken { TreeRemoval.remove(reusable.path, parallel: false) }
    }

    /// Sets a dropped version aside for the next build to reuse or remove; where it cannot be
    /// renamed, it is removed now.
    static func setAside(_ tree: String, in versions: String) {
        let name = (tree as NSString).lastPathComponent
        if rename(tree, versions + "/" + prefix + name) != 0 { TreeRemoval.remove(tree) }
    }
}
