/// A symbol under construction: module colours plus which modules belong to function patterns,
/// because masking and data placement must leave those alone.
struct QRMatrix: Sendable {
    let version: Int
    let size: Int
    /// Row-major, index y * size + x; true is dark.
    private(set) var dark: [Bool]
    private(set) var isFunction: [Bool]

    init(version: Int) {
        self.version = version
        size = QRCapacity.size(version: version)
        dark = [Bool](repeating: false, count: size * size)
        isFunction = dark
        drawFunctionPatterns()
    }

    subscript(x: Int, y: Int) -> Bool { dark[y * size + x] }

    private mutating func setFunction(_ x: Int, _ y: Int, _ isDark: Bool) {
        dark[y * size + x] = isDark
        isFunction[y * size + x] = true
    }

    private mutating func drawFunctionPatterns() {
        // Timing first: the finders drawn next overwrite its ends.
        for i in 0..<size {
            setFunction(6, i, i % 2 == 0)
            setFunction(i, 6, i % 2 == 0)
        }
        drawFinder(centerX: 3, centerY: 3)
        drawFinder(centerX: size - 4, centerY: 3)
        drawFinder(centerX: 3, centerY: size - 4)

        let centers = QRCapacity.alignmentCenters(version: version)
        let last = centers.count - 1
        for (i, cy) in centers.enumerated() {
            for (j, cx) in centers.enumerated() {
                // The three corners of the grid sit on finder patterns.
                let onFinder = (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0)
                if !onFinder { drawAlignment(centerX: cx, centerY: cy) }
            }
        }
        // Reserve the format areas now so data placement skips them; the real bits depend on
        // the mask and are written by drawFormatBits.
        drawFormatBits(0)
        drawVersionBits()
    }

    /// 7×7 finder with its one-module light separator, clipped at the symbol edge.
    private mutating func drawFinder(centerX: Int, centerY: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let x = centerX + dx, y = centerY + dy
                guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                let ring = max(abs(dx), abs(dy))
                setFunction(x, y, ring != 2 && ring != 4)
            }
        }
    }

    private mutating func drawAlignment(centerX: Int, centerY: Int) {
        for dy in -2...2 {
            for dx in -2...2 {
                setFunction(centerX + dx, centerY + dy, max(abs(dx), abs(dy)) != 1)
            }
        }
    }

    /// The 15-bit format word (already XOR-ed with 0x5412) in both of its copies, plus the
    /// dark module that sits beside the lower copy. Bit 0 is the least significant.
    mutating func drawFormatBits(_ word: Int) {
        func bit(_ i: Int) -> Bool { (word >> i) & 1 == 1 }
        // Copy around the top-left finder: down column 8, then leftwards along row 8,
        // stepping over the timing pattern at index 6.
        for i in 0...5 { setFunction(8, i, bit(i)) }
        setFunction(8, 7, bit(6))
        setFunction(8, 8, bit(7))
        setFunction(7, 8, bit(8))
        for i in 9..<15 { setFunction(14 - i, 8, bit(i)) }
        // Copy split between the top-right (row 8) and bottom-left (column 8) finders.
        for i in 0..<8 { setFunction(size - 1 - i, 8, bit(i)) }
        for i in 8..<15 { setFunction(8, size - 15 + i, bit(i)) }
        setFunction(8, size - 8, true)
    }

    /// The 18-bit version word in 6×3 blocks beside the top-right and bottom-left finders.
    private mutating func drawVersionBits() {
        guard version >= 7 else { return }
        let word = QRFormat.versionWord(version: version)
        for i in 0..<18 {
            let isDark = (word >> i) & 1 == 1
            let a = size - 11 + i % 3, b = i / 3
            setFunction(a, b, isDark)
            setFunction(b, a, isDark)
        }
    }

    /// Places codeword bits in two-module columns from the bottom-right corner, snaking up and
    /// down and skipping the vertical timing column (§7.7.3). Leftover modules stay light: they
    /// are the remainder bits.
    mutating func placeCodewords(_ codewords: [UInt8]) {
        let totalBits = codewords.count * 8
        var bitIndex = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            let upward = (right + 1) & 2 == 0
            for vert in 0..<size {
                let y = upward ? size - 1 - vert : vert
                for x in stride(from: right, through: right - 1, by: -1) where !isFunction[y * size + x] && bitIndex < totalBits {
                    dark[y * size + x] = (codewords[bitIndex >> 3] >> (7 - (bitIndex & 7))) & 1 == 1
                    bitIndex += 1
                }
            }
            right -= 2
        }
    }

    /// XOR is its own inverse, so applying the same mask twice restores the unmasked symbol.
    mutating func applyMask(_ mask: QRMask) {
        // Raw buffers: this runs twice for each of the eight masks of every code.
        let size = size
        isFunction.withUnsafeBufferPointer { function in
            dark.withUnsafeMutableBufferPointer { dark in
                for y in 0..<size {
                    for x in 0..<size where !function[y * size + x] && mask.inverts(x: x, y: y) {
                        dark[y * size + x].toggle()
                    }
                }
            }
        }
    }
}

/// The BCH-protected words that tell a reader the EC level, mask and (from version 7) version.
enum QRFormat {
    /// BCH(15,5) with generator x¹⁰+x⁸+x⁵+x⁴+x²+x+1, XOR-ed with 0x5412 so that no format word
    /// is all light (ISO 18004 §7.9.1).
    static func formatWord(correction: QRErrorCorrection, mask: Int) -> Int {
        let data = correction.formatBits << 3 | mask
        return (data << 10 | bchRemainder(data, generator: 0x537, degree: 10)) ^ 0x5412
    }

    /// BCH(18,6) with generator x¹²+x¹¹+x¹⁰+x⁹+x⁸+x⁵+x²+1 (ISO 18004 §7.10).
    static func versionWord(version: Int) -> Int {
        version << 12 | bchRemainder(version, generator: 0x1F25, degree: 12)
    }

    private static func bchRemainder(_ data: Int, generator: Int, degree: Int) -> Int {
        var rem = data << degree
        for shift in stride(from: bitWidth(rem) - 1, through: degree, by: -1) {
            if (rem >> shift) & 1 == 1 { rem ^= generator << (shift - degree) }
        }
        return rem
    }

    private static func bitWidth(_ value: Int) -> Int { Int.bitWidth - value.leadingZeroBitCount }
}
