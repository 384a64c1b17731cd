import Glibc

/// Blocking socket calls with the retries and limits every caller needs.
enum SocketIO {
    enum HeadRead {
        /// Everything before the blank line that ends the head.
        case head(ArraySlice<UInt8>)
        case tooLarge
        /// `idle`: nothing at all arrived, as with the spare connections browsers open in advance.
        case timedOut(idle: Bool)
        case closed
    }

    static func setTimeouts(_ fd: Int32, receive: Int, send: Int) {
        var receiveTime = timeval(tv_sec: receive, tv_usec: 0)
        var sendTime = timeval(tv_sec: send, tv_usec: 0)
        let size = socklen_t(MemoryLayout<timeval>.size)
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &receiveTime, size)
        _ = setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &sendTime, size)
    }

    /// Reads until the blank line, never accepting more than `limit` bytes (blank lines before the
    /// request line included), so a client cannot make the server buffer without end. The scan
    /// resumes where it stopped: linear in what arrives. The socket's receive timeout bounds each
    /// wait; `seconds` bounds the whole head, so trickling a byte at a time cannot hold a thread.
    static func readHead(_ fd: Int32, limit: Int, seconds: Int) -> HeadRead {
        let deadline = monotonicSeconds() + seconds
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        var scanned = 0
        var received = 0
        while true {
            guard monotonicSeconds() < deadline else { return .timedOut(idle: received == 0) }
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count == 0 { return .closed }
            if count < 0 {
                if errno == EINTR { continue }
                return errno == EAGAIN || errno == EWOULDBLOCK ? .timedOut(idle: received == 0) : .closed
            }
            received += count
            buffer.append(contentsOf: chunk[..<count])
            if scanned == 0 {
                // RFC 9112 §2.2: blank lines before the request line are skipped.
                buffer.removeFirst(buffer.firstIndex(where: { $0 != cr && $0 != lf }) ?? buffer.count)
            }
            let skipped = received - buffer.count
            if let end = blankLine(in: buffer, from: max(0, scanned - 2)) {
                return skipped + end > limit ? .tooLarge : .head(buffer[..<end])
            }
            if received > limit { return .tooLarge }
            scanned = buffer.count
        }
    }

    /// Index just past the LF that ends the last header line, when a CRLF CRLF or LF LF follows.
    private static func blankLine(in buffer: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < buffer.count {
            if buffer[index] == lf {
                if index + 1 < buffer.count, buffer[index + 1] == lf { return index + 1 }
                if index + 2 < buffer.count, buffer[index + 1] == cr, buffer[index + 2] == lf { return index + 1 }
            }
            index += 1
        }
        return nil
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
    /// 64 KiB of memory, not its size.
    static func sendFile(_ socket: Int32, _ file: OpenedFile) -> Bool {
        var remaining = file.size
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while remaining > 0 {
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
        setTimeouts(fd, receive: 1, send: 1)
        let deadline = monotonicSeconds() + 2
        var sink = [UInt8](repeating: 0, count: 4096)
        var drained = 0
        while drained < 1024 * 1024, monotonicSeconds() < deadline {
            let count = sink.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            drained += count
        }
    }

    static func monotonicSeconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec
    }
}

private let cr = UInt8(ascii: "\r")
private let lf = UInt8(ascii: "\n")
