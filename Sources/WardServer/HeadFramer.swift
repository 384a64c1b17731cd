/// Finds where a request head ends in bytes that arrive in pieces of any size, never holding
/// more than `limit` bytes (blank lines before the request line included), so a client cannot
/// make the server buffer without end. Each piece is scanned once: linear in what arrives,
/// however finely a slow client splits it.
struct HeadFramer {
    enum Outcome: Equatable {
        /// Everything before the blank line that ends the head.
        case head(ArraySlice<UInt8>)
        case tooLarge
    }

    let limit: Int
    private var buffer: [UInt8] = []
    private var scanned = 0
    /// Bytes received so far, skipped blank lines included.
    private(set) var received = 0

    init(limit: Int) {
        self.limit = limit
    }

    /// nil while the head is still incomplete.
    mutating func append<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Outcome? {
        received += bytes.count
        buffer.append(contentsOf: bytes)
        if scanned == 0 {
            // RFC 9112 §2.2: blank lines before the request line are skipped.
            buffer.removeFirst(buffer.firstIndex(where: { $0 != cr && $0 != lf }) ?? buffer.count)
        }
        let skipped = received - buffer.count
        if let end = blankLine(from: max(0, scanned - 2)) {
            return skipped + end > limit ? .tooLarge : .head(buffer[..<end])
        }
        if received > limit { return .tooLarge }
        scanned = buffer.count
        return nil
    }

    /// Index just past the LF that ends the last header line, when a CRLF CRLF or LF LF follows.
    private func blankLine(from start: Int) -> Int? {
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
}

private let cr = UInt8(ascii: "\r")
private let lf = UInt8(ascii: "\n")
