/// Why a suppression setting was refused; staff read `vi` first.
public enum PrivacyPolicyError: Error, Sendable, Equatable {
    case thresholdTooSmall(Int)

    public var vi: String {
        switch self {
        case .thresholdTooSmall(let k):
            "Ngưỡng che số nhỏ k = \(k) quá thấp: k phải từ 3 trở lên, nếu không số liệu 1–2 người vẫn nhận ra được từng người."
        }
    }

    public var en: String {
        switch self {
        case .thresholdTooSmall(let k):
            "The small-count threshold k = \(k) is too low: k must be at least 3, or counts of one or two people still single them out."
        }
    }
}

/// A sensitive count is published only when it is 0 or at least `k`.
public struct SuppressionPolicy: Sendable {
    public let k: Int

    public init(k: Int = 5) throws(PrivacyPolicyError) {
        guard k >= 3 else { throw .thresholdTooSmall(k) }
        self.k = k
    }

    public func isSmall(_ value: Int) -> Bool { value >= 1 && value < k }
}
