/// The decoder's output: one growable buffer that is also the LZ77 window, written through a
/// pointer because a back-reference copies byte by byte (it may overlap itself) and Array's
/// per-byte append and bounds checks made inflating four times slower.
final class OutputWindow {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    private(set) var count = 0
    let limit: Int

    init(expected: Int, limit: Int) {
        self.limit = limit
        capacity = max(1, min(limit, expected > 0 ? expected : 1 << 16))
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// Room for `extra` more bytes, or the limit error.
    @inline(__always)
    func reserve(_ extra: Int) throws(InflateError) {
        guard count + extra > capacity else { return }
        guard count + extra <= limit else { throw .outputLimitExceeded }
        var grown = capacity
        while grown < count + extra { grown = min(limit, grown * 2) }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = grown
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    @inline(__always)
    func copyMatch(distance: Int, length: Int) {
        var from = base + (count - distance)
        var to = base + count
        for _ in 0..<length {
            to.pointee = from.pointee
            to += 1
            from += 1
        }
        count += length
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
