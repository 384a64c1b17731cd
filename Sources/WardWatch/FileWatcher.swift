import Dispatch
import Foundation
import Glibc

/// Reports changed paths below a folder until stopped: through inotify where it works, else by
/// looking every `pollInterval`. `onChange` is called on the watcher's own thread with each group
/// of paths seen together (a created folder brings everything already in it).
public final class FileWatcher: Sendable {
    public enum Mechanism: String, Sendable {
        case inotify
        case polling
    }

    public let mechanism: Mechanism
    /// Why inotify was not used, when it was asked for and is not; nil otherwise.
    public let fallbackReason: WatchError?
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let finished = DispatchGroup()

    /// Starts watching before it returns. `prefer: .polling` skips inotify (network drives).
    public init(_ scope: WatchScope, prefer: Mechanism = .inotify, pollInterval: Duration = .seconds(1),
                onChange: @escaping @Sendable (Set<String>) -> Void) throws(WatchError) {
        var info = stat()
        guard stat(scope.root, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { throw .missingRoot(scope.root) }
        var pipeFDs: [Int32] = [0, 0]
        guard pipe(&pipeFDs) == 0 else { throw .system("pipe()", errno) }
        for fd in pipeFDs { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        wakeRead = pipeFDs[0]
        wakeWrite = pipeFDs[1]
        var inotify: InotifyTree?
        var reason: WatchError?
        if prefer == .inotify {
            do { inotify = try InotifyTree.open(scope) } catch { reason = error }
        }
        mechanism = inotify == nil ? .polling : .inotify
        fallbackReason = reason
        finished.enter()
        let wake = wakeRead
        if let inotify {
            Thread { [finished] in
                FileWatcher.run(inotify, wake: wake, onChange: onChange)
                finished.leave()
            }.start()
        } else {
            let polling = PollingTree(scope)
            Thread { [finished] in
                FileWatcher.run(polling, every: pollInterval, wake: wake, onChange: onChange)
                finished.leave()
            }.start()
        }
    }

    /// Stops the thread and waits for it; no `onChange` call starts after this returns. Not to be
    /// called from inside `onChange`.
    public func stop() {
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
        finished.wait()
    }

    deinit {
        close(wakeRead)
        close(wakeWrite)
    }

    private static func run(_ tree: InotifyTree, wake: Int32, onChange: @Sendable (Set<String>) -> Void) {
        var tree = tree
        defer { close(tree.fd) }
        while true {
            var watched = [pollfd(fd: tree.fd, events: Int16(POLLIN), revents: 0), pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&watched, 2, -1)
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0, watched[1].revents == 0 else { return }
            let changed = tree.drain()
            if !changed.isEmpty { onChange(changed) }
        }
    }

    private static func run(_ tree: PollingTree, every interval: Duration, wake: Int32, onChange: @Sendable (Set<String>) -> Void) {
        var tree = tree
        let milliseconds = Int32(clamping: max(1, interval.components.seconds * 1000 + interval.components.attoseconds / 1_000_000_000_000_000))
        while true {
            // The wake pipe doubles as the timer, so stop() never waits for a whole interval.
            var watched = [pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&watched, 1, milliseconds)
            if ready < 0 && errno == EINTR { continue }
            guard ready == 0 else { return }
            let changed = tree.changes()
            if !changed.isEmpty { onChange(changed) }
        }
    }
}
