import Glibc

/// Linux inotify over a whole tree. inotify watches one folder at a time, so every wanted folder
/// gets its own watch, and a folder that appears (created, or renamed into the tree) is watched
/// and walked at once: files written into it before its watch existed are reported too.
/// Owned by one thread after `open`; it is Sendable only to be handed to that thread.
struct InotifyTree: Sendable {
    let fd: Int32
    let scope: WatchScope
    /// Watch descriptor → the folder it watches.
    private var folders: [Int32: String] = [:]

    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB
        | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

    /// Watches every wanted folder before returning, so a change made right after is seen.
    static func open(_ scope: WatchScope) throws(WatchError) -> InotifyTree {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw .system("inotify_init1", errno) }
        var tree = InotifyTree(fd: fd, scope: scope)
        do {
            _ = try tree.watchTree(scope.root)
        } catch {
            close(fd)
            throw error
        }
        return tree
    }

    private init(fd: Int32, scope: WatchScope) {
        self.fd = fd
        self.scope = scope
    }

    /// Reads what is queued (the descriptor is non-blocking) and returns the paths that changed.
    mutating func drain() -> Set<String> {
        var changed: Set<String> = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return changed }
            var offset = 0
            buffer.withUnsafeBytes { raw in
                while offset + 16 <= count {
                    let wd = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                    let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                    let length = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    let nameBytes = raw[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                    offset += 16 + length
                    handle(wd: wd, mask: mask, name: String(decoding: nameBytes, as: UTF8.self), into: &changed)
                }
            }
        }
    }

    private mutating func handle(wd: Int32, mask: UInt32, name: String, into changed: inout Set<String>) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost: look at everything again and say the whole tree changed.
            rewatchAll()
            changed.insert(scope.root)
            return
        }
        guard let folder = folders[wd] else { return }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[wd] = nil
            return
        }
        let path = name.isEmpty ? folder : (folder == "/" ? "/" + name : folder + "/" + name)
        guard scope.wants(path) else { return }
        let isFolder = mask & UInt32(IN_ISDIR) != 0
        if isFolder && mask & UInt32(IN_MOVED_FROM) != 0 {
            // Moved away (or about to reappear under another name): its old paths are stale.
            unwatch(below: path)
        }
        if isFolder && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            changed.formUnion((try? watchTree(path)) ?? [path])
        }
        if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 && !name.isEmpty { return }
        changed.insert(path)
    }

    /// Adds watches for `start` and every wanted folder below it; returns all paths found.
    private mutating func watchTree(_ start: String) throws(WatchError) -> Set<String> {
        var found: Set<String> = []
        var failure: Int32 = 0
        FileTree.walk(start, scope: scope) { path, info in
            found.insert(path)
            guard info.isDirectory || path == scope.root, failure == 0 else { return }
            let wd = inotify_add_watch(fd, path, InotifyTree.mask)
            if wd >= 0 {
                folders[wd] = path
            } else if errno == ENOSPC || errno == ENOMEM {
                failure = errno
            }
            // Other errors (the folder vanished meanwhile) are a change already being reported.
        }
        if failure != 0 { throw .system("inotify_add_watch (fs.inotify.max_user_watches)", failure) }
        return found
    }

    private mutating func unwatch(below path: String) {
        for (wd, folder) in folders where folder == path || folder.hasPrefix(path + "/") {
            inotify_rm_watch(fd, wd)
            folders[wd] = nil
        }
    }

    private mutating func rewatchAll() {
        _ = try? watchTree(scope.root)
    }
}
