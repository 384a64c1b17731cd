import Foundation
import WardLocale
import WardPrivacy

/// Aggregate statistics as they may be published: counts of people in sensitive categories
/// that are small (1 … k-1) are replaced by "< k", and further cells are hidden where a total
/// would let a reader subtract their way back to a hidden one (complementary suppression).
public struct PublishedStatistics: Sendable {
    public struct Row: Sendable {
        public let unitID: String
        public let indicator: String
        public let measure: StatisticRow.Measure
        public let target: Int?
        /// nil when suppressed.
        public let actual: Int?
        public let derived: Bool
    }
    public let rows: [Row]
    public let threshold: Int
    public let suppressedCount: Int

    public static let empty = PublishedStatistics(rows: [], threshold: 5, suppressedCount: 0)
}

enum StatisticsGuard {
    /// Rows are published for the site's unit and its direct children. Where the site's unit has
    /// no row of its own for an indicator, its value is the sum of its children's — and that
    /// sum is exactly what complementary suppression must protect.
    static func publish(_ content: SiteContent, index: UnitIndex) -> PublishedStatistics {
        let k = content.settings.smallCountThreshold
        let policy = (try? SuppressionPolicy(k: k)) ?? (try! SuppressionPolicy(k: 5))
        var groupsByKey: [String: [StatisticRow]] = [:]
        var order: [String] = []
        for r in content.statistics where r.unitID == index.root.id || index.byID[r.unitID]?.parentID == index.root.id {
            let key = r.indicator + "\u{0}" + r.measure.rawValue
            if groupsByKey[key] == nil { order.append(key) }
            groupsByKey[key, default: []].append(r)
        }
        var out: [PublishedStatistics.Row] = []
        var suppressed = 0
        for key in order {
            let rows = groupsByKey[key]!
            let rootRow = rows.first { $0.unitID == index.root.id }
            let childRows = rows.filter { $0.unitID != index.root.id }
            let rootValue = rootRow?.actual ?? childRows.reduce(0) { $0 + $1.actual }
            let rootTarget = rootRow?.target ?? (childRows.allSatisfy { $0.target != nil } && !childRows.isEmpty ? childRows.reduce(0) { $0 + ($1.target ?? 0) } : nil)
            var shown: (String) -> Bool = { _ in true }
            if rows[0].isSensitive {
                var nodes = [CountTree.Node(id: index.root.id, value: rootValue, children: Array(1..<(childRows.count + 1)))]
                for c in childRows { nodes.append(CountTree.Node(id: c.unitID, value: c.actual, children: [])) }
                let result = SmallCountSuppressor.suppress(CountTree(nodes: nodes, root: 0), policy: policy)
                suppressed += result.suppressed.count
                shown = { result.isShown($0) }
            }
            let indicator = rows[0].indicator, measure = rows[0].measure
            out.append(.init(unitID: index.root.id, indicator: indicator, measure: measure, target: rootTarget,
                             actual: shown(index.root.id) ? rootValue : nil, derived: rootRow == nil))
            for c in childRows {
                out.append(.init(unitID: c.unitID, indicator: indicator, measure: measure, target: c.target,
                                 actual: shown(c.unitID) ? c.actual : nil, derived: false))
            }
        }
        return PublishedStatistics(rows: out, threshold: policy.k, suppressedCount: suppressed)
    }
}
