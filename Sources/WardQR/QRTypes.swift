/// How much of the symbol may be damaged and still decode: L ≈ 7 %, M ≈ 15 %, Q ≈ 25 %, H ≈ 30 %.
/// M is the default because printed forms get folded and stamped, yet the URL must stay small.
public enum QRErrorCorrection: Sendable, CaseIterable {
    case low, medium, quartile, high

    /// Row in the capacity tables, which ISO 18004 orders L, M, Q, H.
    var tableIndex: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .quartile: 2
        case .high: 3
        }
    }

    /// The two EC bits of the format information; ISO 18004 Table 12 assigns them out of order.
    var formatBits: Int {
        switch self {
        case .low: 0b01
        case .medium: 0b00
        case .quartile: 0b11
        case .high: 0b10
        }
    }

    var letter: String {
        switch self {
        case .low: "L"
        case .medium: "M"
        case .quartile: "Q"
        case .high: "H"
        }
    }
}

/// A failure shown to ward staff, so it carries a Vietnamese message first and an English one.
public struct QRError: Error, Sendable, Equatable {
    public let vi: String
    public let en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    static func tooLong(byteCount: Int, limit: Int, correction: QRErrorCorrection) -> QRError {
        QRError(
            vi: "Nội dung quá dài để tạo mã QR: \(byteCount) byte, tối đa \(limit) byte "
                + "ở mức sửa lỗi \(correction.letter). Hãy rút ngắn địa chỉ hoặc hạ mức sửa lỗi.",
            en: "Text too long for a QR code: \(byteCount) bytes, at most \(limit) bytes "
                + "at error-correction level \(correction.letter). Shorten the URL or lower the level."
        )
    }
}
