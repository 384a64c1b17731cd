/// A canonical Huffman code (RFC 1951 §3.2.2) as one flat lookup table indexed by the next
/// `bits` input bits, already bit-reversed: each entry is `symbol << 4 | codeLength`, and a
/// zero length marks a bit pattern that is no code.
struct HuffmanTable: Sendable {
    private(set) var entries: [UInt16]
    let bits: Int

    static let maxCodeLength = 15

    /// `allowSingleIncomplete` is zlib's rule for literal/length and distance codes: a code may
    /// be incomplete only when it has a single symbol of length 1. Code-length codes must be
    /// complete. Over-subscribed codes are always refused.
    init(lengths: ArraySlice<UInt8>, allowSingleIncomplete: Bool) throws(InflateError) {
        var counts = [Int](repeating: 0, count: Self.maxCodeLength + 1)
        for length in lengths { counts[Int(length)] += 1 }
        counts[0] = 0
        let longest = counts.lastIndex { $0 > 0 } ?? 0
        var left = 1
        for length in 1...Self.maxCodeLength {
            left = left << 1 - counts[length]
            if left < 0 { throw .invalidCodeLengths }
        }
        if left > 0 && longest > 0 && !(allowSingleIncomplete && longest == 1) { throw .invalidCodeLengths }

        bits = max(longest, 1)
        entries = [UInt16](repeating: 0, count: 1 << bits)
        var nextCode = [Int](repeating: 0, count: Self.maxCodeLength + 2)
        var code = 0
        for length in 1...Self.maxCodeLength {
            code = (code + counts[length - 1]) << 1
            nextCode[length] = code
        }
        var symbol = 0
        for length in lengths {
            defer { symbol += 1 }
            let l = Int(length)
            guard l > 0 else { continue }
            let reversed = Self.reverse(nextCode[l], length: l)
            nextCode[l] += 1
            let entry = UInt16(symbol << 4 | l)
            var slot = reversed
            while slot < entries.count {
                entries[slot] = entry
                slot += 1 << l
            }
        }
    }

    private static func reverse(_ code: Int, length: Int) -> Int {
        var result = 0, c = code
        for _ in 0..<length {
            result = result << 1 | c & 1
            c >>= 1
        }
        return result
    }

    @inline(__always)
    func decode(_ reader: inout BitReader) throws(InflateError) -> Int {
        if reader.available < bits { reader.refill() }
        let entry = entries.withUnsafeBufferPointer { $0[Int(truncatingIfNeeded: reader.buffer) & ($0.count - 1)] }
        let length = Int(entry & 15)
        guard length > 0 else { throw reader.available < bits ? .truncated : .invalidSymbol }
        guard length <= reader.available else { throw .truncated }
        reader.drop(length)
        return Int(entry >> 4)
    }
}
