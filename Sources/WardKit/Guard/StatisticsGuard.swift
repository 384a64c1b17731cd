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
        /// Hidden because it is small ("< k"); otherwise hidden only to protect another cell.
        public let isSmall: Bool
        public let derived: Bool
    }
    public let rows: [Row]
    public let threshold: Int
    public let suppressedCount: Int
    /// Each sensitive indicator's table and what was hidden in it, kept so tests can attack
    /// exactly what was published.
    let decisions: [(tree: CountTree, result: SuppressionResult)]

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
        var decisions: [(tree: CountTree, result: SuppressionResult)] = []
        for key in order {
            let rows = groupsByKey[key]!
            let rootRow = rows.first { $0.unitID == index.root.id }
            let childRows = rows.filter { $0.unitID != index.root.id }
            let rootValue = rootRow?.actual ?? childRows.reduce(0) { $0 + $1.actual }
            let rootTarget = rootRow?.target ?? (childRows.allSatisfy { $0.target != nil } && !childRows.isEmpty ? childRows.reduce(0) { $0 + ($1.target ?? 0) } : nil)
            var shown: (String) -> Bool = { _ in true }
            var withheld: (String) -> Bool = { _ in false }
            var small: (String) -> Bool = { _ in false }
            if rows[0].isSensitive {
                var nodes = [CountTree.Node(id: index.root.id, value: rootValue, children: Array(1..<(childRows.count + 1)))]
                for c in childRows { nodes.append(CountTree.Node(id: c.unitID, value: c.actual, children: [])) }
                let tree = CountTree(nodes: nodes, root: 0)
                let result = SmallCountSuppressor.suppress(tree, policy: policy)
                suppressed += result.suppressed.count
                decisions.append((tree, result))
                shown = { result.isShown($0) }
                withheld = { result.isWithheld($0) }
                small = { result.primary.contains($0) }
            }
            let indicator = rows[0].indicator, measure = rows[0].measure
            out.append(.init(unitID: index.root.id, indicator: indicator, measure: measure, target: rootTarget,
                             actual: shown(index.root.id) ? rootValue : nil, isSmall: small(index.root.id), derived: rootRow == nil))
            // A withheld row is not published at all: its siblings would give it away.
            for c in childRows where !withheld(c.unitID) {
                out.append(.init(unitID: c.unitID, indicator: indicator, measure: measure, target: c.target,
                                 actual: shown(c.unitID) ? c.actual : nil, isSmall: small(c.unitID), derived: false))
            }
        }
        return PublishedStatistics(rows: out, threshold: policy.k, suppressedCount: suppressed, decisions: decisions)
    }
}
