import Glibc

/// Blocking socket calls with the retries and limits every caller needs.
enum SocketIO {
    static func setTimeouts(_ fd: Int32, receiveMilliseconds: Int, sendMilliseconds: Int) {
        var receiveTime = timeval(tv_sec: receiveMilliseconds / 1000, tv_usec: receiveMilliseconds % 1000 * 1000)
        var sendTime = timeval(tv_sec: sendMilliseconds / 1000, tv_usec: sendMilliseconds % 1000 * 1000)
        let size = socklen_t(MemoryLayout<timeval>.size)
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &receiveTime, size)
        _ = setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &sendTime, size)
    }

    /// MSG_NOSIGNAL because a browser closing a tab mid-download must not SIGPIPE the whole
    /// process, and a library has no business ignoring SIGPIPE for its host.
    static func sendAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = send(fd, bytes.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
            if sent > 0 {
                offset += sent
            } else if sent < 0 && errno == EINTR {
                continue
            } else {
                return false
            }
        }
        return true
    }

    static func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { sendAll(fd, $0) }
    }

    /// Streams in fixed chunks (with send, not sendfile, for MSG_NOSIGNAL), so a large PDF costs
    /// 64 KiB of memory, not its size. Each send is bounded by the socket's send timeout, and the
    /// whole by `deadline`, so a client that reads a byte now and then cannot hold the thread.
    static func sendFile(_ socket: Int32, _ file: OpenedFile, until deadline: ContinuousClock.Instant) -> Bool {
        var remaining = file.size
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while remaining > 0 {
            guard ContinuousClock.now < deadline else { return false }
            let count = chunk.withUnsafeMutableBytes { read(file.fd, $0.baseAddress, min($0.count, remaining)) }
            if count < 0 && errno == EINTR { continue }
            // The file shrank while being sent: stop; the short body tells the client it is cut off.
            guard count > 0 else { return false }
            guard chunk.withUnsafeBytes({ sendAll(socket, UnsafeRawBufferPointer(rebasing: $0[..<count])) }) else {
                return false
            }
            remaining -= count
        }
        return true
    }

    /// Closing with unread request bytes (a POST body, say) makes Linux send RST, which can destroy
    /// the reply before the client reads it. Half-closing and draining first lets the reply arrive;
    /// the byte and time limits stop a client that keeps sending from holding the thread.
    static func lingeringClose(_ fd: Int32) {
        _ = shutdown(fd, Int32(SHUT_WR))
        setTimeouts(fd, receiveMilliseconds: 1000, sendMilliseconds: 1000)
        let deadline = ContinuousClock.now + .seconds(2)
        var sink = [UInt8](repeating: 0, count: 4096)
        var drained = 0
        while drained < 1024 * 1024, ContinuousClock.now < deadline {
            let count = sink.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            drained += count
        }
    }
}
