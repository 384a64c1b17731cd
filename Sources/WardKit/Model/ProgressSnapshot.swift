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
    public let statuses: CriterionStatuses
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
    /// By group id (a KeyedTable: a province's month is 100k rows).
    public let rows: KeyedTable<GroupProgress>
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

/// A row's criterion statuses: one byte per criterion of the set, in the set's order, beside
/// the set's codes (one array shared by every row). A dictionary per row cost about 250 bytes
/// for each of a province's 100k groups in each month's sheet.
public struct CriterionStatuses: Sendable, Sequence {
    private let codes: [String]
    /// 0: the sheet has no column for the criterion; else 1 + the status's `allCases` index.
    private let values: [UInt8]

    /// `codes` is the criteria set's codes, the same array for every row of a sheet.
    init(codes: [String], statuses: [String: CriterionStatus]) {
        self.codes = codes
        values = codes.map { code in statuses[code].map { UInt8(CriterionStatus.allCases.firstIndex(of: $0)! + 1) } ?? 0 }
    }

    /// `ordered[i]`: the status of `codes[i]`, nil where the sheet has no column for it.
    init(codes: [String], ordered: [CriterionStatus?]) {
        precondition(codes.count == ordered.count)
        self.codes = codes
        values = ordered.map { s in s.map { UInt8(CriterionStatus.allCases.firstIndex(of: $0)! + 1) } ?? 0 }
    }

    public subscript(code: String) -> CriterionStatus? {
        guard let i = codes.firstIndex(of: code) else { return nil }
        return Self.status(values[i])
    }

    /// Only the criteria the sheet has a column for, in the set's order.
    public func makeIterator() -> some IteratorProtocol<(code: String, status: CriterionStatus)> {
        zip(codes, values).lazy.compactMap { code, v in Self.status(v).map { (code: code, status: $0) } }.makeIterator()
    }

    private static func status(_ v: UInt8) -> CriterionStatus? { v == 0 ? nil : CriterionStatus.allCases[Int(v) - 1] }
}
