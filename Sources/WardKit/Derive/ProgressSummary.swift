import Foundation
import WardLocale

/// One measured unit (a group, or a commune recognised as a whole) as of the latest review
/// that mentions it.
public struct GroupStatus: Sendable {
    public let id: String
    public let kind: UnitKind
    public let latest: GroupProgress?
    public let month: YearMonth?
    public let met: Int
    public let total: Int
    public let pledge: PledgeCount
    /// The year the site is built for: a registration is for one year only.
    let year: Int

    /// «Đăng ký năm nay» is a pledge for the year it was written in: last December's sheet
    /// does not register a group for January.
    public var recognition: RecognitionStatus {
        guard let row = latest else { return .notRegistered }
        if row.recognition == .registered, let m = month, m.year < year { return .notRegistered }
        return row.recognition
    }
}

/// Totals for any unit: a ward over its groups, a province over its wards. Only statuses and
/// household counts are summed — never counts of people.
public struct UnitAggregate: Sendable {
    /// Measured units below (groups, or communes on a site that recognises communes).
    public var groups = 0
    public var byRecognition: [RecognitionStatus: Int] = [:]
    public var pledge = PledgeCount.zero
    public var criteriaMet: [String: Int] = [:]
    public var reported = 0
    /// The kinds of the measured units below, so wording follows them («tổ dân phố», «xã, thị trấn»).
    public var kinds: UInt32 = 0

    public var drugFree: Int { (byRecognition[.recognised] ?? 0) + (byRecognition[.maintained] ?? 0) }

    mutating func add(_ g: GroupStatus) {
        groups += 1
        kinds |= g.kind.bit
        byRecognition[g.recognition, default: 0] += 1
        pledge = pledge + g.pledge
        if let row = g.latest {
            reported += 1
            for (code, s) in row.statuses where s == .met { criteriaMet[code, default: 0] += 1 }
        }
    }

    mutating func add(_ other: UnitAggregate) {
        groups += other.groups
        reported += other.reported
        kinds |= other.kinds
        pledge = pledge + other.pledge
        for (k, v) in other.byRecognition { byRecognition[k, default: 0] += v }
        for (k, v) in other.criteriaMet { criteriaMet[k, default: 0] += v }
    }
}

/// Stage 3 — derive: everything the pages show, computed once from the model.
public struct ProgressSummary: Sendable {
    public let groups: KeyedTable<GroupStatus>
    public let aggregates: Aggregates
    /// Per month, per unit: the same aggregate as of that month's sheet (the trend charts).
    public let monthly: [(month: YearMonth, aggregates: [String: UnitAggregate])]
    public let latestMonth: YearMonth?
    /// Each earlier year's target units as the last sheet of that year left them, so a year's
    /// result stays on the site after the year ends.
    public let yearEnd: [Int: [String: RecognitionStatus]]

    init(content: SiteContent, index: UnitIndex, year: Int) {
        let criteria = content.criteria.criteria
        func status(_ id: String, _ row: GroupProgress?, _ month: YearMonth?, year: Int) -> GroupStatus {
            let met = row.map { r in criteria.filter { r.statuses[$0.code] == .met }.count } ?? 0
            return GroupStatus(id: id, kind: index.byID[id]!.kind, latest: row, month: month, met: met, total: criteria.count,
                               pledge: PledgeCount(pledged: row?.pledgedHouseholds ?? 0, households: index.households[id] ?? 0), year: year)
        }
        // Each group's latest row, looked up newest sheet first: a table of every group's latest
        // row beside the sheets was a fourth copy of a month's rows while the model was made.
        var groups = KeyedTable<GroupStatus>(minimumCapacity: index.measured.count)
        for id in index.measured {
            var found: (GroupProgress, YearMonth)?
            for snap in content.snapshots.reversed() { if let r = snap.rows[id] { found = (r, snap.month); break } }
            groups[id] = status(id, found?.0, found?.1, year: year)
        }
        self.groups = groups
        aggregates = Aggregates(above: Self.rollUp(index: index) { groups[$0] }, groups: groups)
        // Trends are drawn for wards and above only; a group's own history comes from the
        // sheets. Keeping group-level aggregates per month would cost months × groups.
        monthly = content.snapshots.map { snap in
            (snap.month, Self.rollUp(index: index) { id in status(id, snap.rows[id], snap.month, year: snap.month.year) })
        }
        latestMonth = content.snapshots.last?.month
        yearEnd = Self.yearEnds(content, year: year)
    }

    /// Only the units named in earlier years' targets are kept: a few per year, not every group.
    static func yearEnds(_ content: SiteContent, year: Int) -> [Int: [String: RecognitionStatus]] {
        var out: [Int: [String: RecognitionStatus]] = [:]
        for t in content.targets where t.year < year {
            var states: [String: RecognitionStatus] = [:]
            let ids = Set(t.groupIDs + t.keepIDs)
            for snap in content.snapshots where snap.month.year <= t.year {
                for id in ids { if let r = snap.rows[id] { states[id] = r.recognition } }
            }
            out[t.year] = states
        }
        return out
    }

    /// Post-order sum up the tree: linear in the number of units. Measured units are summed
    /// straight into their parent and not kept (see `Aggregates`), except the root: a month's
    /// dictionary of a province's 100k groups was built, then filtered away.
    private static func rollUp(index: UnitIndex, status: (String) -> GroupStatus?) -> [String: UnitAggregate] {
        var out: [String: UnitAggregate] = [:]
        for id in ([index.root.id] + index.descendants).reversed() {
            if index.isMeasured(id) {
                if id == index.root.id {
                    var agg = UnitAggregate()
                    if let s = status(id) { agg.add(s) }
                    out[id] = agg
                }
                continue
            }
            var agg = UnitAggregate()
            for c in index.children[id] ?? [] {
                if index.isMeasured(c) {
                    if let s = status(c) { agg.add(s) }
                } else if let a = out[c] {
                    agg.add(a)
                }
            }
            out[id] = agg
        }
        return out
    }

    /// Criteria a group has not met yet, for "what is still missing".
    public func missing(_ id: String, criteria: CriteriaSet) -> [Criterion] {
        guard let row = groups[id]?.latest else { return criteria.criteria }
        return criteria.criteria.filter { row.statuses[$0.code] != .met }
    }
}

/// Every unit's totals. Those of a measured unit are its own status alone, so they are made
/// when asked for rather than kept: two dictionaries for each of a province's 100k groups.
public struct Aggregates: Sendable {
    let above: [String: UnitAggregate]
    let groups: KeyedTable<GroupStatus>

    public subscript(id: String) -> UnitAggregate? {
        if let a = above[id] { return a }
        guard let g = groups[id] else { return nil }
        var agg = UnitAggregate()
        agg.add(g)
        return agg
    }
}
