import Glibc

/// One connection whose head has been read: answer it, close. The caller owns and closes `fd`.
struct Connection {
    /// Browsers send a few KiB at most; anything near this is a mistake or an attack.
    static let headLimit = 16 * 1024

    let fd: Int32
    let site: Site
    let log: Bool
    let deadlines: ConnectionDeadlines

    func answer(_ outcome: HeadOutcome) {
        let idle = deadlines.idle.milliseconds
        SocketIO.setTimeouts(fd, receiveMilliseconds: idle, sendMilliseconds: idle)
        var requestLine = "-"
        var sendsBody = true
        let reply: Reply
        switch outcome {
        case .timedOut:
            reply = .error(.requestTimeout)
        case .tooLarge:
            reply = .error(.headerFieldsTooLarge)
        case .head(let bytes):
            requestLine = Connection.printable(bytes.prefix(while: { $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\n") }))
            (reply, sendsBody) = Connection.reply(to: bytes, site: site)
        }
        defer {
            if case .file(let file) = reply.body { close(file.fd) }
        }
        let deadline = ContinuousClock.now + deadlines.reply
        let delivered = SocketIO.sendAll(fd, reply.head(date: HTTPDate.now())) && deliverBody(reply.body, sendsBody, until: deadline)
        if log {
            Connection.writeLog("\(requestLine) → \(reply.status.code) \(reply.body.length)\(delivered ? "" : " (cut off)")")
        }
        if delivered { SocketIO.lingeringClose(fd) }
    }

    /// The reply to a complete head, and whether its body is sent (not for HEAD).
    static func reply(to head: ArraySlice<UInt8>, site: Site) -> (Reply, sendsBody: Bool) {
        switch RequestHead.parse(head) {
        case .failure(let status):
            return (.error(status), true)
        case .success(let head):
            return (site.reply(to: head), head.method != "HEAD")
        }
    }

    private func deliverBody(_ body: ReplyBody, _ sendsBody: Bool, until deadline: ContinuousClock.Instant) -> Bool {
        guard sendsBody else { return true }
        switch body {
        case .bytes(let bytes): return SocketIO.sendAll(fd, bytes)
        case .file(let file): return SocketIO.sendFile(fd, file, until: deadline)
        }
    }

    /// Request lines come from the network; escaping control bytes keeps them from driving the
    /// staff member's terminal.
    static func printable(_ bytes: ArraySlice<UInt8>) -> String {
        var text = ""
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
                text += "\\x" + String(scalar.value, radix: 16)
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        return text
    }

    /// write(2) on fd 2 rather than `stderr`, which Swift 6 treats as unsafe shared state; one call
    /// per line keeps lines from different connections from interleaving.
    static func writeLog(_ line: String) {
        let bytes = Array("[wardkit serve] \(line)\n".utf8)
        _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }
}
