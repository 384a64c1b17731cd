import Dispatch
import Foundation
import Glibc
import Synchronization

/// A started preview server. It runs until `stop()`; dropping this object does not stop it, so
/// `try server.start()` alone keeps serving in the background.
public final class RunningServer: Sendable {
    public let port: Int
    /// Where the site's home page is, e.g. http://127.0.0.1:8123/khong-ma-tuy/.
    public let url: URL

    private let listenFD: Int32
    /// A pipe that stop() writes to, so the accept loop can sleep in poll() instead of waking up
    /// every so often to look at a flag.
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let site: Site
    private let log: Bool
    private let state = Mutex(Lifecycle())
    /// Held by the accept loop and by every connection; wait() returns when all have left.
    private let finished = DispatchGroup()
    /// Caps simultaneous connections (one thread each), so a flood cannot exhaust threads.
    private let slots = DispatchSemaphore(value: RunningServer.maxConnections)
    private static let maxConnections = 64

    private struct Lifecycle {
        var stopped = false
        var connections: Set<Int32> = []
    }

    init(listener: Listener, wakePipe: (read: Int32, write: Int32), site: Site, url: URL, log: Bool) {
        self.port = listener.port
        self.url = url
        self.listenFD = listener.fd
        self.wakeRead = wakePipe.read
        self.wakeWrite = wakePipe.write
        self.site = site
        self.log = log
        finished.enter()
        Thread { [self] in acceptLoop() }.start()
    }

    /// Stops accepting and cuts open connections short. Safe to call more than once, from any thread.
    public func stop() {
        state.withLock { lifecycle in
            guard !lifecycle.stopped else { return }
            lifecycle.stopped = true
            var byte: UInt8 = 1
            _ = write(wakeWrite, &byte, 1)
            // Wakes connection threads blocked in recv or send; their fds stay open (and so cannot
            // be reused by another file) until each thread unregisters and closes its own.
            for fd in lifecycle.connections { _ = shutdown(fd, Int32(SHUT_RDWR)) }
        }
    }

    /// Blocks until the server has stopped and every connection has finished.
    public func wait() {
        finished.wait()
    }

    private func acceptLoop() {
        defer {
            state.withLock { lifecycle in
                lifecycle.stopped = true
                close(wakeWrite)
            }
            close(wakeRead)
            close(listenFD)
            finished.leave()
        }
        var watched = [pollfd(fd: listenFD, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
        while true {
            let ready = poll(&watched, nfds_t(watched.count), -1)
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0, watched[1].revents == 0 else { return }
            guard watched[0].revents & Int16(POLLIN) != 0 else { return }
            slots.wait()
            let client = accept(listenFD, nil, nil)
            guard client >= 0 else {
                slots.signal()
                // Out of file descriptors: back off briefly instead of spinning on a ready socket.
                if errno == EMFILE || errno == ENFILE { usleep(50_000) }
                continue
            }
            // Glibc's Swift overlay lacks accept4, so close-on-exec is set afterwards.
            _ = fcntl(client, F_SETFD, FD_CLOEXEC)
            let admitted = state.withLock { lifecycle in
                guard !lifecycle.stopped else { return false }
                lifecycle.connections.insert(client)
                return true
            }
            guard admitted else {
                close(client)
                slots.signal()
                return
            }
            finished.enter()
            Thread { [self] in
                Connection(fd: client, site: site, log: log).serve()
                state.withLock { _ = $0.connections.remove(client) }
                close(client)
                slots.signal()
                finished.leave()
            }.start()
        }
    }
}
