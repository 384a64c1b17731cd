/// What a reader can deduce about each hidden cell of a published `CountTree`.
///
/// Why two passes are exact: the unknowns are linked only by "parent = sum of children", and
/// in a tree each node appears in at most two such equations (as a child of its parent and as
/// the parent of its children), so cutting at any node splits the constraints into its subtree
/// and the rest, which share nothing but that node's value. Every domain is an integer interval
/// and a sum of independent integer intervals is again a full integer interval. So:
/// - `up[v]` (domain ∩ sum of the children's `up`) is exactly the set of values of v that its
///   subtree can realise, by induction from the leaves;
/// - `out[c]` = (domain(p) ∩ out[p]) − Σ up[siblings] is exactly the set the rest of the tree
///   allows, by induction from the root;
/// - v's feasible set is `up[v] ∩ out[v]`, because the two sides are independent given v.
/// Bounds propagation to a fixpoint would reach the same intervals; the two passes just get
/// there in linear time.
struct IntervalAudit {
    enum Cell: UInt8 { case shown, primary, secondary }

    struct Bounds: Equatable {
        var lo: Int
        /// `Int.max` stands for "no upper bound".
        var hi: Int
        var isPoint: Bool { lo == hi }
    }

    static let unbounded = Int.max

    /// Nodes a reader sees, parents first; nodes under a node whose breakdown is withheld are
    /// not published at all and take no part.
    private(set) var order: [Int] = []
    private(set) var up: [Bounds]
    private(set) var feasible: [Bounds]
    private(set) var visible: [Bool]

    init(tree: CountTree, cells: [Cell], breakdownWithheld: [Bool], k: Int) {
        let n = tree.nodes.count
        visible = [Bool](repeating: false, count: n)
        order.reserveCapacity(n)
        for v in tree.preorder {
            let p = tree.parent[v]
            if p < 0 || (visible[p] && !breakdownWithheld[p]) {
                visible[v] = true
                order.append(v)
            }
        }
        func domain(_ v: Int) -> Bounds {
            switch cells[v] {
            case .shown: Bounds(lo: tree.nodes[v].value, hi: tree.nodes[v].value)
            case .primary: Bounds(lo: 1, hi: k - 1)
            case .secondary: Bounds(lo: 0, hi: Self.unbounded)
            }
        }
        func hasParts(_ v: Int) -> Bool { !breakdownWithheld[v] && !tree.nodes[v].children.isEmpty }

        // Children's sums, kept as (Σ lo, Σ finite hi, number of unbounded hi) so one child can
        // be taken out again in O(1) on the way down.
        var sumLo = [Int](repeating: 0, count: n)
        var sumHi = [Int](repeating: 0, count: n)
        var unboundedParts = [Int](repeating: 0, count: n)
        up = [Bounds](repeating: Bounds(lo: 0, hi: 0), count: n)
        for v in order.reversed() {
            var b = domain(v)
            if hasParts(v) {
                for c in tree.nodes[v].children {
                    sumLo[v] += up[c].lo
                    if up[c].hi == Self.unbounded { unboundedParts[v] += 1 } else { sumHi[v] += up[c].hi }
                }
                b.lo = max(b.lo, sumLo[v])
                if unboundedParts[v] == 0 { b.hi = min(b.hi, sumHi[v]) }
            }
            up[v] = b
        }

        var out = [Bounds](repeating: Bounds(lo: 0, hi: Self.unbounded), count: n)
        feasible = up
        for v in order {
            feasible[v] = Bounds(lo: max(up[v].lo, out[v].lo), hi: min(up[v].hi, out[v].hi))
            guard hasParts(v) else { continue }
            let d = domain(v)
            let parentLo = max(d.lo, out[v].lo)
            let parentHi = min(d.hi, out[v].hi)
            for c in tree.nodes[v].children {
                let cUnbounded = up[c].hi == Self.unbounded
                let othersLo = sumLo[v] - up[c].lo
                let othersUnbounded = unboundedParts[v] - (cUnbounded ? 1 : 0)
                let othersHi = sumHi[v] - (cUnbounded ? 0 : up[c].hi)
                let lo = othersUnbounded > 0 ? 0 : max(0, parentLo - othersHi)
                let hi = parentHi == Self.unbounded ? Self.unbounded : parentHi - othersLo
                out[c] = Bounds(lo: lo, hi: hi)
            }
        }
    }
}
