/// Which cells of a `CountTree` may be printed.
public struct SuppressionResult: Sendable {
    /// Published rows whose number is hidden: `primary` ones read "< k", the others are hidden
    /// only to protect them.
    public let suppressed: Set<String>
    public let primary: Set<String>
    /// Rows that must not be published at all: the breakdown of a small total whose parts would
    /// give each other away even when all hidden (e.g. "< 5" split into four "< 5" rows: each
    /// must be 1). The parent row stays, without its breakdown.
    public let withheld: Set<String>

    public init(suppressed: Set<String>, primary: Set<String>, withheld: Set<String> = []) {
        self.suppressed = suppressed
        self.primary = primary
        self.withheld = withheld
    }

    public func isShown(_ id: String) -> Bool { !suppressed.contains(id) && !withheld.contains(id) }
    public func isWithheld(_ id: String) -> Bool { withheld.contains(id) }
}

public enum SmallCountSuppressor {
    /// Hides every small count, then keeps hiding complementary cells until the exact audit
    /// finds no hidden cell whose value a reader could pin down.
    ///
    /// Each round audits the whole tree in linear time and repairs every pinned cell once:
    /// a cell pinned by its own breakdown gets its smallest non-zero shown child hidden; a cell
    /// pinned through its parent's sum gets its smallest non-zero shown sibling hidden, or else
    /// the parent (so the repair climbs). Zero cells are never hidden: a hidden 0 next to a
    /// "< k" cell protects nothing, because the reader already knows that cell is ≥ 1. When no
    /// hiding can help, the offending breakdown is withheld. Every round hides or withholds at
    /// least one more cell, so the loop ends; in practice it takes a handful of rounds.
    public static func suppress(_ tree: CountTree, policy: SuppressionPolicy) -> SuppressionResult {
        let n = tree.nodes.count
        var cells = tree.nodes.map { policy.isSmall($0.value) ? IntervalAudit.Cell.primary : .shown }
        var breakdownWithheld = [Bool](repeating: false, count: n)
        var audit: IntervalAudit
        while true {
            audit = IntervalAudit(tree: tree, cells: cells, breakdownWithheld: breakdownWithheld, k: policy.k)
            let pinned = audit.order.filter { cells[$0] != .shown && audit.feasible[$0].isPoint }
            guard let first = pinned.first else { break }
            var repaired = Set<Int>()
            for v in pinned {
                if audit.up[v].isPoint {
                    guard !breakdownWithheld[v], !repaired.contains(v),
                          let c = smallestShown(tree.nodes[v].children, except: v, cells: cells, tree: tree) else { continue }
                    cells[c] = .secondary
                    repaired.insert(v)
                } else if tree.parent[v] >= 0 {
                    let p = tree.parent[v]
                    guard !repaired.contains(p) else { continue }
                    if let s = smallestShown(tree.nodes[p].children, except: v, cells: cells, tree: tree) {
                        cells[s] = .secondary
                        repaired.insert(p)
                    } else if cells[p] == .shown {
                        cells[p] = .secondary
                        repaired.insert(p)
                    }
                }
            }
            if repaired.isEmpty {
                let owner = audit.up[first].isPoint || tree.parent[first] < 0 ? first : tree.parent[first]
                breakdownWithheld[owner] = true
            }
        }
        var suppressed = Set<String>()
        var primary = Set<String>()
        var withheld = Set<String>()
        for v in 0..<n {
            let id = tree.nodes[v].id
            if !audit.visible[v] {
                withheld.insert(id)
            } else if cells[v] != .shown {
                suppressed.insert(id)
                if cells[v] == .primary { primary.insert(id) }
            }
        }
        return SuppressionResult(suppressed: suppressed, primary: primary, withheld: withheld)
    }

    private static func smallestShown(_ candidates: [Int], except: Int, cells: [IntervalAudit.Cell], tree: CountTree) -> Int? {
        var best: Int?
        for c in candidates where c != except && cells[c] == .shown && tree.nodes[c].value > 0 {
            if best.map({ tree.nodes[c].value < tree.nodes[$0].value }) ?? true { best = c }
        }
        return best
    }
}

public enum SuppressionAttack {
    /// For every suppressed (published but hidden) node, the exact range of values consistent
    /// with everything published: shown values, parent = sum of children, primary cells in
    /// 1…k-1, other hidden cells ≥ 0. An unbounded range ends at `Int.max`. Withheld rows are
    /// not published, so they are neither audited nor used.
    public static func intervals(_ tree: CountTree, result: SuppressionResult, policy: SuppressionPolicy) -> [String: ClosedRange<Int>] {
        let cells = tree.nodes.map { node -> IntervalAudit.Cell in
            if result.primary.contains(node.id) { return .primary }
            return result.suppressed.contains(node.id) ? .secondary : .shown
        }
        // A breakdown with any withheld row no longer adds up to its parent in print.
        let breakdownWithheld = tree.nodes.map { node in node.children.contains { result.withheld.contains(tree.nodes[$0].id) } }
        let audit = IntervalAudit(tree: tree, cells: cells, breakdownWithheld: breakdownWithheld, k: policy.k)
        var ranges: [String: ClosedRange<Int>] = [:]
        for v in audit.order where cells[v] != .shown {
            ranges[tree.nodes[v].id] = audit.feasible[v].lo...audit.feasible[v].hi
        }
        return ranges
    }
}
