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
    /// A pipe that stop() writes to, so the reception loop can sleep in poll() instead of waking
    /// up every so often to look at a flag.
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let site: Site
    private let log: Bool
    private let deadlines: ConnectionDeadlines
    private let preview: PreviewEvents?
    private let state = Mutex(Lifecycle())
    /// Held by the reception loop and by every reply thread; wait() returns when all have left.
    private let finished = DispatchGroup()
    /// Caps the threads that send replies; heads complete beyond it wait in `queued`, so a
    /// flood of requests costs memory for their heads, not threads.
    private static let maxReplyThreads = 64

    private struct Lifecycle {
        var stopped = false
        /// Connections handed over for a reply, so stop() can cut them short.
        var connections: Set<Int32> = []
        var replyThreads = 0
        var queued: [(fd: Int32, outcome: HeadOutcome)] = []
    }

    init(listener: Listener, wakePipe: (read: Int32, write: Int32), site: Site, url: URL, log: Bool,
         deadlines: ConnectionDeadlines, preview: PreviewEvents?) {
        self.port = listener.port
        self.url = url
        self.listenFD = listener.fd
        self.wakeRead = wakePipe.read
        self.wakeWrite = wakePipe.write
        self.site = site
        self.log = log
        self.deadlines = deadlines
        self.preview = preview
        finished.enter()
        Thread { [self] in receptionLoop() }.start()
    }

    /// Stops accepting and cuts open connections short. Safe to call more than once, from any thread.
    public func stop() {
        state.withLock { lifecycle in
            guard !lifecycle.stopped else { return }
            lifecycle.stopped = true
            var byte: UInt8 = 1
            _ = write(wakeWrite, &byte, 1)
            // Wakes reply threads blocked in recv or send; their fds stay open (and so cannot be
            // reused by another file) until each thread unregisters and closes its own.
            for fd in lifecycle.connections { _ = shutdown(fd, Int32(SHUT_RDWR)) }
        }
        // A page's waiting question holds its reply thread in a wait, not in recv or send.
        preview?.interruptWaiting()
    }

    /// Blocks until the server has stopped and every connection has finished.
    public func wait() {
        finished.wait()
    }

    private func receptionLoop() {
        defer {
            state.withLock { lifecycle in
                lifecycle.stopped = true
                close(wakeWrite)
            }
            close(wakeRead)
            close(listenFD)
            finished.leave()
        }
        var reception = Reception(listenFD: listenFD, wakeFD: wakeRead, deadlines: deadlines, headLimit: Connection.headLimit)
        reception.run { fd, outcome in hand(fd, outcome) }
    }

    /// Starts a reply thread for the connection, or queues it when all are busy.
    private func hand(_ fd: Int32, _ outcome: HeadOutcome) {
        let startThread = state.withLock { lifecycle -> Bool? in
            guard !lifecycle.stopped else { return nil }
            lifecycle.connections.insert(fd)
            guard lifecycle.replyThreads < RunningServer.maxReplyThreads else {
                lifecycle.queued.append((fd, outcome))
                return false
            }
            lifecycle.replyThreads += 1
            return true
        }
        guard let startThread else {
            close(fd)
            return
        }
        guard startThread else { return }
        finished.enter()
        Thread { [self] in replyLoop(fd, outcome) }.start()
    }

    /// Answers the connection, then any queued ones, then ends.
    private func replyLoop(_ fd: Int32, _ outcome: HeadOutcome) {
        var job: (fd: Int32, outcome: HeadOutcome)? = (fd, outcome)
        while let (fd, outcome) = job {
            Connection(fd: fd, site: site, log: log, deadlines: deadlines).answer(outcome)
            job = state.withLock { lifecycle in
                lifecycle.connections.remove(fd)
                guard !lifecycle.queued.isEmpty else {
                    lifecycle.replyThreads -= 1
                    return nil
                }
                return lifecycle.queued.removeFirst()
            }
            close(fd)
        }
        finished.leave()
    }
}
