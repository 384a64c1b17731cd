import Foundation
import WardLocale

public struct Criterion: Sendable {
    public let setID: String
    public let code: String
    public let text: String
    public let source: String
    public let position: SourcePosition
    /// About people in a sensitive category (users, addicts, offenders, dealers' spots): its
    /// status is never shown for a single group, or «only Phụ Ổ 1 fails» beside the ward's
    /// figure would tell how many people live there. See `CriteriaDisclosure`.
    public var aboutPeople: Bool = true
}

public struct CriteriaSet: Sendable {
    public let id: String
    public let criteria: [Criterion]
    /// The tier the set recognises (`level` column): TDP6 is for groups, Art. 5 of Decision
    /// 28/QĐ-TTg for communes. It decides which units progress sheets and targets name.
    public let level: UnitLevel
    /// The criteria each check applies to, read from their wording once: a province's sheets
    /// ask for them on every one of their rows.
    private let checked: [Check: [Criterion]]

    public init(id: String, criteria: [Criterion], level: UnitLevel = .group) {
        self.id = id
        self.criteria = criteria
        self.level = level
        var checked: [Check: [Criterion]] = [.pledges: [], .models: [], .boardAndMailbox: []]
        for c in criteria {
            let f = Vietnamese.fold(c.text)
            if f.contains("cam ket") { checked[.pledges]!.append(c) }
            if f.contains("mo hinh") { checked[.models]!.append(c) }
            if f.contains("hom thu") || f.contains("niem yet") { checked[.boardAndMailbox]!.append(c) }
        }
        self.checked = checked
    }

    /// What a criterion's wording asks for, so a sheet that marks it «đạt» can be checked
    /// against the sheet's own figures (pledges, models, board and mailbox).
    public enum Check: Sendable, Hashable { case pledges, models, boardAndMailbox }

    /// The one source every criterion cites, said once instead of under each criterion.
    public var sharedSource: String? {
        guard let first = criteria.first?.source, !first.isEmpty, criteria.allSatisfy({ $0.source == first }) else { return nil }
        return first
    }

    public func criteria(checking check: Check) -> [Criterion] { checked[check] ?? [] }
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
