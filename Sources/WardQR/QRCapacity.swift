/// Symbol capacities from ISO 18004 Tables 1 and 9, stored in the compact form the standard
/// implies: per version and EC level, how many blocks and how many EC codewords per block.
/// Everything else (data codewords, the group-1/group-2 split) follows from the module count.
enum QRCapacity {
    static let versions = 1...40

    /// EC codewords per block, indexed [level][version]; index 0 is padding so versions index directly.
    private static let ecCodewordsPerBlock: [[Int]] = [
        [0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
         28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
         26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
        [0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
         28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
         30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    ]

    /// Number of RS blocks (groups 1 and 2 together), indexed [level][version].
    private static let blockCount: [[Int]] = [
        [0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
         8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
        [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
         17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
        [0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
         23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
        [0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
         25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
    ]

    static func size(version: Int) -> Int { 17 + 4 * version }

    static func ecCodewordsPerBlock(version: Int, correction: QRErrorCorrection) -> Int {
        ecCodewordsPerBlock[correction.tableIndex][version]
    }

    static func blockCount(version: Int, correction: QRErrorCorrection) -> Int {
        blockCount[correction.tableIndex][version]
    }

    /// Modules left for codewords once every function pattern and the format/version areas are
    /// removed (ISO 18004 Table 1, "data modules except format"), counted rather than tabulated.
    static func rawDataModules(version: Int) -> Int {
        let size = size(version: version)
        var modules = size * size
        modules -= 3 * 64                          // finders with their separators
        modules -= 2 * 15 + 1                      // both format copies and the dark module
        modules -= 2 * (size - 16)                 // timing rows between the separators
        let align = alignmentCenters(version: version).count
        if align > 0 {
            // Three corners of the alignment grid are taken by finders; the patterns on the
            // timing lines overlap them by 5 modules each.
            modules -= 25 * (align * align - 3)
            modules += 2 * 5 * (align - 2)
        }
        if version >= 7 { modules -= 2 * 18 }      // two version-information blocks
        return modules
    }

    /// Codewords (8-bit) that fit; the leftover 0–7 modules are the standard's "remainder bits".
    static func totalCodewords(version: Int) -> Int { rawDataModules(version: version) / 8 }

    static func dataCodewords(version: Int, correction: QRErrorCorrection) -> Int {
        totalCodewords(version: version)
            - ecCodewordsPerBlock(version: version, correction: correction)
            * blockCount(version: version, correction: correction)
    }

    /// Width of the byte-mode character count field (ISO 18004 Table 3).
    static func byteCountBits(version: Int) -> Int { version <= 9 ? 8 : 16 }

    /// Most bytes a byte-mode segment can carry: mode (4 bits) and count field come off the top.
    static func byteCapacity(version: Int, correction: QRErrorCorrection) -> Int {
        let bits = dataCodewords(version: version, correction: correction) * 8
        let payload = (bits - 4 - byteCountBits(version: version)) / 8
        // Versions 1–9 cannot count past 255 bytes, whatever room is left.
        return min(payload, (1 << byteCountBits(version: version)) - 1)
    }

    /// The smallest version that holds `byteCount` bytes, or nil when even version 40 cannot.
    static func smallestVersion(byteCount: Int, correction: QRErrorCorrection) -> Int? {
        versions.first { byteCapacity(version: $0, correction: correction) >= byteCount }
    }

    /// Row/column centres of alignment patterns (ISO 18004 Annex E). The spacing rule — evenly
    /// spaced from the far edge, step rounded up to even, first centre always 6 — reproduces the
    /// annex table, including its irregular version 32.
    static func alignmentCenters(version: Int) -> [Int] {
        guard version >= 2 else { return [] }
        let count = version / 7 + 2
        let step = (version * 8 + count * 3 + 5) / (count * 4 - 4) * 2
        let last = size(version: version) - 7
        return [6] + (0..<(count - 1)).reversed().map { last - $0 * step }
    }
}
