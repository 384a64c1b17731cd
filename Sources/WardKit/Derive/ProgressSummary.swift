import Foundation
import WardLocale

/// One group as of the latest review that mentions it.
public struct GroupStatus: Sendable {
    public let id: String
    public let latest: GroupProgress?
    public let month: YearMonth?
    public let met: Int
    public let total: Int
    public let pledge: PledgeCount

    public var recognition: RecognitionStatus { latest?.recognition ?? .notRegistered }
}

/// Totals for any unit: a ward over its groups, a province over its wards. Only statuses and
/// household counts are summed — never counts of people.
public struct UnitAggregate: Sendable {
    public var groups = 0
    public var byRecognition: [RecognitionStatus: Int] = [:]
    public var pledge = PledgeCount.zero
    public var criteriaMet: [String: Int] = [:]
    public var reported = 0

    public var drugFree: Int { (byRecognition[.recognised] ?? 0) + (byRecognition[.maintained] ?? 0) }

    mutating func add(_ g: GroupStatus) {
        groups += 1
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
        pledge = pledge + other.pledge
        for (k, v) in other.byRecognition { byRecognition[k, default: 0] += v }
        for (k, v) in other.criteriaMet { criteriaMet[k, default: 0] += v }
    }
}

/// Stage 3 — derive: everything the pages show, computed once from the model.
public struct ProgressSummary: Sendable {
    public let groups: [String: GroupStatus]
    public let aggregates: [String: UnitAggregate]
    /// Per month, per unit: the same aggregate as of that month's sheet (the trend charts).
    public let monthly: [(month: YearMonth, aggregates: [String: UnitAggregate])]
    public let latestMonth: YearMonth?

    init(content: SiteContent, index: UnitIndex) {
        let criteria = content.criteria.criteria
        let groupIDs = index.groups
        var latest: [String: (GroupProgress, YearMonth)] = [:]
        for snap in content.snapshots {
            for (id, row) in snap.rows { latest[id] = (row, snap.month) }
        }
        func status(_ id: String, _ row: GroupProgress?, _ month: YearMonth?) -> GroupStatus {
            let households = index.byID[id]?.households ?? 0
            let met = row.map { r in criteria.filter { r.statuses[$0.code] == .met }.count } ?? 0
            return GroupStatus(id: id, latest: row, month: month, met: met, total: criteria.count,
                               pledge: PledgeCount(pledged: row?.pledgedHouseholds ?? 0, households: households))
        }
        var groups: [String: GroupStatus] = [:]
        for id in groupIDs { groups[id] = status(id, latest[id]?.0, latest[id]?.1) }
        self.groups = groups
        aggregates = Self.rollUp(index: index) { groups[$0] }
        // Trends are drawn for wards and above only; a group's own history comes from the
        // sheets. Keeping group-level aggregates per month would cost months × groups.
        monthly = content.snapshots.map { snap in
            (snap.month, Self.rollUp(index: index, keepGroups: false) { id in status(id, snap.rows[id], snap.month) })
        }
        latestMonth = content.snapshots.last?.month
    }

    /// Post-order sum up the tree: linear in the number of units.
    private static func rollUp(index: UnitIndex, keepGroups: Bool = true, status: (String) -> GroupStatus?) -> [String: UnitAggregate] {
        var out: [String: UnitAggregate] = [:]
        for id in ([index.root.id] + index.descendants).reversed() {
            let unit = index.byID[id]!
            if unit.kind.isGroup {
                var agg = UnitAggregate()
                if let s = status(id) { agg.add(s) }
                out[id] = agg
                continue
            }
            var agg = UnitAggregate()
            for c in index.children[id] ?? [] { if let a = out[c] { agg.add(a) } }
            out[id] = agg
        }
        if !keepGroups { out = out.filter { !index.byID[$0.key]!.kind.isGroup } }
        return out
    }

    /// Criteria a group has not met yet, for "what is still missing".
    public func missing(_ id: String, criteria: CriteriaSet) -> [Criterion] {
        guard let row = groups[id]?.latest else { return criteria.criteria }
        return criteria.criteria.filter { row.statuses[$0.code] != .met }
    }
}
