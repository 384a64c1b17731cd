/// One of the eight data-mask patterns of ISO 18004 Table 10; x is the column, y the row.
struct QRMask: Sendable, Equatable {
    let index: Int

    static let all = (0..<8).map(QRMask.init(index:))

    func inverts(x j: Int, y i: Int) -> Bool {
        switch index {
        case 0: (i + j) % 2 == 0
        case 1: i % 2 == 0
        case 2: j % 3 == 0
        case 3: (i + j) % 3 == 0
        case 4: (i / 2 + j / 3) % 2 == 0
        case 5: (i * j) % 2 + (i * j) % 3 == 0
        case 6: ((i * j) % 2 + (i * j) % 3) % 2 == 0
        default: ((i + j) % 2 + (i * j) % 3) % 2 == 0
        }
    }
}

/// The four penalty rules of ISO 18004 §7.8.3, which pick the mask that is easiest to scan.
/// Every rule is a fixed number of passes over the modules, so scoring is linear in their count.
enum QRPenalty {
    static let sameColourRun = 3      // N1
    static let sameColourBlock = 3    // N2
    static let finderLike = 40        // N3
    static let imbalance = 10         // N4

    static func score(_ dark: [Bool], size: Int) -> Int {
        size + 8 <= UInt64.bitWidth ? packedScore(dark, size: size) : lineScore(dark, size: size)
    }

    /// The score on rows and columns packed into one word each, four light modules of padding
    /// on either side (the quiet zone): every rule becomes shifts, masks and bit counts. The
    /// module-by-module pass mispredicted a branch on about every other module of a random
    /// symbol, eight symbols per code. Codes up to 56 modules a side (version 9, a URL of up to
    /// 180 bytes at level M) take this path.
    static func packedScore(_ dark: [Bool], size n: Int) -> Int {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * n) { lines in
            lines.initialize(repeating: 0)
            dark.withUnsafeBufferPointer { d in
                for y in 0..<n {
                    var row: UInt64 = 0
                    for x in 0..<n {
                        let bit: UInt64 = d[y * n + x] ? 1 : 0
                        row |= bit << (x + 4)
                        lines[n + x] |= bit << (y + 4)
                    }
                    lines[y] = row
                }
            }
            let inLine: UInt64 = (1 << n - 1) << 4                      // modules at bits 4 … n+3
            let pairs = inLine & inLine >> 1                              // bit i: modules i and i+1
            let cores: UInt64 = n >= 7 ? (1 << (n - 6) - 1) << 4 : 0      // a 1:1:3:1:1 core fits from bit i
            var total = 0
            var darkCount = 0
            for k in 0..<(2 * n) {
                let p = lines[k], q = ~p
                if k < n { darkCount += p.nonzeroBitCount }
                // Rule 1: a run of L ≥ 5 holds L − 4 windows of five equal modules and scores L − 2.
                let same = ~(p ^ p >> 1) & pairs
                let windows = same & same >> 1 & same >> 2 & same >> 3
                let runs = windows & ~(windows << 1)
                total += windows.nonzeroBitCount + (sameColourRun - 1) * runs.nonzeroBitCount
                // Rule 3: the core at bit i, four light modules before it or after it.
                let core = p & q >> 1 & p >> 2 & p >> 3 & p >> 4 & q >> 5 & p >> 6 & cores
                let before = q << 1 & q << 2 & q << 3 & q << 4
                let after = q >> 7 & q >> 8 & q >> 9 & q >> 10
                total += finderLike * (core & (before | after)).nonzeroBitCount
            }
            // Rule 2: a module equal to its right, lower and lower-right neighbours.
            for y in 0..<max(0, n - 1) {
                let a = lines[y], b = lines[y + 1]
                let across = ~(a ^ a >> 1), down = ~(a ^ b)
                total += sameColourBlock * (across & down & down >> 1 & pairs).nonzeroBitCount
            }
            return total + abs(20 * darkCount - 10 * n * n) / (n * n) * imbalance
        }
    }

    /// Any size: each row and column read in place, rules 1 and 3 in one pass.
    static func lineScore(_ dark: [Bool], size: Int) -> Int {
        dark.withUnsafeBufferPointer { d in
            var total = 0
            for a in 0..<size {
                total += line(d, start: a * size, step: 1, count: size)
                total += line(d, start: a, step: size, count: size)
            }
            return total + blocks(dark, size: size) + balance(dark)
        }
    }

    /// Rules 1 and 3 on the line of `count` modules from `start`, `step` apart: the same counts
    /// as `runs` plus `finderPatterns`. Rule 3 slides a 15-module window (four light, the
    /// 1:1:3:1:1 core, four light) over the line and the light quiet zone past its ends.
    @inline(__always)
    static func line(_ d: UnsafeBufferPointer<Bool>, start: Int, step: Int, count n: Int) -> Int {
        var penalty = 0
        var runLength = 0
        var previous = false
        var window = 0
        var k = start
        for t in 0..<(n + 4) {
            var bit = false
            if t < n {
                bit = d[k]
                k += step
                runLength = (t > 0 && bit == previous) ? runLength + 1 : 1
                if runLength == 5 { penalty += sameColourRun } else if runLength > 5 { penalty += 1 }
                previous = bit
            }
            window = (window << 1 | (bit ? 1 : 0)) & 0x7FFF
            // The core starts at t − 10; it must lie wholly inside the line.
            if t >= 10, t - 10 <= n - 7, (window >> 4) & 0x7F == 0b1011101, window >> 11 == 0 || window & 0xF == 0 {
                penalty += finderLike
            }
        }
        return penalty
    }

    /// Rule 1: each run of five or more same-coloured modules in a line scores 3, plus 1 for
    /// every module beyond five.
    static func runs(_ line: [Bool]) -> Int {
        // Raw buffers: penalty scoring is most of the encoding time, run eight times per symbol.
        line.withUnsafeBufferPointer { line in
            var penalty = 0
            var runLength = 0
            for i in line.indices {
                runLength = (i > 0 && line[i] == line[i - 1]) ? runLength + 1 : 1
                if runLength == 5 { penalty += sameColourRun } else if runLength > 5 { penalty += 1 }
            }
            return penalty
        }
    }

    /// Rule 2: every 2×2 square of one colour (overlapping squares each count).
    static func blocks(_ dark: [Bool], size: Int) -> Int {
        dark.withUnsafeBufferPointer { dark in
            var penalty = 0
            for y in 0..<(size - 1) {
                for x in 0..<(size - 1) {
                    let i = y * size + x
                    let c = dark[i]
                    if c == dark[i + 1], c == dark[i + size], c == dark[i + size + 1] {
                        penalty += sameColourBlock
                    }
                }
            }
            return penalty
        }
    }

    /// Rule 3: dark-light-dark×3-light-dark (1:1:3:1:1) with four light modules on either side,
    /// which a reader could mistake for a finder. Outside the symbol counts as light, since the
    /// quiet zone is light.
    static func finderPatterns(_ line: [Bool]) -> Int {
        line.withUnsafeBufferPointer { line in
            let n = line.count
            guard n >= 7 else { return 0 }
            func isLight(_ range: Range<Int>) -> Bool {
                for i in range where i >= 0 && i < n && line[i] { return false }
                return true
            }
            var penalty = 0
            for s in 0...(n - 7) where line[s] && !line[s + 1] && line[s + 2] && line[s + 3] && line[s + 4]
                && !line[s + 5] && line[s + 6] {
                if isLight((s - 4)..<s) || isLight((s + 7)..<(s + 11)) { penalty += finderLike }
            }
            return penalty
        }
    }

    /// Rule 4: 10 points for each full 5 % step the dark proportion strays from 50 %.
    static func balance(_ dark: [Bool]) -> Int {
        let darkCount = dark.reduce(0) { $0 + ($1 ? 1 : 0) }
        // |dark/total − ½| / 5 % = |20·dark − 10·total| / total, floored.
        return abs(20 * darkCount - 10 * dark.count) / dark.count * imbalance
    }
}
