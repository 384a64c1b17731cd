/// A finished QR code symbol (ISO/IEC 18004 model 2) holding one byte-mode segment.
///
/// Text is carried as its exact UTF-8 bytes without an ECI header: that is what phone readers
/// expect for URLs, and Vietnamese paths survive because readers detect UTF-8.
public struct QRCode: Sendable {
    /// 1…40, the smallest that holds the data at the requested correction level.
    public let version: Int
    /// Modules per side, without the quiet zone.
    public let size: Int
    public let correction: QRErrorCorrection
    /// The data mask (0…7) chosen because its penalty score was lowest.
    public let mask: Int
    /// Row-major module colours, index y * size + x.
    private let modules: [Bool]

    public init(text: String, correction: QRErrorCorrection = .medium) throws(QRError) {
        try self.init(bytes: Array(text.utf8), correction: correction)
    }

    public init(bytes: [UInt8], correction: QRErrorCorrection = .medium) throws(QRError) {
        guard let version = QRCapacity.smallestVersion(byteCount: bytes.count, correction: correction) else {
            let limit = QRCapacity.byteCapacity(version: QRCapacity.versions.upperBound, correction: correction)
            throw QRError.tooLong(byteCount: bytes.count, limit: limit, correction: correction)
        }
        let data = QRCodewords.dataCodewords(bytes, version: version, correction: correction)
        let codewords = QRCodewords.interleaved(data, version: version, correction: correction)

        var matrix = QRMatrix(version: version)
        matrix.placeCodewords(codewords)
        var bestMask = 0, bestScore = Int.max, bestModules: [Bool] = []
        for mask in QRMask.all {
            // Each mask on its own copy: the best one is kept as it is, not copied again, and
            // the unmasked symbol need not be restored.
            var masked = matrix
            masked.applyMask(mask)
            masked.drawFormatBits(QRFormat.formatWord(correction: correction, mask: mask.index))
            let score = QRPenalty.score(masked.dark, size: masked.size)
            // Strictly lower keeps the first of equal scores, so the choice is deterministic.
            if score < bestScore { (bestMask, bestScore, bestModules) = (mask.index, score, masked.dark) }
        }

        self.version = version
        size = matrix.size
        self.correction = correction
        mask = bestMask
        modules = bestModules
    }

    /// Whether the module at column x, row y is dark. Coordinates outside the symbol are the
    /// light quiet zone, which lets renderers iterate over a margin without bounds checks.
    public func isDark(x: Int, y: Int) -> Bool {
        guard (0..<size).contains(x), (0..<size).contains(y) else { return false }
        return modules[y * size + x]
    }
}
