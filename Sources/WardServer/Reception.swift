import Glibc

/// What a connection sent before it is handed to a reply thread.
enum HeadOutcome: Sendable {
    case head(ArraySlice<UInt8>)
    case tooLarge
    /// Some bytes came, but not a whole head in time.
    case timedOut
}

/// The one thread that accepts connections and reads every request head, with poll(2), so that
/// any number of slow or silent clients (up to `maxPending`) only wait beside each other and a
/// normal request is handed to a reply thread the moment its head is complete.
struct Reception {
    /// Far beyond what a preview sees; each costs one file descriptor. Beyond it the connection
    /// that has waited longest is dropped, since it is the one most likely to be a stuck client.
    static let maxPending = 512

    private struct Pending {
        let fd: Int32
        var framer: HeadFramer
        let accepted: ContinuousClock.Instant
        var lastByte: ContinuousClock.Instant
    }

    let listenFD: Int32
    let wakeFD: Int32
    let deadlines: ConnectionDeadlines
    let headLimit: Int
    private var pending: [Pending] = []
    private let clock = ContinuousClock()

    init(listenFD: Int32, wakeFD: Int32, deadlines: ConnectionDeadlines, headLimit: Int) {
        self.listenFD = listenFD
        self.wakeFD = wakeFD
        self.deadlines = deadlines
        self.headLimit = headLimit
    }

    /// Returns when the wake pipe is written to (stop) or the listener fails; connections still
    /// waiting for their head are closed then. `hand` takes ownership of the descriptor.
    mutating func run(hand: (Int32, HeadOutcome) -> Void) {
        defer { pending.forEach { close($0.fd) } }
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            var watched = [pollfd(fd: listenFD, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: wakeFD, events: Int16(POLLIN), revents: 0)]
            watched += pending.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&watched, nfds_t(watched.count), pollTimeout())
            if ready < 0 && errno == EINTR { continue }
            guard ready >= 0, watched[1].revents == 0 else { return }
            var done: Set<Int32> = []
            for (index, entry) in watched.enumerated().dropFirst(2) where entry.revents != 0 {
                if let outcome = receive(into: &pending[index - 2], chunk: &chunk) {
                    done.insert(pending[index - 2].fd)
                    if let outcome { hand(pending[index - 2].fd, outcome) } else { close(pending[index - 2].fd) }
                }
            }
            let now = clock.now
            for entry in pending where !done.contains(entry.fd) && now >= deadline(of: entry) {
                done.insert(entry.fd)
                // Silent from the start: a spare connection; a 408 written to it unasked could be
                // read as the answer to the browser's next request.
                if entry.framer.received == 0 { close(entry.fd) } else { hand(entry.fd, .timedOut) }
            }
            if !done.isEmpty { pending.removeAll { done.contains($0.fd) } }
            if watched[0].revents & Int16(POLLIN) != 0 {
                acceptWaiting()
            } else if watched[0].revents != 0 {
                return
            }
        }
    }

    /// Reads what is there without blocking. nil: the head is still incomplete; .some(nil): the
    /// client went away; otherwise what it sent.
    private func receive(into entry: inout Pending, chunk: inout [UInt8]) -> HeadOutcome?? {
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(entry.fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
            if count == 0 { return .some(nil) }
            if count < 0 {
                if errno == EINTR { continue }
                return errno == EAGAIN || errno == EWOULDBLOCK ? nil : .some(nil)
            }
            entry.lastByte = clock.now
            switch entry.framer.append(chunk[..<count]) {
            case .head(let head): return .head(head)
            case .tooLarge: return .tooLarge
            case nil: continue
            }
        }
    }

    private mutating func acceptWaiting() {
        while true {
            let client = accept(listenFD, nil, nil)
            guard client >= 0 else {
                if errno == EINTR { continue }
                if errno == EMFILE || errno == ENFILE {
                    // Out of descriptors: free the oldest waiting one, or back off briefly instead
                    // of spinning on a listener that stays ready.
                    if !dropOldest() { usleep(50_000) }
                }
                return
            }
            // Glibc's Swift overlay lacks accept4, so close-on-exec is set afterwards.
            _ = fcntl(client, F_SETFD, FD_CLOEXEC)
            if pending.count >= Reception.maxPending { _ = dropOldest() }
            let now = clock.now
            pending.append(Pending(fd: client, framer: HeadFramer(limit: headLimit), accepted: now, lastByte: now))
        }
    }

    private mutating func dropOldest() -> Bool {
        guard let oldest = pending.indices.min(by: { pending[$0].accepted < pending[$1].accepted }) else { return false }
        close(pending[oldest].fd)
        pending.remove(at: oldest)
        return true
    }

    private func deadline(of entry: Pending) -> ContinuousClock.Instant {
        min(entry.accepted + deadlines.head, entry.lastByte + deadlines.idle)
    }

    /// Until the nearest deadline, or forever when nothing is waiting.
    private func pollTimeout() -> Int32 {
        guard let nearest = pending.map(deadline(of:)).min() else { return -1 }
        let now = clock.now
        return nearest <= now ? 0 : Int32(clamping: (nearest - now).milliseconds)
    }
}
