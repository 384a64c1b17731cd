import Foundation
import WardLocale

/// A figure staff report, declared once in `indicators.csv`: what it counts, whether it is
/// sensitive, and how it relates to other indicators. Statistics rows only name its code, so
/// a row can no longer switch suppression off by calling people «khác».
public struct Indicator: Sendable {
    public enum Counts: String, Sendable, CaseIterable {
        case people, cases, places, other

        public var vi: String {
            switch self {
            case .people: "người"
            case .cases: "vụ"
            case .places: "điểm"
            case .other: "khác"
            }
        }
    }

    public let code: String
    public let text: String
    public let counts: Counts
    /// Sensitive figures are published only as 0 or ≥ k; sensitive counts of people, and every
    /// count of people, never below ward level.
    public let isSensitive: Bool
    /// Each a subset of another indicator's people or cases (its rest is implicit).
    public let partOf: [String]
    /// The sum of these indicators, exactly.
    public let totalOf: [String]
    /// Year-to-date (from January) of a monthly indicator.
    public let cumulativeOf: String?
    /// A year-to-date figure, with or without a declared monthly indicator: its text says so
    /// («lũy kế», «từ đầu năm») or `cumulative_of` names the monthly one. Two months of it
    /// differ by what happened in between, which is a count in its own right.
    public let isCumulative: Bool
    public let position: SourcePosition
    /// The `k` column: the least small-count threshold any site built from this sheet may use.
    public var threshold: (k: Int, position: SourcePosition)? = nil
}

extension [Indicator] {
    /// The sheet's k: the largest one its indicators declare, else the default 5. Every site
    /// built from the sheet hides at least the pattern of this k, so sites that share the sheet
    /// agree on what is hidden whatever k their settings add.
    public var sheetThreshold: (k: Int, position: SourcePosition?) {
        let declared = compactMap(\.threshold).max { $0.k < $1.k }
        return declared.map { ($0.k, $0.position) } ?? (5, nil)
    }
}

/// A month (`statistics/YYYY-MM.csv` or a `month` column), or the whole plan period for rows
/// without one (a plan's annex of targets).
public enum StatisticsPeriod: Sendable, Hashable, Comparable {
    case whole
    case month(YearMonth)

    public var month: YearMonth? { if case .month(let m) = self { m } else { nil } }

    /// Stable, for URLs and the site record.
    public var slug: String { month?.iso ?? "ca-ky" }

    public init?(slug: String) {
        if slug == "ca-ky" { self = .whole } else if let m = YearMonth(iso: slug) { self = .month(m) } else { return nil }
    }

    public static func < (a: StatisticsPeriod, b: StatisticsPeriod) -> Bool {
        switch (a, b) {
        case (.whole, .month): true
        case (.month(let x), .month(let y)): x < y
        default: false
        }
    }
}

/// One row of a statistics sheet: a unit's target and/or result for an indicator in a period.
/// Either may be missing (targets are entered at the start of the month).
public struct StatisticRow: Sendable {
    public let unitID: String
    public let indicator: String
    public let period: StatisticsPeriod
    public let target: Int?
    public let actual: Int?
    public let targetPosition: SourcePosition
    public let actualPosition: SourcePosition
    /// The row's first cell, for "duplicate of line N".
    public let position: SourcePosition
}

/// Which number of a row.
public enum StatisticField: String, Sendable, Hashable, CaseIterable {
    case target, actual
}

/// One cell of the whole sheet: an indicator's target or result for a unit in a period.
public struct StatisticKey: Sendable, Hashable {
    public let indicator: String
    public let unitID: String
    public let period: StatisticsPeriod
    public let field: StatisticField
}
