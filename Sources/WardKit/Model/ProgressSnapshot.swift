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
    /// Rows whose figures contradict a criterion marked «đạt» (see `ConsistencyChecks`).
    public var warnings: [String: [Diagnostic]] = [:]
}

/// A year's target as the plans phrase it: units to recognise for the first time («xây dựng
/// 15/27 tổ dân phố») and units already recognised that must keep it («giữ vững 06 tổ»).
public struct YearTarget: Sendable {
    public let year: Int
    public let groupIDs: [String]
    public let keepIDs: [String]

    public init(year: Int, groupIDs: [String], keepIDs: [String] = []) {
        self.year = year
        self.groupIDs = groupIDs
        self.keepIDs = keepIDs
    }
}
