import Foundation
import WardLocale

public struct PledgeCount: Sendable, Equatable {
    public let pledged: Int
    public let households: Int

    public static func + (a: PledgeCount, b: PledgeCount) -> PledgeCount {
        PledgeCount(pledged: a.pledged + b.pledged, households: a.households + b.households)
    }
    public static let zero = PledgeCount(pledged: 0, households: 0)
}

/// One group's row in a monthly review sheet.
public struct GroupProgress: Sendable {
    public let groupID: String
    public let statuses: [String: CriterionStatus]
    public let pledgedHouseholds: Int
    public let hotlineBoard: Bool
    public let mailbox: Bool
    public let preventionModels: Int
    public let recognition: RecognitionStatus
    public let decisionDate: CalendarDate?
    public let decisionNumber: String?
    public let position: SourcePosition
}

/// One month's review: `progress/2026-03.csv`.
public struct ProgressSnapshot: Sendable {
    public let month: YearMonth
    public let file: String
    public let rows: [String: GroupProgress]
}

public struct YearTarget: Sendable {
    public let year: Int
    public let groupIDs: [String]
}
