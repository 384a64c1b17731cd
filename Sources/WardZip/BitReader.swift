/// Reads DEFLATE's least-significant-bit-first bit stream through a 64-bit buffer, so a Huffman
/// lookup is one mask and one table read.
struct BitReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The next byte not yet in `buffer`.
    private(set) var position = 0
    private(set) var buffer: UInt64 = 0
    private(set) var available = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Bytes of input used so far (whole bytes still buffered are given back).
    var consumed: Int { position - available / 8 }

    mutating func refill() {
        while available <= 56 && position < bytes.count {
            buffer |= UInt64(bytes[position]) << UInt64(available)
            position += 1
            available += 8
        }
    }

    mutating func bits(_ count: Int) throws(InflateError) -> Int {
        if count == 0 { return 0 }
        if available < count {
            refill()
            if available < count { throw .truncated }
        }
        let value = Int(truncatingIfNeeded: buffer & ((1 << UInt64(count)) - 1))
        drop(count)
        return value
    }

    mutating func drop(_ count: Int) {
        buffer >>= UInt64(count)
        available -= count
    }

    /// Stored blocks start on a byte boundary.
    mutating func alignToByte() {
        drop(available % 8)
    }

    /// Copies `count` raw bytes (a stored block's payload) to `output`.
    /// The caller has reserved room in `output`.
    mutating func copyBytes(_ count: Int, to output: OutputWindow) throws(InflateError) {
        var remaining = count
        while remaining > 0 && available >= 8 {
            output.append(UInt8(truncatingIfNeeded: buffer))
            drop(8)
            remaining -= 1
        }
        guard remaining <= bytes.count - position else { throw .truncated }
        output.append(UnsafeBufferPointer(rebasing: bytes[position..<position + remaining]))
        position += remaining
    }
}
