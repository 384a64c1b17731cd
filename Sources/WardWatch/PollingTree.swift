/// The fallback where inotify is missing (or sees nothing, as on some network and WSL drives): a
/// stat walk of the watched tree compared with the previous one. Linear in files per look; a
/// ward's content folder holds hundreds, not millions.
struct PollingTree: Sendable {
    let scope: WatchScope
    private var last: [String: FileSignature]

    init(_ scope: WatchScope) {
        self.scope = scope
        last = PollingTree.look(scope)
    }

    /// Paths created, deleted or changed since the previous look.
    mutating func changes() -> Set<String> {
        let now = PollingTree.look(scope)
        var changed: Set<String> = []
        for (path, signature) in now where last[path] != signature {
            // A folder's own times change whenever an entry is added or removed; the entry itself
            // is what matters, so a folder counts only when it appears or disappears.
            if let before = last[path], before.isDirectory, signature.isDirectory, before.inode == signature.inode { continue }
            changed.insert(path)
        }
        for path in last.keys where now[path] == nil { changed.insert(path) }
        last = now
        return changed
    }

    private static func look(_ scope: WatchScope) -> [String: FileSignature] {
        var seen: [String: FileSignature] = [:]
        let now = FileTree.realTimeNanoseconds()
        FileTree.walk(scope.root, scope: scope) { path, signature in seen[path] = FileTree.polled(path, signature, now: now) }
        return seen
    }
}
