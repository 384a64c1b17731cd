/// Bits appended most-significant first, as every QR field is written.
struct BitBuffer: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var count = 0

    mutating func append(_ value: Int, bits: Int) {
        for shift in stride(from: bits - 1, through: 0, by: -1) {
            if count % 8 == 0 { bytes.append(0) }
            if (value >> shift) & 1 == 1 {
                bytes[count / 8] |= UInt8(0x80 >> (count % 8))
            }
            count += 1
        }
    }
}

/// Turns payload bytes into the final codeword sequence of ISO 18004 §7.4–7.6: one byte-mode
/// segment, terminator and padding, then RS blocks interleaved.
enum QRCodewords {
    /// Byte-mode indicator (ISO 18004 Table 2).
    private static let byteMode = 0b0100
    /// Pad codewords alternate 11101100 and 00010001 (§7.4.10).
    private static let padBytes: [UInt8] = [0xEC, 0x11]

    /// Data codewords before error correction; the caller has already checked the payload fits.
    static func dataCodewords(_ payload: [UInt8], version: Int, correction: QRErrorCorrection) -> [UInt8] {
        let capacityBits = QRCapacity.dataCodewords(version: version, correction: correction) * 8
        var buffer = BitBuffer()
        buffer.append(byteMode, bits: 4)
        buffer.append(payload.count, bits: QRCapacity.byteCountBits(version: version))
        for byte in payload { buffer.append(Int(byte), bits: 8) }
        // Terminator: up to four zero bits, fewer when the symbol is already full.
        buffer.append(0, bits: min(4, capacityBits - buffer.count))
        // Then zero bits to the byte boundary.
        buffer.append(0, bits: (8 - buffer.count % 8) % 8)
        var codewords = buffer.bytes
        var pad = 0
        while codewords.count * 8 < capacityBits {
            codewords.append(padBytes[pad])
            pad ^= 1
        }
        return codewords
    }

    /// Splits data into RS blocks, appends each block's EC codewords and interleaves them: first
    /// byte of every block, then the second, and so on (§7.6). Group-2 blocks are one codeword
    /// longer, so the shorter group-1 blocks simply drop out of the last data round.
    static func interleaved(_ data: [UInt8], version: Int, correction: QRErrorCorrection) -> [UInt8] {
        let blocks = QRCapacity.blockCount(version: version, correction: correction)
        let ecLength = QRCapacity.ecCodewordsPerBlock(version: version, correction: correction)
        let shortLength = data.count / blocks
        let longBlocks = data.count % blocks
        let encoder = ReedSolomon(degree: ecLength)

        var dataBlocks: [ArraySlice<UInt8>] = []
        var ecBlocks: [[UInt8]] = []
        var start = 0
        for index in 0..<blocks {
            let length = shortLength + (index >= blocks - longBlocks ? 1 : 0)
            let block = data[start..<(start + length)]
            dataBlocks.append(block)
            ecBlocks.append(encoder.remainder(of: block))
            start += length
        }

        var result: [UInt8] = []
        result.reserveCapacity(QRCapacity.totalCodewords(version: version))
        for i in 0...shortLength {
            for block in dataBlocks where i < block.count {
                result.append(block[block.startIndex + i])
            }
        }
        for i in 0..<ecLength {
            for block in ecBlocks { result.append(block[i]) }
        }
        return result
    }
}
