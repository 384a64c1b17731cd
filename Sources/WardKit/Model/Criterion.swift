import Foundation

public struct Criterion: Sendable {
    public let setID: String
    public let code: String
    public let text: String
    public let source: String
    public let position: SourcePosition
}

public struct CriteriaSet: Sendable {
    public let id: String
    public let criteria: [Criterion]
}

public enum CriterionStatus: String, Sendable, CaseIterable {
    case met, inProgress, notMet

    public var vi: String {
        switch self {
        case .met: return "Đạt"
        case .inProgress: return "Đang thực hiện"
        case .notMet: return "Chưa đạt"
        }
    }
}

public enum RecognitionStatus: String, Sendable, CaseIterable {
    case recognised, maintained, registered, notRegistered

    public var vi: String {
        switch self {
        case .recognised: return "Đã công nhận"
        case .maintained: return "Giữ vững"
        case .registered: return "Đăng ký năm nay"
        case .notRegistered: return "Chưa đăng ký"
        }
    }

    /// Recognised and maintained groups both count as drug-free today.
    public var isDrugFree: Bool { self == .recognised || self == .maintained }
}
